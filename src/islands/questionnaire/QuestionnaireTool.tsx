/**
 * The questionnaire island: introduction (resume or erase saved answers), one screen per
 * dimension, results with exports and a share link, and the read-only view of a shared result.
 * All logic comes from src/lib/questionnaire; this component only renders and wires it.
 * The page gives it the questionnaire without the advice and the earlier versions: it loads them
 * (src/lib/questionnaire/deferred.ts) on the way to a result, and before reading a result link or
 * answers saved with an earlier version.
 */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  answeredCount,
  encodeAnswers,
  isSparse,
  parseProgress,
  resultCsv,
  resultJson,
  scoreQuestionnaire,
  serializeProgress,
  shareFragment,
  statementCount,
  storageKey,
  MAX_NAME_LENGTH,
  needsEarlierVersions,
  savedVersion,
  SHARE_PREFIX,
  withEarlierVersions,
  workshopStorageKey,
  type Questionnaire,
  type QuestionnaireExtras,
} from '../../lib/questionnaire/index.ts';
import { INITIAL_FLOW, questionnaireFlow, type FlowAction } from '../../lib/questionnaire/flow.ts';
import { clearFragment, copyText, fragmentValue, printPart, safeStorage } from '../shared/browser.ts';
import { LiveRegion, useAnnouncer } from '../shared/announcer.tsx';
import { loadExtras, offerFile, resultLink } from './browser.ts';
import { EarlierVersionNote, ResultsView, type AdviceState } from './ResultsView.tsx';
import { StepForm } from './StepForm.tsx';
import { Confirm } from './Confirm.tsx';
import { QrCodeButton } from '../shared/QrCode.tsx';
import type { WorkshopModeProps } from './WorkshopMode.tsx';
import { T } from '../../lib/questionnaire/messages.ts';
import './questionnaire.css';

interface Props {
  /** The current version, without its advice. */
  questionnaire: Questionnaire;
  /** The site's file of its advice and frozen earlier versions, loaded when needed. */
  extrasHref: string;
  /** Base of exported file names, e.g. "autodiagnostic-cooperation". */
  fileBase: string;
  /** The collective synthesis page, when there is one. */
  synthesisHref?: string | undefined;
  /** Whether a first name may be added to the share link (for the synthesis). */
  withName?: boolean | undefined;
  /** Id of the page's paper form, offered while the tool loads or without JavaScript. */
  paperFormId: string;
}

export default function QuestionnaireTool({
  questionnaire,
  extrasHref,
  fileBase,
  synthesisHref,
  withName = false,
  paperFormId,
}: Props) {
  /** The questionnaire, with its earlier versions once loaded; `qRef` for actions before the next render. */
  const [q, setQ] = useState(questionnaire);
  const qRef = useRef(q);
  const [advice, setAdvice] = useState<QuestionnaireExtras['advice'] | undefined>();
  const [extrasFailed, setExtrasFailed] = useState(false);
  const key = storageKey(q);
  const total = statementCount(q);
  const steps = q.dimensions.length;

  const [flow, setFlow] = useState(INITIAL_FLOW);
  const { screen, answers, savedStep, confirmErase, name } = flow;
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [storageOk, setStorageOk] = useState(true);
  const { announce, announcement } = useAnnouncer();
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef(false);
  const linkField = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const eraseTrigger = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);
  /** The flow as of the last action, for actions dispatched before the next render. */
  const latest = useRef(flow);
  /** The workshop (« mode atelier »), loaded with `import()` when opened. */
  const [workshop, setWorkshop] = useState<ComponentType<WorkshopModeProps> | 'loading' | 'failed' | undefined>();
  const [workshopSaved, setWorkshopSaved] = useState(false);
  /** A result with few answers is shared only once its author has chosen to. */
  const [shareAnyway, setShareAnyway] = useState(false);

  function openWorkshop() {
    setWorkshop('loading');
    import('./WorkshopMode.tsx').then(
      (module) => {
        pendingFocus.current = true;
        setWorkshop(() => module.default);
      },
      () => setWorkshop('failed'),
    );
  }

  function leaveWorkshop(message?: string) {
    setWorkshopSaved(safeStorage.get(workshopStorageKey(questionnaire)) !== null);
    setWorkshop(undefined);
    pendingFocus.current = true;
    if (message) announce(message);
  }

  /** Loads the advice and earlier versions (once), and gives the questionnaire that reads them. */
  async function withExtras(): Promise<Questionnaire | undefined> {
    const extras = await loadExtras(questionnaire, extrasHref);
    setExtrasFailed(extras === undefined);
    if (!extras) return undefined;
    if (qRef.current.earlierVersions === undefined) {
      qRef.current = withEarlierVersions(questionnaire, extras.earlier);
      setQ(qRef.current);
      setAdvice(extras.advice);
    }
    return qRef.current;
  }

  /** Moves the flow on and performs the side effects the change calls for. */
  function dispatch(action: FlowAction) {
    const q = qRef.current;
    const { state, effects } = questionnaireFlow(q, latest.current, action);
    latest.current = state;
    if (effects.forget) {
      safeStorage.remove(key);
      setSavedAt(undefined);
    }
    if (effects.save) {
      const now = new Date();
      if (safeStorage.set(key, serializeProgress(q, state.answers, state.savedStep, now))) setSavedAt(now);
    }
    if (effects.clearFragment) clearFragment();
    if (effects.focusHeading) pendingFocus.current = true;
    if (effects.restoreEraseFocus) restoreFocus.current = true;
    setFlow(state);
    if (effects.announce) announce(effects.announce);
  }

  // Load saved progress and any shared result once the page runs in a browser.
  useEffect(() => {
    setStorageOk(safeStorage.available());
    setWorkshopSaved(safeStorage.get(workshopStorageKey(questionnaire)) !== null);
    const raw = safeStorage.get(key);
    const code = fragmentValue(SHARE_PREFIX);
    const earlierSaved = needsEarlierVersions(questionnaire, [savedVersion(questionnaire, raw)]);
    const open = (full: Questionnaire | undefined) => {
      const q = full ?? questionnaire;
      // Answers saved with an earlier version that could not be loaded: keep them for later.
      const parsed = earlierSaved && !full ? ({ status: 'empty' } as const) : parseProgress(q, raw);
      if (earlierSaved && !full) setNotice(T.earlierUnavailable);
      if (parsed.status === 'ok') {
        setSavedAt(parsed.progress.savedAt);
        if (parsed.message) {
          // Answers of an earlier version, carried over: keep them in the current version's form.
          const { answers: carried, step, savedAt: at } = parsed.progress;
          safeStorage.set(key, serializeProgress(q, carried, step, at));
          setNotice(parsed.message);
        }
      } else if (parsed.status === 'ignored') {
        setNotice(parsed.message);
        safeStorage.remove(key);
      }
      dispatch({ type: 'open', progress: parsed.status === 'ok' ? parsed.progress : undefined, code });
    };
    // A result link shows advice and may be of an earlier version, like saved answers: load first.
    if (code !== undefined || earlierSaved) void withExtras().then(open);
    else open(questionnaire);
    const onHashChange = () => {
      const code = fragmentValue(SHARE_PREFIX);
      if (code !== undefined) void withExtras().then(() => dispatch({ type: 'openShared', code }));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // The advice comes on the last dimension's screen, before the results show it.
  useEffect(() => {
    const nearResults = screen.kind === 'results' || screen.kind === 'shared' || (screen.kind === 'step' && screen.index >= steps - 1);
    if (nearResults && advice === undefined) void withExtras();
  }, [screen]);

  // Move focus to the new screen's heading after a user action.
  useEffect(() => {
    // The heading appears once the screen has rendered; until then keep the request.
    if (!pendingFocus.current || !heading.current) return;
    pendingFocus.current = false;
    heading.current.focus();
  }, [screen, workshop]);

  useEffect(() => {
    if (confirmErase) confirmButton.current?.focus();
    else if (restoreFocus.current) eraseTrigger.current?.focus();
    restoreFocus.current = false;
  }, [confirmErase]);

  const code = useMemo(() => encodeAnswers(q, answers, withName ? name : undefined), [q, answers, name, withName]);
  const adviceState: AdviceState = advice ? { advice } : { failed: extrasFailed, paperFormId };

  const eraseBlock = confirmErase ? (
    <Confirm
      id="qz-confirm-title"
      question={T.eraseConfirmTitle}
      yes={T.eraseConfirm}
      no={T.eraseCancel}
      onYes={() => dispatch({ type: 'erase' })}
      onNo={() => dispatch({ type: 'cancelErase' })}
      yesRef={confirmButton}
    >
      <p>{T.eraseConfirmText}</p>
    </Confirm>
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
                <button type="button" class="qz-button" onClick={() => dispatch({ type: 'resume' })}>
                  {savedStep >= steps ? T.seeResults : T.resume}
                </button>
                <button
                  type="button"
                  class="qz-button qz-button--secondary"
                  onClick={() => dispatch({ type: 'askErase' })}
                  ref={eraseTrigger}
                >
                  {T.eraseAndRestart}
                </button>
              </div>
              {eraseBlock}
            </>
          ) : (
            <div class="qz-actions">
              <button type="button" class="qz-button" onClick={() => dispatch({ type: 'step', index: 0 })}>
                {T.start}
              </button>
            </div>
          )}
          <p class="qz-no-print">
            <button type="button" class="qz-button qz-button--link" onClick={() => printPart('papier')}>
              {T.printPaper}
            </button>
          </p>
          <section class="qz-panel qz-no-print" aria-labelledby="qz-room-title">
            <h3 id="qz-room-title">{T.roomTitle}</h3>
            <p>{T.roomPhones}</p>
            <div class="qz-actions">
              <QrCodeButton
                value={`${location.origin}${location.pathname}`}
                label={T.qrQuestionnaire}
                title={T.qrQuestionnaireTitle}
                hint={T.qrQuestionnaireHint}
                buttonClass="qz-button qz-button--secondary"
                testId="qr-dialog"
              />
            </div>
            <p>{T.workshopIntro}</p>
            {workshopSaved && <p>{T.workshopSaved}</p>}
            <div class="qz-actions">
              <button type="button" class="qz-button qz-button--secondary" onClick={openWorkshop} disabled={workshop === 'loading'}>
                {workshopSaved ? T.workshopResume : T.workshopStart}
              </button>
            </div>
            {workshop === 'loading' && (
              <p class="qz-loading" role="status">
                {T.workshopLoading}
              </p>
            )}
            {workshop === 'failed' && (
              <p class="qz-notice" role="status">
                {T.workshopLoadFailed}
              </p>
            )}
          </section>
        </section>
      );
      break;
    }

    case 'step': {
      const dimension = q.dimensions[screen.index];
      if (!dimension) break;
      body = (
        <StepForm
          questionnaire={q}
          dimension={dimension}
          index={screen.index}
          answers={answers}
          headingRef={heading}
          onAnswer={(statementId, value) => dispatch({ type: 'answer', statementId, value })}
          onPrevious={() => dispatch({ type: 'previous' })}
          onNext={() => dispatch({ type: 'next' })}
        />
      );
      break;
    }

    case 'results': {
      const link = resultLink(shareFragment(code));
      const today = new Date();
      const meta = { date: today, name: withName ? name.trim() || undefined : undefined };
      body = (
        <ResultsView questionnaire={q} advice={adviceState} answers={answers} title={T.resultsTitle} headingRef={heading}>
          <section class="qz-panel qz-no-print" aria-labelledby="qz-actions-title">
            <h3 id="qz-actions-title">{T.actionsTitle}</h3>
            <div class="qz-actions">
              <button type="button" class="qz-button qz-button--secondary" onClick={() => dispatch({ type: 'step', index: 0 })}>
                {T.edit}
              </button>
              <button type="button" class="qz-button qz-button--secondary" onClick={() => printPart('resultats')}>
                {T.print}
              </button>
              <button
                type="button"
                class="qz-button qz-button--secondary"
                onClick={() => offerFile(fileBase, 'csv', resultCsv(q, scoreQuestionnaire(q, answers), answers, meta), announce)}
              >
                {T.downloadCsv}
              </button>
              <button
                type="button"
                class="qz-button qz-button--secondary"
                onClick={() => offerFile(fileBase, 'json', resultJson(q, scoreQuestionnaire(q, answers), answers, code, meta), announce)}
              >
                {T.downloadJson}
              </button>
            </div>

            <h3 id="qz-share-title">{T.shareTitle}</h3>
            <p>{T.shareIntro}</p>
            {isSparse(q, answers) && !shareAnyway ? (
              <div class="qz-notice" role="group" aria-labelledby="qz-sparse-title" data-testid="sparse-warning">
                <p id="qz-sparse-title" class="qz-confirm__title">
                  {T.sparseTitle}
                </p>
                <p>{T.sparseShare(answeredCount(q, answers), total)}</p>
                <div class="qz-actions">
                  <button
                    type="button"
                    class="qz-button"
                    onClick={() => dispatch({ type: 'step', index: Math.max(0, q.dimensions.findIndex((d) => d.statements.some((st) => answers[st.id] === undefined))) })}
                  >
                    {T.sparseComplete}
                  </button>
                  <button
                    type="button"
                    class="qz-button qz-button--secondary"
                    onClick={() => {
                      setShareAnyway(true);
                      requestAnimationFrame(() => linkField.current?.focus());
                    }}
                  >
                    {T.sparseShareAnyway}
                  </button>
                </div>
              </div>
            ) : (
              <>
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
                      onInput={(e) => dispatch({ type: 'name', name: e.currentTarget.value })}
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
                    <QrCodeButton
                      value={link}
                      label={T.qrLink}
                      title={T.qrLinkTitle}
                      hint={T.qrLinkHint}
                      buttonClass="qz-button qz-button--secondary"
                      testId="qr-dialog"
                    />
                  </div>
                </div>
              </>
            )}
            {synthesisHref && (
              <p>
                {T.synthesisInvite} <a href={synthesisHref}>{T.synthesisLink}</a>.
              </p>
            )}
            <div class="qz-actions">
              <button
                type="button"
                class="qz-button qz-button--secondary"
                onClick={() => dispatch({ type: 'askErase' })}
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
          questionnaire={screen.earlier ?? q}
          advice={adviceState}
          answers={screen.answers}
          title={screen.name ? T.sharedTitleNamed(screen.name) : T.sharedTitle}
          headingRef={heading}
          notice={
            <>
              <p class="qz-notice">{T.sharedNotice}</p>
              {screen.earlier && <EarlierVersionNote earlier={screen.earlier} current={q} answers={screen.answers} />}
            </>
          }
        >
          <div class="qz-actions qz-no-print">
            <button type="button" class="qz-button" onClick={() => dispatch({ type: 'leaveShared' })}>
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
            <button type="button" class="qz-button" onClick={() => dispatch({ type: 'leaveShared' })}>
              {T.startQuestionnaire}
            </button>
          </div>
        </section>
      );
      break;
  }

  if (typeof workshop === 'function') {
    const Workshop = workshop;
    body = <Workshop questionnaire={q} loadEarlier={withExtras} fileBase={fileBase} announce={announce} onExit={leaveWorkshop} />;
  }

  return (
    <div class="qz-app" data-ready={screen.kind === 'loading' ? undefined : 'true'} data-screen={typeof workshop === 'function' ? 'workshop' : screen.kind}>
      <LiveRegion announcement={announcement} />
      {body}
    </div>
  );
}
