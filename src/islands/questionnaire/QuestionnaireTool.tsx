/**
 * The questionnaire island: introduction (resume or erase saved answers), one screen per
 * dimension, results with exports and a share link, and the read-only view of a shared result.
 * All logic comes from src/lib/questionnaire; this component only renders and wires it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  answeredCount,
  decodePasted,
  encodeAnswers,
  parseProgress,
  resultCsv,
  resultJson,
  scoreQuestionnaire,
  serializeProgress,
  shareFragment,
  statementCount,
  storageKey,
  MAX_NAME_LENGTH,
  type Answer,
  type Answers,
  type Questionnaire,
} from '../../lib/questionnaire';
import {
  clearFragment,
  copyText,
  currentShareFragment,
  download,
  exportFileName,
  printPart,
  resultLink,
  safeStorage,
} from './browser';
import { ResultsView } from './ResultsView';
import { StepForm } from './StepForm';
import { T } from '../../lib/questionnaire/messages.ts';
import './questionnaire.css';

interface Props {
  questionnaire: Questionnaire;
  /** Base of exported file names, e.g. "autodiagnostic-cooperation". */
  fileBase: string;
  /** The collective synthesis page, when there is one. */
  synthesisHref?: string | undefined;
  /** Whether a first name may be added to the share link (for the synthesis). */
  withName?: boolean | undefined;
  /** Id of the page's paper form, offered while the tool loads or without JavaScript. */
  paperFormId: string;
}

type Screen =
  | { kind: 'loading' }
  | { kind: 'start' }
  | { kind: 'step'; index: number }
  | { kind: 'results' }
  | { kind: 'shared'; answers: Answers; name?: string | undefined }
  | { kind: 'shared-error'; message: string };

export default function QuestionnaireTool({
  questionnaire,
  fileBase,
  synthesisHref,
  withName = false,
  paperFormId,
}: Props) {
  const q = questionnaire;
  const key = storageKey(q);
  const total = statementCount(q);
  const steps = q.dimensions.length;

  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [answers, setAnswers] = useState<Answers>({});
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [savedStep, setSavedStep] = useState(0);
  const [notice, setNotice] = useState<string | undefined>();
  const [storageOk, setStorageOk] = useState(true);
  const [confirmErase, setConfirmErase] = useState(false);
  const [name, setName] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef(false);
  const linkField = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const eraseTrigger = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);

  function announce(text: string) {
    setAnnouncement('');
    setTimeout(() => setAnnouncement(text), 60);
  }

  function go(next: Screen, message?: string) {
    pendingFocus.current = true;
    setConfirmErase(false);
    setScreen(next);
    if (message) announce(message);
  }

  function openShared(fragment: string, focus: boolean) {
    const decoded = decodePasted(q, fragment);
    const next: Screen = decoded.ok
      ? { kind: 'shared', answers: decoded.answers, name: decoded.name }
      : { kind: 'shared-error', message: decoded.message };
    if (focus) go(next, decoded.ok ? undefined : decoded.message);
    else setScreen(next);
  }

  // Load saved progress and any shared result once the page runs in a browser.
  useEffect(() => {
    setStorageOk(safeStorage.available());
    const parsed = parseProgress(q, safeStorage.get(key));
    if (parsed.status === 'ok') {
      setAnswers(parsed.progress.answers);
      setSavedAt(parsed.progress.savedAt);
      setSavedStep(parsed.progress.step);
    } else if (parsed.status === 'ignored') {
      setNotice(parsed.message);
      safeStorage.remove(key);
    }
    const fragment = currentShareFragment();
    if (fragment) openShared(fragment, true);
    else setScreen({ kind: 'start' });
    const onHashChange = () => {
      const f = currentShareFragment();
      if (f) openShared(f, true);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // Move focus to the new screen's heading after a user action.
  useEffect(() => {
    // The heading appears once the screen has rendered; until then keep the request.
    if (!pendingFocus.current || !heading.current) return;
    pendingFocus.current = false;
    heading.current.focus();
  }, [screen]);

  useEffect(() => {
    if (confirmErase) confirmButton.current?.focus();
    else if (restoreFocus.current) eraseTrigger.current?.focus();
    restoreFocus.current = false;
  }, [confirmErase]);

  function save(nextAnswers: Answers, step: number) {
    const now = new Date();
    if (safeStorage.set(key, serializeProgress(q, nextAnswers, step, now))) setSavedAt(now);
    setSavedStep(step);
  }

  function answer(statementId: string, value: Answer) {
    const next = { ...answers, [statementId]: value };
    setAnswers(next);
    save(next, screen.kind === 'step' ? screen.index : savedStep);
  }

  function goToStep(index: number) {
    save(answers, index);
    const dimension = q.dimensions[index];
    go({ kind: 'step', index }, dimension ? T.announceStep(index + 1, steps, dimension.title) : undefined);
  }

  function goToResults() {
    save(answers, steps);
    go({ kind: 'results' });
  }

  function erase() {
    safeStorage.remove(key);
    setAnswers({});
    setSavedAt(undefined);
    setSavedStep(0);
    setName('');
    go({ kind: 'start' }, T.erased);
  }

  function cancelErase() {
    restoreFocus.current = true;
    setConfirmErase(false);
  }

  function leaveShared() {
    clearFragment();
    go({ kind: 'start' });
  }

  const code = useMemo(() => encodeAnswers(q, answers, withName ? name : undefined), [q, answers, name, withName]);

  const live = (
    <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );

  const eraseBlock = confirmErase ? (
    <div
      class="qz-confirm"
      role="group"
      aria-labelledby="qz-confirm-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancelErase();
      }}
    >
      <p id="qz-confirm-title" class="qz-confirm__title">
        {T.eraseConfirmTitle}
      </p>
      <p>{T.eraseConfirmText}</p>
      <div class="qz-actions">
        <button type="button" class="qz-button qz-button--danger" onClick={erase} ref={confirmButton}>
          {T.eraseConfirm}
        </button>
        <button type="button" class="qz-button qz-button--secondary" onClick={cancelErase}>
          {T.eraseCancel}
        </button>
      </div>
    </div>
  ) : null;

  let body;
  switch (screen.kind) {
    case 'loading':
      body = (
        <p class="qz-loading">
          {T.noScript} <a href={`#${paperFormId}`}>{T.noScriptLink}</a>.
        </p>
      );
      break;

    case 'start': {
      const answered = answeredCount(q, answers);
      body = (
        <section aria-labelledby="qz-start-title">
          <h2 id="qz-start-title" tabIndex={-1} ref={heading}>
            {T.startTitle}
          </h2>
          {notice && (
            <p class="qz-notice" role="status">
              {notice}
            </p>
          )}
          <p>{q.instructions}</p>
          <p>{T.startCount(total, steps)}</p>
          <p class="qz-note">{T.privacy}</p>
          {!storageOk && <p class="qz-notice">{T.storageUnavailable}</p>}
          {answered > 0 && savedAt ? (
            <>
              <p>{T.savedSummary(answered, total, savedAt)}</p>
              <div class="qz-actions">
                <button
                  type="button"
                  class="qz-button"
                  onClick={() => (savedStep >= steps ? goToResults() : goToStep(savedStep))}
                >
                  {savedStep >= steps ? T.seeResults : T.resume}
                </button>
                <button
                  type="button"
                  class="qz-button qz-button--secondary"
                  onClick={() => setConfirmErase(true)}
                  ref={eraseTrigger}
                >
                  {T.eraseAndRestart}
                </button>
              </div>
              {eraseBlock}
            </>
          ) : (
            <div class="qz-actions">
              <button type="button" class="qz-button" onClick={() => goToStep(0)}>
                {T.start}
              </button>
            </div>
          )}
          <p class="qz-no-print">
            <button type="button" class="qz-button qz-button--link" onClick={() => printPart('papier')}>
              {T.printPaper}
            </button>
          </p>
        </section>
      );
      break;
    }

    case 'step': {
      const dimension = q.dimensions[screen.index];
      if (!dimension) break;
      const firstNumber = q.dimensions.slice(0, screen.index).reduce((n, d) => n + d.statements.length, 1);
      body = (
        <StepForm
          questionnaire={q}
          dimension={dimension}
          index={screen.index}
          firstNumber={firstNumber}
          answers={answers}
          answered={answeredCount(q, answers)}
          total={total}
          headingRef={heading}
          onAnswer={answer}
          onPrevious={() => (screen.index === 0 ? go({ kind: 'start' }) : goToStep(screen.index - 1))}
          onNext={() => (screen.index + 1 < steps ? goToStep(screen.index + 1) : goToResults())}
        />
      );
      break;
    }

    case 'results': {
      const link = resultLink(shareFragment(code));
      const today = new Date();
      const meta = { date: today, name: withName ? name.trim() || undefined : undefined };
      body = (
        <ResultsView questionnaire={q} answers={answers} title={T.resultsTitle} headingRef={heading}>
          <section class="qz-panel qz-no-print" aria-labelledby="qz-actions-title">
            <h3 id="qz-actions-title">{T.actionsTitle}</h3>
            <div class="qz-actions">
              <button type="button" class="qz-button qz-button--secondary" onClick={() => goToStep(0)}>
                {T.edit}
              </button>
              <button type="button" class="qz-button qz-button--secondary" onClick={() => printPart('resultats')}>
                {T.print}
              </button>
              <button
                type="button"
                class="qz-button qz-button--secondary"
                onClick={() => {
                  const file = exportFileName(fileBase, 'csv');
                  download(file, resultCsv(q, scoreQuestionnaire(q, answers), answers, meta), 'text/csv;charset=utf-8');
                  announce(T.downloaded(file));
                }}
              >
                {T.downloadCsv}
              </button>
              <button
                type="button"
                class="qz-button qz-button--secondary"
                onClick={() => {
                  const file = exportFileName(fileBase, 'json');
                  download(
                    file,
                    resultJson(q, scoreQuestionnaire(q, answers), answers, code, meta),
                    'application/json',
                  );
                  announce(T.downloaded(file));
                }}
              >
                {T.downloadJson}
              </button>
            </div>

            <h3 id="qz-share-title">{T.shareTitle}</h3>
            <p>{T.shareIntro}</p>
            {withName && (
              <div class="qz-field">
                <label for="qz-name">{T.nameLabel}</label>
                <input
                  id="qz-name"
                  type="text"
                  autocomplete="given-name"
                  maxLength={MAX_NAME_LENGTH}
                  aria-describedby="qz-name-hint"
                  value={name}
                  onInput={(e) => setName(e.currentTarget.value)}
                />
                <p id="qz-name-hint" class="qz-hint">
                  {T.nameHint}
                </p>
              </div>
            )}
            <div class="qz-field">
              <label for="qz-link">{T.linkLabel}</label>
              <div class="qz-copy">
                <input
                  id="qz-link"
                  type="text"
                  readOnly
                  value={link}
                  ref={linkField}
                  onFocus={(e) => e.currentTarget.select()}
                  data-testid="share-link"
                />
                <button
                  type="button"
                  class="qz-button"
                  onClick={async () => announce((await copyText(link, linkField.current)) ? T.copied : T.copyFailed)}
                >
                  {T.copyLink}
                </button>
              </div>
            </div>
            {synthesisHref && (
              <p>
                {T.synthesisInvite} <a href={synthesisHref}>{T.synthesisLink}</a>.
              </p>
            )}
            <div class="qz-actions">
              <button
                type="button"
                class="qz-button qz-button--secondary"
                onClick={() => setConfirmErase(true)}
                ref={eraseTrigger}
              >
                {T.erase}
              </button>
            </div>
            {eraseBlock}
          </section>
        </ResultsView>
      );
      break;
    }

    case 'shared': {
      body = (
        <ResultsView
          questionnaire={q}
          answers={screen.answers}
          title={screen.name ? T.sharedTitleNamed(screen.name) : T.sharedTitle}
          headingRef={heading}
          notice={<p class="qz-notice">{T.sharedNotice}</p>}
        >
          <div class="qz-actions qz-no-print">
            <button type="button" class="qz-button" onClick={leaveShared}>
              {T.startOwn}
            </button>
            <button type="button" class="qz-button qz-button--secondary" onClick={() => printPart('resultats')}>
              {T.print}
            </button>
          </div>
        </ResultsView>
      );
      break;
    }

    case 'shared-error':
      body = (
        <section aria-labelledby="qz-error-title">
          <h2 id="qz-error-title" tabIndex={-1} ref={heading}>
            {T.sharedErrorTitle}
          </h2>
          <p class="qz-error" data-testid="share-error">
            {screen.message}
          </p>
          <p>{T.sharedErrorAfter}</p>
          <div class="qz-actions">
            <button type="button" class="qz-button" onClick={leaveShared}>
              {T.startQuestionnaire}
            </button>
          </div>
        </section>
      );
      break;
  }

  return (
    <div class="qz-app" data-ready={screen.kind === 'loading' ? undefined : 'true'} data-screen={screen.kind}>
      {live}
      {body}
    </div>
  );
}
