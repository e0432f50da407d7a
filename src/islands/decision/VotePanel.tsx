/** The vote: each member's position, then the outcome explained step by step and the pivots. */
import { memo } from './memo.ts';
import type { Member, Position, Positions } from '../../lib/decision/types.ts';
import { POSITIONS } from '../../lib/decision/types.ts';
import type { VoteResult } from '../../lib/decision/evaluate.ts';
import { formatNumber, formatPercent } from '../../lib/fr.ts';
import { T } from '../../lib/decision/messages.ts';

interface PositionsProps {
  members: readonly Member[];
  positions: Positions;
  objection: boolean;
  pivotal: ReadonlySet<string>;
  onChange: (id: string, position: Position) => void;
  onAll: (position: Position) => void;
}

const PositionRow = memo(function PositionRow({
  member,
  index,
  position,
  objection,
  pivotal,
  onChange,
}: {
  member: Member;
  index: number;
  position: Position;
  objection: boolean;
  pivotal: boolean;
  onChange: (id: string, position: Position) => void;
}) {
  const id = `ds-p-${member.id}`;
  return (
    <li class={pivotal ? 'ds-position ds-position--pivot' : 'ds-position'}>
      <label for={id}>
        {member.name || T.memberDefaultName(index + 1)}
        {pivotal && <span class="ds-badge">{T.pivotBadge}</span>}
      </label>
      <select id={id} value={position} onChange={(e) => onChange(member.id, e.currentTarget.value as Position)}>
        {POSITIONS.filter((p) => objection || p !== 'objection').map((p) => (
          <option key={p} value={p}>
            {T.positionLabels[p]}
          </option>
        ))}
      </select>
    </li>
  );
});

export function PositionsEditor({ members, positions, objection, pivotal, onChange, onAll }: PositionsProps) {
  return (
    <fieldset class="ds-group">
      <legend>{T.positionsLegend}</legend>
      <div class="ds-actions ds-actions--inline">
        <button type="button" class="ds-button ds-button--secondary" onClick={() => onAll('pour')}>
          {T.allPour}
        </button>
        <button type="button" class="ds-button ds-button--secondary" onClick={() => onAll('absent')}>
          {T.allAbsent}
        </button>
      </div>
      <ul class="ds-positions">
        {members.map((m, i) => (
          <PositionRow
            key={m.id}
            member={m}
            index={i}
            position={(Object.hasOwn(positions, m.id) ? positions[m.id] : undefined) ?? 'absent'}
            objection={objection}
            pivotal={pivotal.has(m.id)}
            onChange={onChange}
          />
        ))}
      </ul>
    </fieldset>
  );
}

interface OutcomeProps {
  result: VoteResult;
  members: readonly Member[];
  /** Fields whose text is not valid: the result still uses their previous value. */
  stale: readonly (readonly [id: string, field: { label: string; value: string }])[];
}

/** Memoised: redrawn when the vote changes, not when a power analysis arrives. */
export const OutcomeView = memo(function OutcomeView({ result, members, stale }: OutcomeProps) {
  const names = new Map(members.map((m, i) => [m.id, m.name || T.memberDefaultName(i + 1)]));
  const adopted = result.outcome === 'adoptée';
  const colleges = result.tallies.colleges;
  return (
    <section class={`ds-outcome ds-outcome--${adopted ? 'adopted' : 'rejected'}`} aria-labelledby="ds-outcome-title">
      <h4 id="ds-outcome-title" class="ds-outcome__title" tabIndex={-1}>
        {T.outcomeTitle}
        {T.labelSeparator}
        <span class="ds-outcome__label">{T.outcomeLabels[result.outcome]}</span>
      </h4>
      {stale.map(([id, f]) => (
        <p key={id} class="ds-error">
          {T.outcomeStaleField(f.label, f.value)}
        </p>
      ))}
      <h5>{T.stepsTitle}</h5>
      <ol class="ds-steps">
        {result.steps.map((s, i) => (
          <li key={i} class={`ds-step ds-step--${s.kind}`}>
            {s.text}
          </li>
        ))}
      </ol>
      {colleges.length > 0 && (
        <div class="ds-scroll" role="region" aria-labelledby="ds-college-votes" tabIndex={0}>
          <table class="ds-table">
            <caption id="ds-college-votes">{T.collegeTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{T.colCollege}</th>
                <th scope="col">{T.colShare}</th>
                <th scope="col">{T.colPour}</th>
                <th scope="col">{T.colContre}</th>
                <th scope="col">{T.colAbstention}</th>
                <th scope="col">{T.colAbsent}</th>
                <th scope="col">{T.colContribution}</th>
              </tr>
            </thead>
            <tbody>
              {colleges.map((c) => (
                <tr key={c.collegeId}>
                  <th scope="row">{c.name}</th>
                  <td class="ds-num">{formatPercent(c.share)}</td>
                  <td class="ds-num">{formatNumber(c.counts.pour)}</td>
                  <td class="ds-num">{formatNumber(c.counts.contre + c.counts.objection)}</td>
                  <td class="ds-num">{formatNumber(c.counts.abstention)}</td>
                  <td class="ds-num">{formatNumber(c.counts.absent)}</td>
                  <td class="ds-num">
                    {formatPercent(c.contributionPour)} / {formatPercent(c.contributionContre)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.outcome !== 'invalide' && (
        <>
          <h5>{T.pivotsTitle}</h5>
          {result.pivots.length === 0 ? (
            <p>{T.pivotsNone}</p>
          ) : (
            <>
              <p>{T.pivotsIntro}</p>
              <ul class="ds-pivots">
                {result.pivots.map((p) => (
                  <li key={p.memberId}>{T.pivot(names.get(p.memberId) ?? p.memberId, p.from, p.to, adopted)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
});
