/**
 * One polite live region per tool, and the hook that feeds it. Each message replaces the
 * previous one; a message that follows an action at once (« Modèle chargé ») can be joined to
 * it as an outcome, so screen readers read both. The same text twice is still announced: an
 * invisible character alternates at its end.
 */
import { useCallback, useState } from 'preact/hooks';

/** How soon after an action an outcome is read with it. */
const MERGE_MS = 300;

interface Announcement {
  readonly text: string;
  readonly n: number;
  readonly at: number;
  readonly action: boolean;
}

export type Announce = (text: string, kind?: 'action' | 'outcome') => void;

export function useAnnouncer(): { announce: Announce; announcement: Announcement } {
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', n: 0, at: 0, action: false });
  const announce = useCallback<Announce>(
    (text, kind = 'action') =>
      setAnnouncement((a) => {
        const now = Date.now();
        const join = kind === 'outcome' && a.action && now - a.at < MERGE_MS;
        return { text: join ? `${a.text} ${text}` : text, n: a.n + 1, at: now, action: kind === 'action' };
      }),
    [],
  );
  return { announce, announcement };
}

export function LiveRegion({ announcement, testId }: { announcement: Announcement; testId?: string }) {
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {announcement.text}
      {announcement.n % 2 === 1 ? '\u200b' : ''}
    </div>
  );
}
