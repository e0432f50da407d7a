/**
 * The draft clause of the rule on screen: which body decides and where the clause goes, the
 * clause itself with the not-legal-advice notice, what to check before adopting it, the legal
 * facts that bear on it (from the facts registry), and buttons to copy and print it alone.
 * Loaded when the user asks for it (see DecisionSimulator), with the generator and its words.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  CLAUSE_BODIES,
  CLAUSE_DOCUMENTS,
  clauseText,
  draftClause,
  type ClauseBody,
  type ClauseDocument,
  type ClauseLaw,
  type ClauseScenario,
} from '../../lib/decision/clauses.ts';
import { CLAUSE_MESSAGES as C } from '../../lib/decision/clause-messages.ts';
import { copyText, printPart } from '../shared/browser.ts';
import type { Announce } from '../shared/announcer.tsx';

interface Props {
  scenario: ClauseScenario;
  law: ClauseLaw;
  /** The SCIC check's errors, to fix before adopting the clause. */
  problems: readonly string[];
  announce: Announce;
}

/** Selects the text of an element, for the user to copy it by hand; then tries the old copy command. */
function selectAndCopy(element: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  try {
    // Deprecated, but the only fallback where the Clipboard API is refused.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function ClausePanel({ scenario, law, problems, announce }: Props) {
  const [body, setBody] = useState<ClauseBody>('assemblee');
  const [target, setTarget] = useState<ClauseDocument>('statuts');
  const [copyFailed, setCopyFailed] = useState(false);
  const clause = useMemo(() => draftClause(scenario, law, { body, document: target }), [scenario, law, body, target]);
  const text = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const checks = [...problems, ...clause.checks];

  const copy = async () => {
    const copied = (await copyText(clauseText(clause))) || (text.current !== null && selectAndCopy(text.current));
    setCopyFailed(!copied);
    announce(copied ? C.copied : C.copyFailed);
  };

  return (
    <div class="ds-clause">
      <div class="ds-clause__options ds-no-print">
        <div class="ds-field">
          <label for="ds-clause-body">{C.bodyLabel}</label>
          <select id="ds-clause-body" value={body} onChange={(e) => setBody(e.currentTarget.value as ClauseBody)}>
            {CLAUSE_BODIES.map((b) => (
              <option key={b} value={b}>
                {C.bodies[b]}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="ds-radios">
          <legend>{C.documentLegend}</legend>
          {CLAUSE_DOCUMENTS.map((d) => (
            <div class="ds-radio" key={d}>
              <input type="radio" id={`ds-clause-${d}`} name="ds-clause-document" checked={target === d} onChange={() => setTarget(d)} />
              <label for={`ds-clause-${d}`}>{C.documents[d]}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <article class="ds-clause-doc" aria-labelledby="ds-clause-heading">
        <div class="ds-legal">
          <p>
            <strong>{C.noticeTitle}</strong> {C.notice} <a href="#conseil-juridique">{C.noticeLink}</a>
          </p>
        </div>
        <div class="ds-clause__text" ref={text}>
          <p class="ds-clause__kicker">{clause.kicker}</p>
          <h4 id="ds-clause-heading" ref={heading} tabIndex={-1}>
            {clause.heading}
          </h4>
          {clause.blocks.map((b, i) =>
            b.kind === 'p' ? (
              <p key={i}>{b.text}</p>
            ) : (
              <ul key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            ),
          )}
          {clause.annex && (
            <>
              <h5>{clause.annex.heading}</h5>
              <ul>
                {clause.annex.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        {checks.length > 0 && (
          <div class="ds-clause__checks">
            <h5>{C.checksTitle}</h5>
            <ul>
              {checks.map((check, i) => (
                <li key={i}>{check}</li>
              ))}
            </ul>
          </div>
        )}
        <div class="ds-clause__law">
          <h5>{C.lawTitle}</h5>
          <ul>
            {clause.law.map(({ why, fact }) => (
              <li key={fact.id}>
                <strong>{why}</strong>
                {C.labelSeparator}
                {fact.statement} <span class="ds-clause__source">
                  {fact.reference}. {C.source}{' '}
                  {fact.source.url ? <a href={fact.source.url}>{fact.source.title}</a> : fact.source.title}, {C.checked(fact.checked)}
                  {fact.verified ? '' : ` (${C.toRecheck})`}.
                </span>
              </li>
            ))}
          </ul>
        </div>
      </article>
      <p class="ds-actions ds-no-print">
        <button type="button" class="ds-button" onClick={() => void copy()}>
          {C.copy}
        </button>
        <button type="button" class="ds-button ds-button--secondary" onClick={() => printPart('clause')}>
          {C.print}
        </button>
      </p>
      {copyFailed && <p class="ds-warning ds-no-print">{C.copyFailed}</p>}
    </div>
  );
}
