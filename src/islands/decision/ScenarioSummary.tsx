/**
 * A read-only summary of the scenario, shown on paper (the editors are left out of print). Drawn
 * only while printing: with 60 members it would otherwise be redrawn, unseen, at every key.
 */
import type { College, DecisionRule, Member, Positions } from '../../lib/decision/types.ts';
import { formatNumber } from '../../lib/fr.ts';
import { RULE_MESSAGES, T } from '../../lib/decision/messages.ts';

interface Props {
  members: readonly Member[];
  colleges: readonly College[];
  rule: DecisionRule;
  positions: Positions;
  showCategory: boolean;
}

export function ScenarioSummary({ members, colleges, rule, positions, showCategory }: Props) {
  const collegeName = new Map(colleges.map((c) => [c.id, T.collegeWithShare(c.name, c.share)]));
  return (
    <section class="ds-summary ds-print-only" aria-labelledby="ds-summary-title">
      <h3 id="ds-summary-title">{T.printSummaryTitle}</h3>
      <p>{RULE_MESSAGES.describe(rule)}</p>
      <table class="ds-table">
        <caption>{T.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{T.colMember}</th>
            {colleges.length > 0 && <th scope="col">{T.colCollege}</th>}
            <th scope="col">{T.colWeight}</th>
            {showCategory && <th scope="col">{T.colCategory}</th>}
            <th scope="col">{T.colPosition}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => (
            <tr key={m.id}>
              <th scope="row">{m.name || T.memberDefaultName(i + 1)}</th>
              {colleges.length > 0 && <td>{m.college === undefined ? '' : (collegeName.get(m.college) ?? '')}</td>}
              <td class="ds-num">{formatNumber(m.weight, 4)}</td>
              {showCategory && <td>{m.category ? T.categoryLabels[m.category] : ''}</td>}
              <td>{T.positionLabels[(Object.hasOwn(positions, m.id) ? positions[m.id] : undefined) ?? 'absent']}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
