/** Browser side effects of the questionnaire tools; the shared ones are in ../shared/browser.ts. */
import { readExtras, type Questionnaire, type QuestionnaireExtras } from '../../lib/questionnaire/index.ts';
import { T } from '../../lib/questionnaire/messages.ts';
import { download, exportFileName } from '../shared/browser.ts';
import type { Announce } from '../shared/announcer.tsx';

const extrasLoads = new Map<string, Promise<QuestionnaireExtras | undefined>>();

/**
 * The advice and earlier versions of a questionnaire, fetched once from this site's file (see
 * src/lib/questionnaire/deferred.ts); undefined when they cannot be had (offline, a file of another
 * deployment), and then tried again at the next call.
 */
export function loadExtras(questionnaire: Questionnaire, href: string): Promise<QuestionnaireExtras | undefined> {
  const pending = extrasLoads.get(href);
  if (pending) return pending;
  const load = fetch(href, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : undefined))
    .then((data: unknown) => readExtras(questionnaire, data))
    .catch(() => undefined)
    .then((extras) => {
      if (!extras) extrasLoads.delete(href);
      return extras;
    });
  extrasLoads.set(href, load);
  return load;
}

/** Offers a CSV or JSON export, named after `base` and today's date, and says so. */
export function offerFile(base: string, extension: 'csv' | 'json', text: string, announce: Announce): void {
  const file = exportFileName(base, extension);
  download(file, text, extension === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
  announce(T.downloaded(file));
}

/** The result link for a share fragment: this page (without its query), with the answers in the fragment. */
export function resultLink(fragment: string): string {
  return `${location.origin}${location.pathname}${fragment}`;
}
