import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FicheStepsError, ficheSteps } from '../../../src/lib/presentation/steps.ts';

const FILE = 'content/fiches/essai.mdx';
/** The Déroulé of a fiche as the site renders it: heading wrapped with its anchor, then the list. */
const page = (items: string, after = '') => `<p>Intro.</p>
<div class="heading-wrap heading-h2"><h2 id="préparation">Préparation</h2></div>
<ol><li>Une autre liste numérotée, avant le déroulé.</li></ol>
<div class="heading-wrap heading-h2"><h2 id="déroulé">Déroulé</h2><a class="heading-anchor" href="#déroulé"><span aria-hidden="true">#</span></a></div>
<ol>
${items}
</ol>
${after}
<div class="heading-wrap heading-h2"><h2 id="pièges">Pièges à éviter</h2></div>
<ul><li><strong>Un piège (5 min).</strong> Pas une étape.</li></ul>`;

const error = (html: string) => {
  try {
    ficheSteps(html, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(FicheStepsError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('ficheSteps', () => {
  it('reads the title, duration and text of each step, with the duration after or inside the bold title', () => {
    const steps = ficheSteps(
      page(`<li><strong>Valider le problème central</strong> (10 à 15 min). Présentez la formulation. Le groupe l’ajuste.</li>
<li><strong>Ouvrir (1 h).</strong> Tour rapide : « une phrase ».</li>
<li><strong>Pause (10 min).</strong></li>
<li><strong>Noter</strong> (en continu). Sur le paperboard.</li>`),
      FILE,
    );
    expect(steps).toEqual([
      { number: 1, title: 'Valider le problème central', duration: { min: 10, max: 15 }, durationLabel: '10 à 15\u00a0min', html: 'Présentez la formulation. Le groupe l’ajuste.' },
      { number: 2, title: 'Ouvrir', duration: { min: 60, max: 60 }, durationLabel: '1\u00a0h', html: 'Tour rapide : « une phrase ».' },
      { number: 3, title: 'Pause', duration: { min: 10, max: 10 }, durationLabel: '10\u00a0min', html: '' },
      { number: 4, title: 'Noter', duration: undefined, durationLabel: 'en continu', html: 'Sur le paperboard.' },
    ]);
  });

  it('keeps the markup of the text as rendered: links, facts, escaped characters', () => {
    const [step] = ficheSteps(
      page(`<li><strong>Tour de <a href="/glossaire/#consentement" class="glossary-link">consentement</a> (10 à 20 min).</strong> Chacun dit s’il a une <a href="/glossaire/#objection">objection</a> &amp; la <em>personne</em> parle<span class="fait" data-fait="x"><sup><a href="https://example.org/">source<span class="visually-hidden">&#8239;: Titre</span></a></sup></span>.</li>`),
      FILE,
    );
    expect(step?.title).toBe('Tour de consentement');
    expect(step?.html).toBe(
      'Chacun dit s’il a une <a href="/glossaire/#objection">objection</a> &amp; la <em>personne</em> parle<span class="fait" data-fait="x"><sup><a href="https://example.org/">source<span class="visually-hidden">&#8239;: Titre</span></a></sup></span>.',
    );
  });

  it('escapes again what the text right after the duration held', () => {
    const [step] = ficheSteps(page('<li><strong>Lister</strong> (15 min). Moins de 10 &lt; 20 &amp; <em>plus</em>.</li>'), FILE);
    expect(step?.html).toBe('Moins de 10 &lt; 20 &amp; <em>plus</em>.');
  });

  it('reads a loose list, whose items hold paragraphs, and keeps the other blocks of an item', () => {
    const steps = ficheSteps(
      page(`<li>
<p><strong>Lister</strong> (15 min). En binômes.</p>
<ul><li>un Post-it par idée</li></ul>
</li>
<li>
<p><strong>Clore (5 min).</strong></p>
</li>`),
      FILE,
    );
    expect(steps.map((s) => s.html)).toEqual(['<p>En binômes.</p><ul><li>un Post-it par idée</li></ul>', '']);
  });

  it('prefers the parentheses that read as a duration when the title has its own', () => {
    const [first, second] = ficheSteps(
      page(`<li><strong>Tour (facultatif)</strong> (10 min). Texte.</li>
<li><strong>Ouvrir (10 min).</strong> (Sans parole.) Texte.</li>`),
      FILE,
    );
    expect([first?.title, first?.duration]).toEqual(['Tour (facultatif)', { min: 10, max: 10 }]);
    expect([second?.title, second?.duration, second?.html]).toEqual(['Ouvrir', { min: 10, max: 10 }, '(Sans parole.) Texte.']);
  });

  it('stops at the first ordered list after the heading, not at a later one', () => {
    const steps = ficheSteps(page('<li><strong>Seule</strong> (5 min). Étape.</li>', '<p>Après.</p><ol><li>Pas une étape.</li></ol>'), FILE);
    expect(steps.map((s) => s.title)).toEqual(['Seule']);
  });

  it('names the file, the step and what is wrong', () => {
    expect(error('<h2>Préparation</h2><ol><li><strong>A</strong> (5 min).</li></ol>')).toBe(
      `${FILE}\u202f: pas de section «\u202fDéroulé\u202f» (un titre «\u202f## Déroulé\u202f» suivi d’une liste numérotée).`,
    );
    expect(error('<h2>Déroulé</h2><ul><li>Une puce</li></ul><h2>Suite</h2><ol><li><strong>A</strong> (5 min).</li></ol>')).toMatch(
      /^content\/fiches\/essai\.mdx\u202f: section «\u202fDéroulé\u202f», pas de liste numérotée des étapes/,
    );
    expect(error(page('<li><strong>A</strong> (5 min). Bien.</li><li>Accueillir le groupe (10 min).</li>'))).toMatch(
      /^content\/fiches\/essai\.mdx\u202f: section «\u202fDéroulé\u202f», étape 2 \(«\u202fAccueillir le groupe \(10 min\)\.\u202f»\)\u202f: elle ne commence pas par un titre en gras/,
    );
    expect(error(page('<li>Accueillir le groupe et présenter le déroulé de la séance (10 min).</li>'))).toContain(
      'étape 1 («\u202fAccueillir le groupe et présenter le…\u202f»)',
    );
    expect(error(page('<li><strong>Accueillir</strong>. Dix minutes.</li>'))).toMatch(
      /étape 1 \(«\u202fAccueillir\u202f»\)\u202f: pas de durée entre parenthèses après le titre\u202f; écrivez « 1\. \*\*Titre de l’étape\*\* \(10 min\)\. Texte… »/,
    );
    expect(error(page('<li><strong>Accueillir</strong> (dix minutes). Texte.</li>'))).toMatch(
      /étape 1 \(«\u202fAccueillir\u202f»\)\u202f: durée illisible «\u202fdix minutes\u202f»/,
    );
    expect(error(page('<li><strong>Accueillir (20 à 10 min).</strong> Texte.</li>'))).toMatch(/étape 1 \(«\u202fAccueillir\u202f»\)\u202f: durée .* la première borne dépasse la seconde/);
    expect(error(page('<li><strong> (10 min).</strong> Texte.</li>'))).toMatch(/étape 1\u202f: le titre en gras est vide/);
  });

  it('either reads steps or throws its own error, whatever the HTML', () => {
    const fragment = fc.oneof(
      fc.constantFrom('<h2>Déroulé</h2>', '<ol>', '</ol>', '<li>', '</li>', '<strong>', '</strong>', '<p>', '</p>', ' (10 min). ', '(', ')', '&amp;', 'Titre', '<a href="/x">', '</a>', '<!-- c -->'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        try {
          for (const step of ficheSteps(parts.join(''), FILE)) {
            expect(step.title).not.toBe('');
            if (step.duration) expect(step.duration.min).toBeLessThanOrEqual(step.duration.max);
          }
        } catch (e) {
          expect(e).toBeInstanceOf(FicheStepsError);
          expect((e as Error).message.startsWith(`${FILE}\u202f: `)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
