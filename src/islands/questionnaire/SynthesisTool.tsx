/**
 * The collective synthesis island: the facilitator pastes members' result links or codes (or
 * imports their JSON exports) and sees, per dimension and per statement, mean, spread and number
 * of answers, the most disputed statements first. Results of different versions of the
 * questionnaire are compared only on the statements that stayed the same, and the synthesis says
 * what it left out. Nothing is stored or sent anywhere. The page gives it the current version only:
 * it loads the earlier versions (src/lib/questionnaire/deferred.ts) when results of one are handed in.
 */
import { formatDecimal } from '../../lib/fr.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  allStatements,
  answerLabel,
  collectFromFile,
  collectFromText,
  synthesisCsv,
  synthesizeResults,
  type Collected,
  type Questionnaire,
  type StatementStats,
  type Summary,
  type VersionedSynthesis,
  needsEarlierVersions,
  pastedVersions,
  withEarlierVersions,
} from '../../lib/questionnaire/index.ts';
import { loadExtras } from './browser.ts';
import { download, exportFileName, printPart } from '../shared/browser.ts';
import { LiveRegion, useAnnouncer } from '../shared/announcer.tsx';
import { T } from '../../lib/questionnaire/messages.ts';
import './questionnaire.css';
import { ScrollTable } from './ScrollTable.tsx';

interface Props {
  /** The current version, without its advice. */
  questionnaire: Questionnaire;
  /** The site's file of its advice and frozen earlier versions, loaded for results of an earlier version. */
  extrasHref: string;
  fileBase: string;
  /** Address of the questionnaire's paper form, offered while the tool loads or without JavaScript. */
  paperHref: string;
}

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

export default function SynthesisTool({ questionnaire, extrasHref, fileBase, paperHref }: Props) {
  /** The questionnaire, with its earlier versions once loaded. */
  const [q, setQ] = useState(questionnaire);
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [collected, setCollected] = useState<Collected | undefined>();
  const [versioned, setVersioned] = useState<VersionedSynthesis | undefined>();
  const synthesis = versioned?.synthesis;
  /** The version the synthesis follows: labels, levels and statements. */
  const sq = versioned?.questionnaire ?? q;
  const { announce, announcement } = useAnnouncer();
  const [formError, setFormError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingFocus = useRef(false);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    heading.current?.focus();
  }, [collected]);

  async function build(event: Event) {
    event.preventDefault();
    if (text.trim() === '' && files.length === 0) {
      setFormError(T.synthEmpty);
      announce(T.synthEmpty);
      textarea.current?.focus();
      return;
    }
    setFormError(undefined);
    const contents = await Promise.all(files.map((file) => file.text()));
    let full = q;
    if (full.earlierVersions === undefined && needsEarlierVersions(questionnaire, pastedVersions(questionnaire, text, contents))) {
      const extras = await loadExtras(questionnaire, extrasHref);
      // Without them, results of an earlier version are refused with the reason, like any old link.
      if (extras) {
        full = withEarlierVersions(questionnaire, extras.earlier);
        setQ(full);
      }
    }
    const result = collectFromText(full, text);
    files.forEach((file, i) => collectFromFile(full, file.name, contents[i] ?? '', result));
    const members = result.entries.length;
    pendingFocus.current = true;
    setCollected(result);
    setVersioned(members > 0 ? synthesizeResults(full, result.entries) : undefined);
    announce(members > 0 ? T.synthAnnounce(members, result.problems.length) : T.synthNone);
  }

  const points = new Set(synthesis?.discussionPoints ?? []);

  return (
    <div class="qz-app" data-ready={ready ? 'true' : undefined} data-screen="synthesis">
      <LiveRegion announcement={announcement} />
      {!ready && (
        <p class="qz-loading">
          {T.synthNoScript} <a href={paperHref}>{T.synthNoScriptLink}</a>
          {T.synthNoScriptEnd}
        </p>
      )}
      {ready && (
        <form class="qz-panel qz-no-print" onSubmit={build} aria-labelledby="qz-synth-form-title">
          <h2 id="qz-synth-form-title">{T.synthFormTitle}</h2>
          <div class="qz-field">
            <label for="qz-lines">{T.synthLinesLabel}</label>
            <p id="qz-lines-hint" class="qz-hint">
              {T.synthLinesHint}
            </p>
            <textarea
              id="qz-lines"
              rows={8}
              spellcheck={false}
              autocomplete="off"
              aria-describedby={formError ? 'qz-lines-hint qz-lines-error' : 'qz-lines-hint'}
              aria-invalid={formError ? 'true' : undefined}
              value={text}
              ref={textarea}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            {formError && (
              <p id="qz-lines-error" class="qz-error">
                {formError}
              </p>
            )}
          </div>
          <div class="qz-field">
            <label for="qz-files">{T.synthFilesLabel}</label>
            <input
              id="qz-files"
              type="file"
              accept=".json,application/json"
              multiple
              onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
            />
          </div>
          <div class="qz-actions">
            <button type="submit" class="qz-button">
              {T.synthBuild}
            </button>
          </div>
        </form>
      )}

      {collected && (
        <section class="qz-results" aria-labelledby="qz-synth-title">
          <h2 id="qz-synth-title" tabIndex={-1} ref={heading}>
            {synthesis ? T.synthTitle(synthesis.members.length) : T.synthNone}
          </h2>

          {collected.problems.length > 0 && (
            <div class="qz-notice">
              <h3>{T.synthProblemsTitle}</h3>
              <ul data-testid="synthesis-problems">
                {collected.problems.map((p) => (
                  <li key={p.source + p.message}>
                    <strong>{p.source.charAt(0).toUpperCase() + p.source.slice(1)}</strong>
                    {T.labelSeparator}
                    {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}

          {synthesis && (
            <>
              <p>{T.synthMembers(synthesis.members.map((m) => m.label))}</p>
              {synthesis.members.length < 2 && <p class="qz-note">{T.synthFew}</p>}
              {versioned && <Versions result={versioned} current={q} />}
              <div class="qz-actions qz-no-print">
                <button type="button" class="qz-button qz-button--secondary" onClick={() => printPart('resultats')}>
                  {T.print}
                </button>
                <button
                  type="button"
                  class="qz-button qz-button--secondary"
                  onClick={() => {
                    const file = exportFileName(`${fileBase}-synthese`, 'csv');
                    download(file, synthesisCsv(sq, synthesis, new Date(), versioned?.earlier), 'text/csv;charset=utf-8');
                    announce(T.downloaded(file));
                  }}
                >
                  {T.exportCsv}
                </button>
                <button type="button" class="qz-button qz-button--secondary" onClick={() => textarea.current?.focus()}>
                  {T.editList}
                </button>
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
          )}
        </section>
      )}
    </div>
  );
}
