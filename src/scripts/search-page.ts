/** The /recherche/ page: runs the query from `?q=`, with type and theme filters kept in the URL. */
import { liveQuery } from '../lib/search-query.ts';
import { search, type Filters } from './search-engine.ts';
import { renderResults, resultCountMessage } from './search-render.ts';

export function setUpSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const theme = form.querySelector<HTMLSelectElement>('select[name="theme"]');
  const typeBoxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="type"]'));
  if (!input || !theme) return;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const chosenTypes = params.getAll('type');
  for (const box of typeBoxes) box.checked = chosenTypes.includes(box.value);
  theme.value = params.get('theme') ?? '';

  let latest = 0;
  /** `live`: run while typing, which waits for three letters (src/lib/search-query.ts). */
  const run = async (live = false): Promise<void> => {
    const typed = input.value.trim();
    const query = live && typed !== '' ? liveQuery(typed) : typed;
    const filters: Filters = {};
    const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
    if (types.length > 0) filters['type'] = types;
    if (theme.value) filters['theme'] = [theme.value];

    const next = new URLSearchParams();
    if (typed) next.set('q', typed);
    for (const t of types) next.append('type', t);
    if (theme.value) next.set('theme', theme.value);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);

    const ticket = ++latest;
    if (query === undefined) {
      status.textContent = 'Saisissez au moins trois lettres, ou appuyez sur Entrée pour chercher ce mot.';
      return;
    }
    if (query === '') {
      status.textContent = 'Saisissez un ou plusieurs mots, par exemple «\u202fgouvernance\u202f» ou «\u202fSCIC\u202f».';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Recherche en cours…';
    try {
      const outcome = await search(query, filters, 30, () => ticket === latest);
      if (ticket !== latest) return;
      status.textContent = resultCountMessage(query, outcome.total);
      renderResults(list, outcome);
    } catch {
      if (ticket !== latest) return;
      status.textContent = 'La recherche est indisponible pour le moment. Rechargez la page pour réessayer.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), 200);
  });
  void run();
}
