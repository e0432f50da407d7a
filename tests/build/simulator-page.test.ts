/**
 * The simulator's page, now written in content/outils/simulateur-decision.mdx: its section
 * addresses already sent in newsletters, its computed examples and its embedded tool.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';

const file = 'dist/outils/simulateur-decision/index.html';

describe('simulator page', () => {
  if (!existsSync(file)) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  const root = parse(readFileSync(file, 'utf8'));

  it('keeps every section id published with the first edition', () => {
    const published = [
      'simulateur', 'les-regles', 'abstentions-et-quorum', 'indices-de-pouvoir', 'exemple-50-49-1', 'exemple-cee-1958',
      'exemple-30-pour-cent', 'exemple-veto', 'exemple-colleges', 'verifications-scic', 'en-atelier', 'conseil-juridique',
    ];
    for (const id of published) expect(root.querySelector(`h2#${id}, h3#${id}`), id).not.toBeNull();
  });

  it('lists its sections in the table of contents, from the headings', () => {
    const toc = root.querySelectorAll('.toc a').map((a) => a.getAttribute('href'));
    expect(toc).toContain('#simulateur');
    expect(toc).toContain('#exemple-cee-1958');
  });

  it('shows the worked examples computed by the simulator code', () => {
    expect(root.querySelectorAll('.ds-example table')).toHaveLength(6);
    const text = root.querySelector('#exemple-cee-1958')?.parentNode?.nextElementSibling?.text ?? '';
    expect(text).toContain('Avec 5,9\u00a0% des voix, son pouvoir sur les propositions de la Commission était de 0\u00a0%');
  });

  it('embeds the island with a message for readers without JavaScript', () => {
    expect(root.querySelector('.ds-host astro-island')).not.toBeNull();
    expect(root.querySelector('.ds-host noscript')).not.toBeNull();
  });
});
