/**
 * Moving through the screens of a fiche's presentation view: the title screen (0), one screen per
 * step (1 to `steps`), the end screen (`steps + 1`). The address's fragment names the screen on
 * show (« #etape-3 », « #fin »; none for the title screen), so a reload or a link lands on it.
 */
import { NNBSP } from '../fr.ts';

export type DeckAction = 'next' | 'previous' | 'first' | 'last';

/** Id of the title screen, and the fragment of a link back to it. */
export const TITLE_ID = 'titre';
export const END_ID = 'fin';
export const stepId = (number: number) => `etape-${number}`;

/** The id of screen `index` (its element's id and its fragment). */
export function slideId(index: number, steps: number): string {
  if (index <= 0) return TITLE_ID;
  return index > steps ? END_ID : stepId(index);
}

/** The fragment of the address for screen `index`: none for the title screen. */
export function hashOfSlide(index: number, steps: number): string {
  return index <= 0 ? '' : `#${slideId(index, steps)}`;
}

/** The screen a fragment names; undefined when it names none (another section, a step gone). */
export function slideFromHash(hash: string, steps: number): number | undefined {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return undefined;
  }
  if (id === '' || id === TITLE_ID) return 0;
  if (id === END_ID) return steps + 1;
  const match = /^etape-([1-9]\d{0,3})$/.exec(id);
  const number = match ? Number(match[1]) : NaN;
  return number >= 1 && number <= steps ? number : undefined;
}

/** What a key does, as presenters' remotes send them: → Space Page↓ next, ← Page↑ back, Home, End. */
export function deckAction(key: string): DeckAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** The screen an action leads to from `current`, among `steps + 2` screens; never outside them. */
export function targetSlide(action: DeckAction, current: number, steps: number): number {
  const last = steps + 1;
  const next = action === 'next' ? current + 1 : action === 'previous' ? current - 1 : action === 'first' ? 0 : last;
  return Math.min(last, Math.max(0, next));
}

/** Where the deck is, as shown under the screen: « Titre », « Étape 3 sur 7 », « Fin ». */
export function positionText(index: number, steps: number): string {
  if (index <= 0) return 'Titre';
  if (index > steps) return 'Fin';
  return `Étape ${index} sur ${steps}`;
}

/** What a screen reader hears on arriving at a screen: the position, then the screen's title. */
export function positionAnnouncement(index: number, steps: number, title: string): string {
  return `${positionText(index, steps)}${NNBSP}: ${title}`;
}
