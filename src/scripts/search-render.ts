/** DOM rendering of search results, shared by the header panel and the search page. */
import type { SearchOutcome } from './search-engine.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind excerpts are escaped text with <mark> only; keep just that. */
function setExcerpt(node: HTMLElement, excerpt: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  node.replaceChildren(
    ...Array.from(template.content.childNodes).map((child) =>
      child.nodeName === 'MARK' ? el('mark', undefined, child.textContent ?? '') : document.createTextNode(child.textContent ?? ''),
    ),
  );
}

export function resultCountMessage(query: string, total: number): string {
  const q = `«\u202f${query.trim()}\u202f»`;
  if (total === 0) return `Aucun résultat pour ${q}. Essayez un mot plus court ou un synonyme.`;
  return total === 1 ? `1 résultat pour ${q}.` : `${total} résultats pour ${q}.`;
}

export function renderResults(list: HTMLElement, outcome: SearchOutcome): void {
  list.replaceChildren(
    ...outcome.hits.map((hit) => {
      const item = el('li', 'search-result');
      const heading = el('p', 'search-result__title');
      const link = el('a', undefined, hit.title);
      link.href = hit.url;
      heading.append(link);
      if (hit.type) heading.append(' ', el('span', 'tag', hit.type));
      const excerpt = el('p', 'search-result__excerpt');
      setExcerpt(excerpt, hit.excerpt);
      item.append(heading, excerpt);
      if (hit.sections.length > 0) {
        const sections = el('ul', 'search-result__sections');
        for (const section of hit.sections) {
          const li = el('li');
          const a = el('a', undefined, section.title);
          a.href = section.url;
          a.setAttribute('aria-label', `${section.title} (section de ${hit.title})`);
          li.append(a);
          sections.append(li);
        }
        item.append(sections);
      }
      return item;
    }),
  );
}

/** Arrow keys move between the links of a result list; Escape is left to the caller. */
export function enableArrowNavigation(container: HTMLElement, onTop: () => void): void {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(container.querySelectorAll<HTMLAnchorElement>('a[href]'));
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') onTop();
  });
}
