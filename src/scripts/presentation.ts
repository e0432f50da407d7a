/**
 * The presentation view of a fiche (src/components/presentation/FichePresentation.astro): one
 * screen at a time, moved by the keyboard (→ Space Page↓, ← Page↑, Home, End) or by the bar's
 * buttons; the address's fragment follows the screen (#etape-3), so a reload or a link lands on
 * it. Each step with a duration has a timer, announced at start, pause, reset and at the moments
 * that matter, never each second. Full screen where the browser allows it.
 */
import {
  deckAction,
  hashOfSlide,
  positionText,
  slideFromHash,
  targetSlide,
  type DeckAction,
} from '../lib/presentation/deck.ts';
import type { StepDuration } from '../lib/presentation/duration.ts';
import {
  IDLE,
  TIMER_MESSAGES,
  elapsedAt,
  isRunning,
  pauseTimer,
  startTimer,
  timerClock,
  timerMilestone,
  timerPhase,
  type Timer,
} from '../lib/presentation/timer.ts';
import { NNBSP } from '../lib/fr.ts';
import { announce } from './announce.ts';

const TICK_MS = 250;
/** Where the keys belong to the control, not to the deck. */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), dialog';
/** Controls that Space presses. */
const PRESSABLE = 'button, a[href], summary, [role="button"]';

function durationOf(slide: HTMLElement): StepDuration | undefined {
  const min = Number(slide.dataset['min']);
  const max = Number(slide.dataset['max']);
  return min > 0 && max >= min ? { min, max } : undefined;
}

export function setUpPresentation(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  const template = deck?.querySelector<HTMLTemplateElement>('template[data-deck-controls]');
  if (!deck || !template) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const steps = slides.length - 2;
  const durations = slides.map(durationOf);
  const timers: Timer[] = slides.map(() => IDLE);

  deck.append(template.content.cloneNode(true));
  const find = <E extends HTMLElement>(selector: string) => deck.querySelector<E>(selector) as E;
  const previous = find<HTMLButtonElement>('[data-deck-go="previous"]');
  const next = find<HTMLButtonElement>('[data-deck-go="next"]');
  const position = find('[data-deck-position]');
  const positionTitle = find('[data-deck-position-title]');
  const hint = find('[data-deck-hint]');
  const timerBox = find('[data-deck-timer]');
  const clock = find('[data-timer-clock]');
  const clockLabel = find('[data-timer-label]');
  const clockNote = find('[data-timer-note]');
  const toggle = find<HTMLButtonElement>('[data-timer-toggle]');
  const toggleVerb = find('[data-timer-verb]');
  const reset = find<HTMLButtonElement>('[data-timer-reset]');
  const fullscreen = find<HTMLButtonElement>('[data-deck-fullscreen]');

  let current = -1;
  let ticking: ReturnType<typeof setInterval> | undefined;
  let lastElapsed = 0;

  const renderTimer = () => {
    const duration = durations[current];
    timerBox.hidden = duration === undefined;
    if (duration === undefined) return;
    const timer = timers[current] ?? IDLE;
    const elapsed = elapsedAt(timer, Date.now());
    const phase = timerPhase(duration, elapsed);
    clock.textContent = timerClock(duration, elapsed);
    timerBox.dataset['phase'] = phase;
    clockLabel.textContent = phase === 'over' ? 'Dépassement' : 'Temps restant';
    clockNote.textContent = phase === 'over' ? 'temps dépassé' : phase === 'range' && duration.min < duration.max ? 'durée minimale atteinte' : '';
    toggleVerb.textContent = isRunning(timer) ? 'Mettre en pause' : elapsed > 0 ? 'Reprendre' : 'Démarrer';
  };

  const tick = () => {
    const duration = durations[current];
    const timer = timers[current] ?? IDLE;
    if (duration === undefined) return;
    const elapsed = elapsedAt(timer, Date.now());
    const milestone = timerMilestone(duration, lastElapsed, elapsed);
    lastElapsed = elapsed;
    if (milestone) announce(milestone);
    renderTimer();
  };

  const stopTicking = () => {
    clearInterval(ticking);
    ticking = undefined;
  };

  /** Pauses the timer of the screen on show, if it runs (on leaving the step). */
  const pauseCurrent = () => {
    const timer = timers[current];
    if (timer && isRunning(timer)) timers[current] = pauseTimer(timer, Date.now());
    stopTicking();
  };

  const screens = find('.deck__screens');
  /** A screen taller than the window scrolls inside the deck: the keyboard must reach it. */
  const reachOverflow = () => {
    if (screens.scrollHeight > screens.clientHeight + 1) screens.tabIndex = 0;
    else screens.removeAttribute('tabindex');
  };

  const bringIntoView = () => {
    const top = deck.getBoundingClientRect().top;
    if (Math.abs(top) > 1) window.scrollTo({ top: window.scrollY + top, behavior: 'instant' });
  };

  const show = (index: number, { moveAddress = true } = {}) => {
    if (index === current) return;
    const focusInside = current >= 0 && slides[current]?.contains(document.activeElement);
    pauseCurrent();
    current = index;
    slides.forEach((slide, i) => (slide.hidden = i !== index));
    if (moveAddress) history.replaceState(history.state, '', `${location.pathname}${location.search}${hashOfSlide(index, steps)}`);
    previous.setAttribute('aria-disabled', String(index === 0));
    next.setAttribute('aria-disabled', String(index === steps + 1));
    hint.hidden = index !== 0;
    // The status region announces the position, then the screen's title.
    position.textContent = positionText(index, steps);
    positionTitle.textContent = `${NNBSP}: ${slides[index]?.dataset['title'] ?? ''}`;
    lastElapsed = elapsedAt(timers[index] ?? IDLE, Date.now());
    renderTimer();
    bringIntoView();
    reachOverflow();
    // Focus left on a screen now hidden goes to the new screen's title.
    if (focusInside) slides[index]?.querySelector<HTMLElement>('.slide__title')?.focus({ preventScroll: true });
  };

  const go = (action: DeckAction) => show(targetSlide(action, current, steps));

  previous.addEventListener('click', () => go('previous'));
  next.addEventListener('click', () => go('next'));
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = deckAction(event.key);
    const target = event.target instanceof Element ? event.target : null;
    if (action === undefined || target?.closest(TYPING)) return;
    if (event.key === ' ' && target?.closest(PRESSABLE)) return;
    event.preventDefault();
    go(event.key === ' ' && event.shiftKey ? 'previous' : action);
  });
  addEventListener('hashchange', () => {
    const index = slideFromHash(location.hash, steps);
    if (index !== undefined) show(index, { moveAddress: index === 0 });
  });

  toggle.addEventListener('click', () => {
    const duration = durations[current];
    const timer = timers[current] ?? IDLE;
    if (duration === undefined) return;
    const now = Date.now();
    if (isRunning(timer)) {
      timers[current] = pauseTimer(timer, now);
      stopTicking();
      announce(TIMER_MESSAGES.paused(duration, elapsedAt(timers[current] ?? IDLE, now)));
    } else {
      timers[current] = startTimer(timer, now);
      lastElapsed = timer.elapsed;
      ticking = setInterval(tick, TICK_MS);
      announce(TIMER_MESSAGES.started(duration, timer.elapsed));
    }
    renderTimer();
  });
  reset.addEventListener('click', () => {
    const duration = durations[current];
    if (duration === undefined) return;
    stopTicking();
    timers[current] = IDLE;
    lastElapsed = 0;
    announce(TIMER_MESSAGES.reset(duration));
    renderTimer();
  });

  if (document.fullscreenEnabled) {
    fullscreen.hidden = false;
    fullscreen.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else deck.requestFullscreen().catch(() => announce('Le plein écran n’est pas disponible dans ce navigateur.'));
    });
    document.addEventListener('fullscreenchange', () => {
      fullscreen.textContent = document.fullscreenElement === deck ? 'Quitter le plein écran' : 'Plein écran';
    });
  }

  addEventListener('resize', reachOverflow);
  deck.classList.add('is-live');
  // The deck fills the window from the start: the site's header is a scroll away.
  show(slideFromHash(location.hash, steps) ?? 0, { moveAddress: false });
}
