/**
 * A collective synthesis, as the synthesis page and the workshop show it: members, versions
 * compared, print and CSV export (and the caller's own actions), the points to discuss, then
 * figures per dimension and per statement, the most disputed first. The synthesis itself is
 * computed by src/lib/questionnaire/synthesis.ts.
 */
import type { ComponentChildren } from 'preact';
import { formatDecimal } from '../../lib/fr.ts';
import {
  allStatements,
  answerLabel,
  synthesisCsv,
  type Questionnaire,
  type StatementStats,
  type Summary,
  type VersionedSynthesis,
} from '../../lib/questionnaire/index.ts';
import { printPart } from '../shared/browser.ts';
import { offerFile } from './browser.ts';
import type { Announce } from '../shared/announcer.tsx';
import { T } from '../../lib/questionnaire/messages.ts';
import { ScrollTable } from './ScrollTable.tsx';

function spread(summary: Summary): string {
  if (summary.min === undefined || summary.max === undefined) return '–';
  return `${summary.min} – ${summary.max}`;
}

function Distribution({ q, s }: { q: Questionnaire; s: StatementStats }) {
  const items = s.distribution.flatMap((count, i) =>
    count > 0 ? [{ count, label: answerLabel(q, (i + 1) as 1 | 2 | 3 | 4 | 5) }] : [],
  );
  if (s.unknown > 0) items.push({ count: s.unknown, label: q.unknown });
  if (s.notApplicable > 0) items.push({ count: s.notApplicable, label: answerLabel(q, 'na') });
  return <p class="qz-distribution">{T.distribution(items)}</p>;
}

/** What a synthesis of results of several versions, or of an earlier version, compared and left out. */
function Versions({ result, current }: { result: VersionedSynthesis; current: Questionnaire }) {
  const { questionnaire: q, earlier } = result;
  if (earlier.length === 0 && q.replacedBy === undefined) return null;
  const total = q.dimensions.reduce((n, d) => n + d.statements.length, 0);
  const leftOut = allStatements(q).filter(({ statement }) => earlier.some((m) => m.leftOut.includes(statement)));
  return (
    <section class="qz-notice" aria-labelledby="qz-versions-title" data-testid="synthesis-versions">
      <h3 id="qz-versions-title">{T.synthVersionsTitle}</h3>
      {earlier.length === 0 ? (
        <p>{T.synthAllEarlier(q.version, q.replacedBy ?? current.version)}</p>
      ) : (
        <>
          <p>{T.synthMixed(q.version)}</p>
          <ul>
            {earlier.map((m) => (
              <li key={m.label}>{T.synthEarlierMember(m.label, m.version, m.kept, total, m.leftOut.length, m.dropped)}</li>
            ))}
          </ul>
          <p>{T.synthEarlierScores(earlier.length)}</p>
          {leftOut.length > 0 && (
            <details class="qz-details">
              <summary>{T.synthLeftOut(leftOut.length, earlier.map((m) => m.label))}</summary>
              <ul>
                {leftOut.map(({ statement }) => (
                  <li key={statement.id}>{statement.text}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

interface Props {
  versioned: VersionedSynthesis;
  /** The questionnaire's current version. */
  current: Questionnaire;
  /** Base of the CSV export's file name. */
  fileBase: string;
  announce: Announce;
  /** More actions, after print and export. */
  children?: ComponentChildren;
}

export function SynthesisView({ versioned, current, fileBase, announce, children }: Props) {
  const { synthesis, questionnaire: sq } = versioned;
  const points = new Set(synthesis.discussionPoints);
  return (
    <>
      <p>{T.synthMembers(synthesis.members.map((m) => m.label))}</p>
      {synthesis.members.length < 2 && <p class="qz-note">{T.synthFew}</p>}
      <Versions result={versioned} current={current} />
      <div class="qz-actions qz-no-print">
        <button type="button" class="qz-button qz-button--secondary" onClick={() => printPart('resultats')}>
          {T.print}
        </button>
        <button
          type="button"
          class="qz-button qz-button--secondary"
          onClick={() => offerFile(`${fileBase}-synthese`, 'csv', synthesisCsv(sq, synthesis, new Date(), versioned.earlier), announce)}
        >
          {T.exportCsv}
        </button>
        {children}
      </div>

      <h3>{T.pointsTitle}</h3>
      <p>{T.pointsIntro}</p>
      {synthesis.discussionPoints.length === 0 ? (
        <p>{T.pointsNone}</p>
      ) : (
        <ol class="qz-points" data-testid="discussion-points">
          {synthesis.discussionPoints.map((s) => (
            <li key={s.statement.id}>
              <p class="qz-points__statement">{s.statement.text}</p>
              <p class="qz-points__meta">
                {T.pointFigures(s.dimension.title, s.summary.mean, s.summary.sd, s.summary.min, s.summary.max)}
              </p>
              <Distribution q={sq} s={s} />
            </li>
          ))}
        </ol>
      )}

      <h3>{T.dimensionsTitle}</h3>
      <ScrollTable
        captionId="qz-dimensions-caption"
        caption={T.dimensionsCaption}
        columns={[
          T.colDimension,
          T.colMean,
          T.colScore,
          T.colLevel,
          T.colSd,
          T.colRange,
          T.colMembers,
        ]}
      >
        {synthesis.dimensions.map((d) => (
          <tr key={d.dimension.id}>
            <th scope="row">{d.dimension.title}</th>
            <td class="qz-num">{formatDecimal(d.summary.mean)}</td>
            <td class="qz-num">{d.score ?? '–'}</td>
            <td>
              {d.level ? (
                <span class={`qz-level qz-level--${d.level}`}>{sq.levels[d.level]}</span>
              ) : (
                <span class="qz-level qz-level--none">{sq.insufficient}</span>
              )}
            </td>
            <td class="qz-num">{formatDecimal(d.summary.sd)}</td>
            <td class="qz-num">
              {d.summary.min === undefined
                ? '–'
                : `${formatDecimal(d.summary.min)} – ${formatDecimal(d.summary.max)}`}
            </td>
            <td class="qz-num">{d.summary.n}</td>
          </tr>
        ))}
      </ScrollTable>

      <h3>{T.statementsTitle}</h3>
      <p class="qz-note">{T.statsNote}</p>
      <ScrollTable
        captionId="qz-statements-caption"
        caption={T.statementsCaption}
        columns={[
          T.colRank,
          T.colStatement,
          T.colDimension,
          T.colMean,
          T.colSd,
          T.colRange,
          T.colN,
          T.colUnknown,
          T.colNotApplicable,
        ]}
        testId="statements-table"
      >
        {synthesis.byDisagreement.map((s, i) => (
          <tr key={s.statement.id} class={points.has(s) ? 'qz-row--point' : undefined}>
            <td class="qz-num">{i + 1}</td>
            <th scope="row">
              {s.statement.text}
              {s.statement.reversed && <span class="qz-muted"> {T.reversedMark}</span>}
              {s.notAsked > 0 && <span class="qz-muted"> {T.notAskedMark(s.notAsked)}</span>}
            </th>
            <td>{s.dimension.title}</td>
            <td class="qz-num">{formatDecimal(s.summary.mean)}</td>
            <td class="qz-num">{formatDecimal(s.summary.sd)}</td>
            <td class="qz-num">{spread(s.summary)}</td>
            <td class="qz-num">{s.summary.n}</td>
            <td class="qz-num">{s.unknown}</td>
            <td class="qz-num">{s.notApplicable}</td>
          </tr>
        ))}
      </ScrollTable>
    </>
  );
}
