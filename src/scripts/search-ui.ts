/** The header search panel: results under the field as the reader types. */
import { liveQuery } from '../lib/search-query.ts';
import { search } from './search-engine.ts';
import { enableArrowNavigation, renderResults, resultCountMessage } from './search-render.ts';

/** Quiet time after a key before searching: a steady typist's next key comes sooner. */
const DEBOUNCE_MS = 200;
/** Results shown under the field; the search page shows them all. */
const PANEL_RESULTS = 5;

export async function attachHeaderSearch(input: HTMLInputElement, form: HTMLFormElement): Promise<void> {
  const panel = document.createElement('div');
  panel.id = 'header-search-panel';
  panel.className = 'search-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Résultats de recherche');
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ul');
  list.className = 'search-results';
  const more = document.createElement('a');
  more.className = 'search-panel__more';
  more.textContent = 'Voir tous les résultats et filtrer par type ou thème';
  panel.append(status, list, more);
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-describedby', 'header-search-help');
  const help = document.createElement('span');
  help.id = 'header-search-help';
  help.className = 'visually-hidden';
  help.textContent = 'Les résultats s’affichent sous le champ ; flèche bas pour les parcourir, Échap pour les fermer, Échap à nouveau pour effacer.';
  form.append(help);

  const show = (visible: boolean): void => {
    panel.hidden = !visible;
    input.setAttribute('aria-expanded', String(visible));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const run = async (): Promise<void> => {
    const typed = input.value.trim();
    const ticket = ++latest;
    if (typed === '') {
      show(false);
      return;
    }
    show(true);
    more.href = `/recherche/?q=${encodeURIComponent(typed)}`;
    const query = liveQuery(typed);
    if (query === undefined) {
      status.textContent = 'Saisissez au moins trois lettres, ou appuyez sur Entrée pour chercher ce mot.';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Recherche en cours…';
    try {
      const outcome = await search(query, {}, PANEL_RESULTS, () => ticket === latest);
      if (ticket !== latest) return;
      status.textContent = resultCountMessage(query, outcome.total);
      renderResults(list, outcome);
    } catch {
      if (ticket !== latest) return;
      status.textContent = 'La recherche est indisponible pour le moment. Réessayez après avoir rechargé la page.';
      list.replaceChildren();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  // The panel reopens on a click or ArrowDown, never on focus alone: Escape must close it for good.
  input.addEventListener('click', () => {
    if (panel.hidden && input.value.trim() !== '') show(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      if (panel.hidden && input.value.trim() !== '') show(true);
      const first = panel.querySelector<HTMLAnchorElement>('a[href]');
      if (first && !panel.hidden) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      // First Escape closes the panel and keeps the query; once closed, Escape clears the field.
      // preventDefault: a search field would otherwise clear itself on the first Escape.
      event.preventDefault();
      if (!panel.hidden) show(false);
      else if (input.value !== '') {
        clearTimeout(timer);
        input.value = '';
        latest++;
        list.replaceChildren();
      }
    }
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      show(false);
      input.focus();
    }
  });
  enableArrowNavigation(panel, () => input.focus());
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node) && !panel.contains(event.target as Node)) show(false);
  });
  panel.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !form.contains(next) && !panel.contains(next)) show(false);
  });

  await run();
}
