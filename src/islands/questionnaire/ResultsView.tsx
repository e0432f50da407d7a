/** A result: chart and equivalent table, the three priorities, and advice for each dimension. */
import { formatDecimal } from '../../lib/fr.ts';
import type { ComponentChildren, RefObject } from 'preact';
import {
  allStatements,
  answerLabel,
  compareVersions,
  priorities,
  scoreQuestionnaire,
  type Answers,
  type DimensionAdvice,
  type DimensionResult,
  type Link,
  type Questionnaire,
} from '../../lib/questionnaire/index.ts';
import { ScoreChart } from './ScoreChart.tsx';
import { T } from '../../lib/questionnaire/messages.ts';
import { ScrollTable } from './ScrollTable.tsx';

/**
 * The advice of each dimension, by id (earlier versions take the current advice), or, until it is
 * loaded, whether loading it failed and where the paper version, which prints it, is.
 */
export type AdviceState =
  | { readonly advice: Readonly<Record<string, DimensionAdvice>> }
  | { readonly failed: boolean; readonly paperFormId: string };

interface Props {
  questionnaire: Questionnaire;
  advice: AdviceState;
  answers: Answers;
  title: string;
  headingRef: RefObject<HTMLHeadingElement>;
  /** Shown under the title (e.g. the read-only notice of a shared result). */
  notice?: ComponentChildren;
  /** Actions, shown after the result and left out of print. */
  children?: ComponentChildren;
}

function LevelBadge({ questionnaire, result }: { questionnaire: Questionnaire; result: DimensionResult }) {
  if (result.status !== 'scored') return <span class="qz-level qz-level--none">{questionnaire.insufficient}</span>;
  return <span class={`qz-level qz-level--${result.level}`}>{questionnaire.levels[result.level]}</span>;
}

function Links({ links }: { links: readonly Link[] }) {
  return (
    <ul class="qz-links">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href}>{l.label}</a>
        </li>
      ))}
    </ul>
  );
}

export function ResultsView({ questionnaire, advice, answers, title, headingRef, notice, children }: Props) {
  const result = scoreQuestionnaire(questionnaire, answers);
  const top = priorities(result);
  const scoredCount = result.dimensions.filter((d) => d.status === 'scored').length;
  const offersNotApplicable = allStatements(questionnaire).some((s) => s.statement.mayNotApply);
  return (
    <section class="qz-results" aria-labelledby="qz-results-title">
      <h2 id="qz-results-title" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      {notice}
      <p>{T.answeredSummary(result.rated, result.unknown, offersNotApplicable ? result.notApplicable : undefined, result.total)}</p>

      <h3>{T.chartTitle}</h3>
      <figure class="qz-figure">
        <ScoreChart questionnaire={questionnaire} dimensions={result.dimensions} />
        <figcaption>{T.chartCaption}</figcaption>
      </figure>
      <ScrollTable
        captionId="qz-scores-caption"
        caption={T.tableCaption}
        columns={[
          T.colDimension,
          T.colMean,
          T.colScore,
          T.colLevel,
          T.colAnswers,
        ]}
      >
        {result.dimensions.map((d) => (
          <tr key={d.dimension.id}>
            <th scope="row">{d.dimension.title}</th>
            <td class="qz-num">{d.status === 'scored' ? formatDecimal(d.displayMean) : '–'}</td>
            <td class="qz-num">{d.status === 'scored' ? d.score : '–'}</td>
            <td>
              <LevelBadge questionnaire={questionnaire} result={d} />
            </td>
            <td class="qz-num">
              {d.rated} / {d.total}
            </td>
          </tr>
        ))}
      </ScrollTable>
      <p class="qz-note">{T.thresholdsNote}</p>

      <h3>{T.prioritiesTitle}</h3>
      {top.length === 0 ? (
        <p>{scoredCount > 0 ? T.noPriorities : questionnaire.insufficient}</p>
      ) : (
        <>
          <p>{T.prioritiesIntro}</p>
          <ol class="qz-priorities">
            {top.map((d) => (
              <li key={d.dimension.id}>
                <a href={`#qz-conseil-${d.dimension.id}`}>{d.dimension.title}</a> ({formatDecimal(d.displayMean)} sur 5,{' '}
                {questionnaire.levels[d.level].toLowerCase()})
              </li>
            ))}
          </ol>
          {top.length < 3 && <p class="qz-note">{T.fewerPriorities(top.length)}</p>}
        </>
      )}

      <h3>{T.adviceTitle}</h3>
      {'advice' in advice ? null : advice.failed ? (
        <p class="qz-notice" role="status">
          {T.adviceUnavailable} <a href={`#${advice.paperFormId}`}>{T.noScriptLink}</a>.
        </p>
      ) : (
        <p class="qz-loading" role="status">
          {T.adviceLoading}
        </p>
      )}
      {result.dimensions.map((d) => {
        const own = 'advice' in advice ? advice.advice[d.dimension.id] : undefined;
        return (
          <section key={d.dimension.id} class="qz-advice" aria-labelledby={`qz-conseil-${d.dimension.id}`}>
            <h4 id={`qz-conseil-${d.dimension.id}`} tabIndex={-1}>
              {d.dimension.title} <LevelBadge questionnaire={questionnaire} result={d} />
            </h4>
            {own &&
              (d.status === 'scored' ? (
                <>
                  <p>{own[d.level].text}</p>
                  <Links links={own[d.level].links} />
                </>
              ) : (
                <>
                  <p>{T.insufficientAdvice}</p>
                  <Links links={own.discuter.links} />
                </>
              ))}
          </section>
        );
      })}
      {children}
    </section>
  );
}

/**
 * Under a result made with an earlier version: which version, that its scores are those of that
 * version, and the statements it answered that have changed since, with the answers given.
 */
export function EarlierVersionNote({ earlier, current, answers }: { earlier: Questionnaire; current: Questionnaire; answers: Answers }) {
  const changed = compareVersions(earlier, current).removed;
  return (
    <div class="qz-notice" data-testid="earlier-version">
      <h3>{T.earlierTitle(earlier.version)}</h3>
      <p>{T.earlierNotice(earlier.version, current.version)}</p>
      {changed.length === 0 ? (
        <p>{T.earlierNoChange}</p>
      ) : (
        <>
          <p>{T.earlierChanged(changed.length)}</p>
          <ul class="qz-earlier-list">
            {changed.map((s) => {
              const answer = answers[s.id];
              return <li key={s.id}>{T.quotedAnswer(s.text, answer === undefined ? T.noAnswer : answerLabel(earlier, answer))}</li>;
            })}
          </ul>
        </>
      )}
    </div>
  );
}
