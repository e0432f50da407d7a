/**
 * « Mode atelier »: one device passed from hand to hand (src/lib/questionnaire/workshop.ts and
 * workshop-flow.ts). The questionnaire island loads this module with `import()` when the facilitator
 * opens the workshop, so that it stays out of the page's first download. The session is kept in
 * localStorage, read back and validated on every visit; the synthesis is the synthesis page's.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  answeredCount,
  needsEarlierVersions,
  shareFragment,
  statementCount,
  synthesizeResults,
  workshopStorageKey,
  type Questionnaire,
} from '../../lib/questionnaire/index.ts';
import {
  decodeSession,
  memberLabel,
  newSession,
  serializeSession,
  sessionExport,
  sessionVersions,
  workshopResults,
} from '../../lib/questionnaire/workshop.ts';
import { openWorkshop, workshopFlow, type WorkshopAction, type WorkshopState } from '../../lib/questionnaire/workshop-flow.ts';
import { WT } from '../../lib/questionnaire/workshop-messages.ts';
import { T } from '../../lib/questionnaire/messages.ts';
import { safeStorage } from '../shared/browser.ts';
import type { Announce } from '../shared/announcer.tsx';
import { offerFile, resultLink } from './browser.ts';
import { StepForm } from './StepForm.tsx';
import { Confirm } from './Confirm.tsx';
import { SynthesisView } from './SynthesisView.tsx';

export interface WorkshopModeProps {
  /** The questionnaire's current version (with its earlier versions, once loaded). */
  questionnaire: Questionnaire;
  /** Loads the earlier versions, for a session that holds answers of one. */
  loadEarlier: () => Promise<Questionnaire | undefined>;
  fileBase: string;
  announce: Announce;
  /** Back to the questionnaire's introduction, with a message to announce (the session erased). */
  onExit: (message?: string) => void;
}

type Loaded = { readonly state: WorkshopState; readonly notice?: string | undefined; readonly blocked: boolean };

export default function WorkshopMode({ questionnaire, loadEarlier, fileBase, announce, onExit }: WorkshopModeProps) {
  const [q, setQ] = useState(questionnaire);
  const key = workshopStorageKey(questionnaire);
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef(true);
  const latest = useRef<WorkshopState | undefined>(undefined);

  // Read the stored session (loading earlier versions first if it holds answers of one), or start one.
  useEffect(() => {
    const raw = safeStorage.get(key);
    const open = (full: Questionnaire) => {
      setQ(full);
      const decoded = decodeSession(full, raw);
      if (decoded.status === 'ok') return setLoaded({ state: openWorkshop(decoded.session), blocked: false });
      if (decoded.status === 'ignored' && decoded.keep) {
        return setLoaded({ state: openWorkshop(newSession(full, new Date())), notice: decoded.message, blocked: true });
      }
      const session = newSession(full, new Date());
      safeStorage.set(key, serializeSession(session));
      setLoaded({ state: openWorkshop(session), notice: decoded.status === 'ignored' ? decoded.message : undefined, blocked: false });
    };
    if (needsEarlierVersions(questionnaire, sessionVersions(raw))) void loadEarlier().then((full) => open(full ?? questionnaire));
    else open(questionnaire);
  }, []);

  const state = loaded?.state;
  latest.current = state;

  useEffect(() => {
    if (!pendingFocus.current || !heading.current) return;
    pendingFocus.current = false;
    heading.current.focus();
  }, [state?.screen, loaded]);

  const synthesis = useMemo(
    () => (state?.screen.kind === 'synthesis' ? synthesizeResults(q, workshopResults(state.session, q)) : undefined),
    [state?.screen, state?.session, q],
  );

  // The confirmation's first button takes the focus; cancelling gives it back to what asked.
  const confirmButton = useRef<HTMLButtonElement>(null);
  const confirmTrigger = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (state?.confirm) confirmButton.current?.focus();
  }, [state?.confirm]);

  if (!loaded || !state) return <p class="qz-loading">{T.workshopLoading}</p>;
  const { session, screen, confirm } = state;

  function dispatch(action: WorkshopAction) {
    const current = latest.current;
    if (!current || !loaded) return;
    const { state: next, effects } = workshopFlow(q, current, action, new Date());
    latest.current = next;
    if (effects.forget) safeStorage.remove(key);
    if (effects.save && !loaded.blocked) safeStorage.set(key, serializeSession(next.session));
    if (effects.focusHeading) pendingFocus.current = true;
    if (effects.exit) return onExit(effects.announce);
    if (action.type === 'cancel') requestAnimationFrame(() => confirmTrigger.current?.focus());
    setLoaded({ ...loaded, state: next });
    if (effects.announce) announce(effects.announce);
  }

  const ask = (c: NonNullable<WorkshopState['confirm']>) => {
    confirmTrigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dispatch({ type: 'ask', confirm: c });
  };
  const confirmBlock = (question: string, yes: string) => (
    <Confirm
      id="qz-ws-confirm"
      question={question}
      yes={yes}
      no={WT.cancel}
      onYes={() => dispatch({ type: 'confirm' })}
      onNo={() => dispatch({ type: 'cancel' })}
      yesRef={confirmButton}
    />
  );
  const title = (text: string, id = 'qz-ws-title') => (
    <h2 id={id} tabIndex={-1} ref={heading}>
      {text}
    </h2>
  );
  const total = statementCount(q);
  const steps = q.dimensions.length;

  switch (screen.kind) {
    case 'overview': {
      const turn = session.turn;
      const count = session.members.length;
      return (
        <section aria-labelledby="qz-ws-title" data-testid="workshop-overview">
          {title(WT.overviewTitle)}
          {loaded.notice && (
            <p class="qz-notice" role="status">
              {loaded.notice}
            </p>
          )}
          <p>{WT.overviewIntro}</p>
          <p class="qz-note">
            {WT.privacy} {WT.startedAt(session.startedAt)}
          </p>
          {turn && (
            <div class="qz-notice">
              <p>{WT.turnInProgress(turn.name || WT.turnAnonymous, turn.step + 1, steps)}</p>
              <div class="qz-actions">
                <button type="button" class="qz-button" onClick={() => dispatch({ type: 'nextMember' })}>
                  {WT.resumeTurn}
                </button>
                <button type="button" class="qz-button qz-button--secondary" onClick={() => ask({ kind: 'abandon' })}>
                  {WT.abandonTurn}
                </button>
              </div>
              {confirm?.kind === 'abandon' && confirmBlock(WT.abandonConfirm, WT.abandonYes)}
            </div>
          )}
          <h3>{WT.membersTitle}</h3>
          {count === 0 ? (
            <p>{WT.noMembers}</p>
          ) : (
            <>
              <p>{WT.membersCount(count)}</p>
              <ul class="qz-ws-members" data-testid="workshop-members">
                {session.members.map((m) => {
                  const label = memberLabel(m);
                  return (
                    <li key={m.id}>
                      <span class="qz-ws-members__label">{label}</span>{' '}
                      <button type="button" class="qz-button qz-button--link" onClick={() => ask({ kind: 'remove', id: m.id })}>
                        {WT.remove(label)}
                      </button>
                      {confirm?.kind === 'remove' && confirm.id === m.id && confirmBlock(WT.removeConfirm(label), WT.removeYes)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {!loaded.blocked && (
            <div class="qz-actions">
              {!turn && (
                <button type="button" class="qz-button" onClick={() => dispatch({ type: 'nextMember' })}>
                  {WT.nextMember}
                </button>
              )}
              {count > 0 && (
                <button type="button" class="qz-button" onClick={() => dispatch({ type: 'synthesis' })}>
                  {WT.showSynthesis}
                </button>
              )}
            </div>
          )}
          {count === 1 && <p class="qz-note">{WT.synthesisNeedsTwo}</p>}
          <div class="qz-actions">
            {count > 0 && (
              <button
                type="button"
                class="qz-button qz-button--secondary"
                aria-describedby="qz-ws-export-hint"
                onClick={() => offerFile(`${fileBase}-atelier`, 'json', sessionExport(session, q, new Date(), (code) => resultLink(shareFragment(code))), announce)}
              >
                {WT.exportSession}
              </button>
            )}
            <button type="button" class="qz-button qz-button--secondary" onClick={() => ask({ kind: 'erase' })}>
              {WT.eraseSession}
            </button>
            <button type="button" class="qz-button qz-button--secondary" aria-describedby="qz-ws-leave-hint" onClick={() => onExit()}>
              {WT.leave}
            </button>
          </div>
          {confirm?.kind === 'erase' && confirmBlock(WT.eraseConfirm, WT.eraseYes)}
          {count > 0 && (
            <p id="qz-ws-export-hint" class="qz-note">
              {WT.exportHint}
            </p>
          )}
          <p id="qz-ws-leave-hint" class="qz-note">
            {WT.leaveHint}
          </p>
        </section>
      );
    }

    case 'identify':
      return (
        <section aria-labelledby="qz-ws-title">
          {title(WT.identifyTitle)}
          <p>{WT.identifyIntro}</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const field = e.currentTarget.elements.namedItem('prenom');
              dispatch({ type: 'identify', name: field instanceof HTMLInputElement ? field.value : '' });
            }}
          >
            <div class="qz-field">
              <label for="qz-ws-name">{WT.nameLabel}</label>
              <input
                id="qz-ws-name"
                name="prenom"
                type="text"
                autocomplete="off"
                maxLength={40}
                aria-describedby={state.error ? 'qz-ws-name-hint qz-ws-name-error' : 'qz-ws-name-hint'}
                aria-invalid={state.error ? 'true' : undefined}
              />
              <p id="qz-ws-name-hint" class="qz-hint">
                {WT.nameHint}
              </p>
              {state.error && (
                <p id="qz-ws-name-error" class="qz-error">
                  {state.error}
                </p>
              )}
            </div>
            <div class="qz-actions qz-actions--nav">
              <button type="button" class="qz-button qz-button--secondary" onClick={() => dispatch({ type: 'overview' })}>
                {WT.back}
              </button>
              <button type="submit" class="qz-button">
                {WT.begin}
              </button>
            </div>
          </form>
        </section>
      );

    case 'step': {
      const dimension = q.dimensions[screen.index];
      const answers = session.turn?.answers ?? {};
      if (!dimension) return null;
      return (
        <StepForm
          questionnaire={q}
          dimension={dimension}
          index={screen.index}
          answers={answers}
          headingRef={heading}
          onAnswer={(statementId, value) => dispatch({ type: 'answer', statementId, value })}
          onPrevious={() => dispatch({ type: 'previous' })}
          onNext={() => dispatch({ type: 'next' })}
          backLabel={WT.back}
          finishLabel={WT.finishTurn}
          note={WT.stepNote}
        />
      );
    }

    case 'sparse':
      return (
        <section aria-labelledby="qz-ws-title">
          {title(WT.sparseTitle)}
          <p>{WT.sparseText(answeredCount(q, session.turn?.answers ?? {}), total)}</p>
          <div class="qz-actions">
            <button type="button" class="qz-button qz-button--secondary" onClick={() => dispatch({ type: 'backToQuestions' })}>
              {WT.sparseBack}
            </button>
            <button type="button" class="qz-button" onClick={() => dispatch({ type: 'finish' })}>
              {WT.sparseFinish}
            </button>
          </div>
        </section>
      );

    case 'handover':
      return (
        <section aria-labelledby="qz-ws-title" class="qz-handover" data-testid="handover">
          {title(WT.handoverTitle)}
          <p>{WT.handoverText}</p>
          <p class="qz-handover__pass">{WT.handoverPass}</p>
          <div class="qz-actions">
            <button type="button" class="qz-button" onClick={() => dispatch({ type: 'nextMember' })}>
              {WT.handoverNext}
            </button>
            <button type="button" class="qz-button qz-button--secondary" onClick={() => dispatch({ type: 'overview' })}>
              {WT.handoverFacilitator}
            </button>
          </div>
        </section>
      );

    case 'synthesis':
      if (!synthesis) return null;
      return (
        <section class="qz-results" aria-labelledby="qz-ws-title" data-testid="workshop-synthesis">
          {title(WT.synthesisTitle(synthesis.synthesis.members.length))}
          <SynthesisView versioned={synthesis} current={q} fileBase={`${fileBase}-atelier`} announce={announce}>
            <button type="button" class="qz-button qz-button--secondary" onClick={() => dispatch({ type: 'overview' })}>
              {WT.backToSession}
            </button>
          </SynthesisView>
        </section>
      );
  }
}
