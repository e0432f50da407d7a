/**
 * Data of the decision simulator read from content/: presets in list order, and the worked
 * examples of its guide, computed once per build.
 */
import { getCollection, getEntry } from 'astro:content';
import { scicRulesFrom, type ScicRules } from '../lib/decision/scic.ts';
import { factsById } from './facts.ts';
import { toPreset, type Preset } from '../lib/decision/presets.ts';
import { computeWorkedExample } from '../lib/decision/worked-examples.ts';
import type { PowerRow } from '../lib/decision/power-table.ts';
import { clauseLawFrom } from '../lib/decision/clause-law.ts';
import type { ClauseLaw } from '../lib/decision/clauses.ts';

let presetsCache: Promise<Preset[]> | undefined;

export function loadPresets(): Promise<Preset[]> {
  presetsCache ??= getCollection('presets').then((entries) =>
    entries
      .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
      .map((entry) => toPreset(entry.id, entry.data)),
  );
  return presetsCache;
}

const exampleCache = new Map<string, Promise<readonly PowerRow[]>>();

/**
 * The power table of a worked example, computed once per build however many figures of the page
 * quote it; the build stops with a French message naming the page and the example.
 */
export function workedExample(id: string): Promise<readonly PowerRow[]> {
  let rows = exampleCache.get(id);
  if (!rows) {
    rows = computeExample(id);
    exampleCache.set(id, rows);
  }
  return rows;
}

async function computeExample(id: string): Promise<readonly PowerRow[]> {
  const pages = await getCollection('outils');
  const page = pages.find((p) => p.data.exemples[id] !== undefined);
  const spec = page?.data.exemples[id];
  if (!page || !spec) {
    throw new Error(`Exemple chiffré « ${id} » introuvable : déclarez-le dans le champ « exemples » d’une page de content/outils/.`);
  }
  const result = computeWorkedExample(spec, await loadPresets());
  if (!result.ok) throw new Error(`content/outils/${page.id}.mdx, exemples.${id} : ${result.message}`);
  return result.rows;
}

/** The SCIC limits of content/scic.yaml, with the sources of the facts they cite. */
export async function scicRules(): Promise<ScicRules> {
  const entry = await getEntry('scic', 'scic');
  if (!entry) throw new Error('content/scic.yaml est introuvable : le simulateur de décision en a besoin.');
  const facts = await factsById();
  return scicRulesFrom(entry.data, (factId) => {
    const fact = facts.get(factId);
    if (!fact) throw new Error(`content/scic.yaml : le fait « ${factId} » n’existe pas dans content/faits.yaml.`);
    return { label: fact.source.titre, url: fact.source.url };
  });
}

/** What the draft clause cites: facts of content/faits.yaml and the SCIC college bounds. */
export async function clauseLaw(): Promise<ClauseLaw> {
  const facts = await factsById();
  return clauseLawFrom((id) => {
    const fact = facts.get(id);
    if (!fact) throw new Error(`Simulateur de décision, projet de clause : le fait « ${id} » n’existe pas dans content/faits.yaml.`);
    return fact;
  }, await scicRules());
}
