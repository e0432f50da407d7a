/**
 * « Anticiper les écueils »: the collective answers what it plans to do together; the tool
 * ranks the legal forms to study and lists the vigilance points, each linked to a guide
 * section and to the facts it rests on. Logic in src/lib/ecueils; this island renders it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { answeredCount, rankForms, UNKNOWN, vigilancePoints } from '../../lib/ecueils/engine.ts';
import { bestScore, ecueilsCsv, ecueilsJson, fitOf, parseProgress, serializeProgress } from '../../lib/ecueils/exports.ts';
import { ECUEILS_MESSAGES as T } from '../../lib/ecueils/messages.ts';
import { choicesOf, VIGILANCE_THEMES } from '../../lib/ecueils/choices.ts';
import type { EcueilsRules, FactCitation } from '../../lib/ecueils/schema.ts';
import { decodeEcueils, encodeEcueils } from '../../lib/ecueils/share.ts';
import { LiveRegion, useAnnouncer } from '../shared/announcer.tsx';
import { QrCodeButton } from '../shared/QrCode.tsx';
import './ecueils.css';
import { clearFragment, copyText, download, exportFileName, focusById, fragmentValue, printPart, safeStorage, setFragment } from '../shared/browser.ts';

const STORAGE_KEY = 'faire-ensemble:anticiper-les-ecueils';
const SHARE_PREFIX = '#r=';
const FILE_BASE = 'anticiper-les-ecueils';

interface Props {
  rules: EcueilsRules;
  facts: Record<string, FactCitation>;
}

type Notice = { kind: 'loaded' } | { kind: 'error'; message: string } | { kind: 'storage'; message: string };

export default function EcueilsTool({ rules, facts }: Props) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [storageOk, setStorageOk] = useState(true);
  const [shareLink, setShareLink] = useState<string | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  const { announce, announcement } = useAnnouncer();
  const shareField = useRef<HTMLInputElement>(null);

  /** Opens the answers of a share link in the address; a bad link keeps the current answers. */
  const openShared = (fallback: Record<string, string>): boolean => {
    const shared = fragmentValue(SHARE_PREFIX);
    if (shared === undefined) return false;
    const decoded = decodeEcueils(rules, shared);
    if (decoded.ok) {
      setAnswers(decoded.answers);
      setNotice({ kind: 'loaded' });
    } else {
      setAnswers(fallback);
      setNotice({ kind: 'error', message: decoded.message });
      clearFragment();
    }
    setShareLink(null);
    return true;
  };

  useEffect(() => {
    setStorageOk(safeStorage.available());
    const saved = parseProgress(rules, safeStorage.get(STORAGE_KEY));
    // Saved answers that cannot be used are said once, then forgotten.
    if (saved.message) safeStorage.remove(STORAGE_KEY);
    if (!openShared(saved.answers)) {
      setAnswers(saved.answers);
      if (saved.message) setNotice({ kind: 'storage', message: saved.message });
    }
    setReady(true);
    const onHashChange = () => openShared(parseProgress(rules, safeStorage.get(STORAGE_KEY)).answers);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [rules]);

  const answer = (questionId: string, value: string) => {
    const next = { ...answers, [questionId]: value };
    setAnswers(next);
    setShareLink(null);
    safeStorage.set(STORAGE_KEY, serializeProgress(rules, next, new Date()));
  };

  const ranking = useMemo(() => rankForms(rules, answers), [rules, answers]);
  const points = useMemo(() => vigilancePoints(rules, answers), [rules, answers]);
  const best = bestScore(ranking);
  const answered = answeredCount(rules, answers);
  const questionText = (id: string) => rules.questions.find((q) => q.id === id)?.question ?? id;

  const createLink = () => {
    setShareLink(setFragment(SHARE_PREFIX, encodeEcueils(rules, answers)));
    setNotice(null);
    announce(T.shareCreated);
    requestAnimationFrame(() => shareField.current?.select());
  };
  const offer = (extension: 'csv' | 'json') => {
    const file = exportFileName(FILE_BASE, extension);
    const now = new Date();
    if (extension === 'csv') download(file, ecueilsCsv(rules, answers, now), 'text/csv;charset=utf-8');
    else download(file, ecueilsJson(rules, answers, encodeEcueils(rules, answers), now), 'application/json');
    announce(T.downloaded(file));
  };
  const erase = () => {
    safeStorage.remove(STORAGE_KEY);
    clearFragment();
    setAnswers({});
    setShareLink(null);
    setConfirmErase(false);
    setNotice(null);
    announce(T.erased);
    focusById('ec-erase');
  };
  const dismiss = () => {
    setNotice(null);
    focusById('ec-questions-title');
  };

  const factList = (ids: readonly string[]) => {
    const cited = ids.map((id) => facts[id]).filter((f): f is FactCitation => f !== undefined);
    if (cited.length === 0) return null;
    return (
      <div class="ec-facts">
        <p class="ec-facts__title">{T.results.facts}</p>
        <ul>
          {cited.map((f) => (
            <li key={f.id} class="fact-citation">
              <span>{`${f.text} `}</span>
              {f.toCheck && <strong class="ec-badge ec-badge--check">{T.results.toCheck}</strong>}
              <span>{' ('}</span>
              <a href={f.sourceUrl}>{f.sourceTitle}</a>
              <span>{', '}</span>
              <a href={`/sources/#${f.id}`}>{T.results.allFacts.toLowerCase()}</a>
              <span>{')'}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  };

  return (
    <div class="ec" data-ready={ready ? 'true' : 'false'} role="region" aria-label={T.region}>
      <LiveRegion announcement={announcement} testId="ec-announcer" />
      {notice && (
        <div class={notice.kind === 'loaded' ? 'ec-notice' : 'ec-alert'} role={notice.kind === 'loaded' ? 'status' : 'alert'}>
          {notice.kind === 'error' ? (
            <p>
              <strong>{T.linkErrorTitle}</strong>
              {` ${notice.message} ${T.linkErrorFallback}`}
            </p>
          ) : (
            <p>{notice.kind === 'loaded' ? T.linkLoaded : notice.message}</p>
          )}
          <button type="button" class="ec-button ec-button--secondary" onClick={dismiss}>
            {T.dismiss}
          </button>
        </div>
      )}

      <section class="ec-questions" aria-labelledby="ec-questions-title">
        <h3 id="ec-questions-title" tabIndex={-1}>
          {T.questionsTitle}
        </h3>
        <p>{T.questionsIntro}</p>
        <p class="ec-progress">
          {`${T.progress(answered, rules.questions.length)} `}
          <a href="#ec-resultat">{T.toResults}</a>
        </p>
        {!storageOk && <p class="ec-hint">{T.storageOff}</p>}
        {rules.questions.map((q, index) => (
          <fieldset class="ec-question" key={q.id} aria-describedby={`ec-why-${q.id}`}>
            <legend>
              <span class="ec-question__number">{`${index + 1}.`}</span>
              {` ${q.question}`}
            </legend>
            <p class="ec-why" id={`ec-why-${q.id}`}>
              <span class="ec-why__label">{T.why}</span>
              {` ${q.pourquoi}`}
            </p>
            <div class="ec-choices">
              {[...choicesOf(q), { id: UNKNOWN, label: T.unknown }].map((c) => (
                <label class="ec-choice" key={c.id}>
                  <input type="radio" name={`ec-${q.id}`} value={c.id} checked={answers[q.id] === c.id} onChange={() => answer(q.id, c.id)} />
                  <span>{c.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </section>

      <section class="ec-results" aria-labelledby="ec-resultat" data-print-part="resultats">
        <h3 id="ec-resultat" tabIndex={-1}>
          {T.results.title}
        </h3>
        {answered === 0 && <p>{T.results.empty}</p>}
        <h4>{T.results.formsTitle}</h4>
        <p>{T.results.formsIntro}</p>
        <ol class="ec-forms">
          {ranking.map((a) => {
            const fit = fitOf(a, best);
            return (
              <li class={`ec-form ec-form--${fit}`} key={a.form.id}>
                <h5>
                  {`${a.form.nom} `}
                  <span class={`ec-badge ec-badge--${fit}`}>{T.fit[fit]}</span>
                </h5>
                <p>{a.form.resume}</p>
                {a.reasonsFor.length > 0 && (
                  <>
                    <p class="ec-list-title">{T.results.forTitle}</p>
                    <ul>{a.reasonsFor.map((r, i) => <li key={i}>{r.raison}</li>)}</ul>
                  </>
                )}
                {a.reasonsAgainst.length > 0 && (
                  <>
                    <p class="ec-list-title">{T.results.againstTitle}</p>
                    <ul>{a.reasonsAgainst.map((r, i) => <li key={i}>{r.raison}</li>)}</ul>
                  </>
                )}
                {a.toClarify.length > 0 && (
                  <>
                    <p class="ec-list-title">{T.results.clarifyTitle}</p>
                    <ul>
                      {a.toClarify.map((c, i) => (
                        <li key={i}>
                          {`${c.rule.raison} (${c.questions.map((id) => T.results.clarifyQuestion(questionText(id))).join(T.listSeparator)})`}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p>
                  <a href={a.form.guide.href}>{T.results.guide(a.form.guide.titre)}</a>
                </p>
              </li>
            );
          })}
        </ol>

        <h4>{T.results.pointsTitle}</h4>
        <p>{T.results.pointsIntro}</p>
        {points.length === 0 && <p>{T.results.pointsNone}</p>}
        {VIGILANCE_THEMES.map((theme) => {
          const inTheme = points.filter((p) => p.point.theme === theme);
          if (inTheme.length === 0) return null;
          return (
            <div class="ec-theme" key={theme}>
              <h5>{T.themes[theme]}</h5>
              <ul class="ec-points">
                {inTheme.map((p) => (
                  <li class="ec-point" key={p.point.id}>
                    <p class="ec-point__title">
                      <strong>{p.point.titre}</strong> <span class={`ec-badge ec-badge--${p.status}`}>{T.status[p.status]}</span>
                    </p>
                    <p>{p.point.texte}</p>
                    {p.status === 'a-clarifier' && (
                      <p class="ec-hint">{`${p.questions.map((id) => T.results.clarifyQuestion(questionText(id))).join(T.listSeparator)}.`}</p>
                    )}
                    <p>
                      <a href={p.point.guide.href}>{T.results.guide(p.point.guide.titre)}</a>
                    </p>
                    {factList(p.point.faits)}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section class="ec-actions" aria-labelledby="ec-actions-title">
        <h3 id="ec-actions-title">{T.actionsTitle}</h3>
        <div class="ec-buttons">
          <button type="button" class="ec-button" onClick={createLink}>
            {T.share}
          </button>
          <button type="button" class="ec-button ec-button--secondary" onClick={() => printPart('resultats')}>
            {T.print}
          </button>
          <button type="button" class="ec-button ec-button--secondary" onClick={() => offer('csv')}>
            {T.downloadCsv}
          </button>
          <button type="button" class="ec-button ec-button--secondary" onClick={() => offer('json')}>
            {T.downloadJson}
          </button>
          <button type="button" class="ec-button ec-button--secondary" onClick={() => printPart('papier')}>
            {T.printPaper}
          </button>
        </div>
        {shareLink && (
          <div class="ec-share">
            <label for="ec-share-link">{T.shareLabel}</label>
            <input id="ec-share-link" ref={shareField} type="text" readOnly value={shareLink} aria-describedby="ec-share-hint" />
            <p id="ec-share-hint" class="ec-hint">
              {T.shareHint}
            </p>
            <button
              type="button"
              class="ec-button ec-button--secondary"
              onClick={async () => announce((await copyText(shareLink, shareField.current)) ? T.copied : T.copyFailed)}
            >
              {T.copy}
            </button>{' '}
            <QrCodeButton value={shareLink} label={T.qr} title={T.qrTitle} hint={T.qrHint} buttonClass="ec-button ec-button--secondary" testId="qr-dialog" />
          </div>
        )}
        {confirmErase ? (
          <div class="ec-confirm" role="group" aria-labelledby="ec-erase-question">
            <p id="ec-erase-question" tabIndex={-1}>{T.eraseConfirm}</p>
            <button type="button" class="ec-button ec-button--danger" onClick={erase}>
              {T.eraseYes}
            </button>
            <button
              type="button"
              class="ec-button ec-button--secondary"
              onClick={() => {
                setConfirmErase(false);
                focusById('ec-erase');
              }}
            >
              {T.eraseNo}
            </button>
          </div>
        ) : (
          <p>
            <button id="ec-erase" type="button" class="ec-button ec-button--link" onClick={() => {
              setConfirmErase(true);
              focusById('ec-erase-question');
            }}>
              {T.erase}
            </button>
            {storageOk && answered > 0 && <span class="ec-hint">{` ${T.saved}`}</span>}
          </p>
        )}
      </section>
    </div>
  );
}
