/**
 * Loads a questionnaire for its tool page, with the frozen earlier versions whose links it still
 * reads, and checks at build time that every recommendation link reaches an existing guide or fiche
 * section and that the earlier versions fit the current one. A problem stops the build with a
 * message naming the file and the field to fix.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry, render } from 'astro:content';
import { publishedFiches, publishedGuides } from './content.ts';
import { hrefOf, LEAD_SECTIONS } from '../lib/navigation.ts';
import {
  extrasFileName,
  extrasPath,
  findBrokenRecommendations,
  splitQuestionnaire,
  versionProblems,
  withEarlierVersions,
  type EarlierVersion,
  type Questionnaire,
  type QuestionnaireFile,
} from '../lib/questionnaire/index.ts';

async function sectionIdsByPage(): Promise<Map<string, Set<string>>> {
  const pages = new Map<string, Set<string>>();
  const entries = [...(await publishedGuides()), ...(await publishedFiches())];
  await Promise.all(
    entries.map(async (entry) => {
      const { headings } = await render(entry);
      pages.set(hrefOf(entry), new Set([LEAD_SECTIONS[entry.collection].slug, ...headings.map((h) => h.slug)]));
    }),
  );
  return pages;
}

let sections: Promise<Map<string, Set<string>>> | undefined;

/**
 * The current version of a questionnaire, checked, advice included, and its frozen earlier versions
 * as their files hold them.
 */
export async function loadQuestionnaireVersions(id: string): Promise<{ questionnaire: QuestionnaireFile; earlier: EarlierVersion[] }> {
  const entry = await getEntry('questionnaires', id);
  if (!entry) {
    throw new Error(
      `Questionnaire introuvable\u202f: content/questionnaires/${id}.yaml n’existe pas ou n’a pas été chargé.`,
    );
  }
  const file = entry.filePath ?? `content/questionnaires/${id}.yaml`;
  const all = await getCollection('questionnaires');
  const twin = all.find((q) => q.id !== id && q.data.shareCode === entry.data.shareCode);
  if (twin) {
    throw new Error(
      `${file}\u202f: le champ shareCode «\u202f${entry.data.shareCode}\u202f» est déjà utilisé par ${twin.filePath ?? twin.id}. Chaque questionnaire doit avoir le sien.`,
    );
  }
  const earlier = (await getCollection('questionnaireVersions')).filter((e) => e.id.split('/').pop() === id);
  for (const e of earlier) {
    if (e.id.split('/')[0] !== `v${e.data.version}`) {
      throw new Error(
        `${e.filePath ?? e.id}\u202f: ce fichier fige la version ${e.data.version}\u202f; rangez-le dans content/questionnaires/v${e.data.version}/.`,
      );
    }
  }
  const problems = versionProblems({ id: entry.id, ...entry.data }, earlier.map((e) => e.data));
  if (problems.length > 0) {
    throw new Error(`${file}, versions antérieures\u202f:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const questionnaire: QuestionnaireFile = { id: entry.id, ...entry.data };
  sections ??= sectionIdsByPage();
  const broken = findBrokenRecommendations(questionnaire, await sections);
  if (broken.length > 0) {
    const lines = broken.map(
      (b) => `  - ${file}, champ ${b.field}\u202f: «\u202f${b.href}\u202f» (${b.label}) → ${b.reason}`,
    );
    throw new Error(`${broken.length} lien(s) de recommandation cassé(s)\u202f:\n${lines.join('\n')}`);
  }
  return { questionnaire, earlier: earlier.map((e) => e.data) };
}

/** A questionnaire, checked, able to read its earlier versions. */
export async function loadQuestionnaire(id: string): Promise<Questionnaire> {
  const { questionnaire, earlier } = await loadQuestionnaireVersions(id);
  return withEarlierVersions(questionnaire, earlier);
}

/**
 * What a questionnaire's page gives its island: the questionnaire without its advice and earlier
 * versions, and where the build wrote them (src/pages/donnees/questionnaires/), which the island
 * loads when it needs them (src/lib/questionnaire/deferred.ts).
 */
export async function questionnaireForPage(
  id: string,
): Promise<{ questionnaire: Questionnaire; extras: { fileName: string; href: string; body: string } }> {
  const { questionnaire: file, earlier } = await loadQuestionnaireVersions(id);
  const { questionnaire, extras } = splitQuestionnaire(file, earlier);
  const body = JSON.stringify(extras);
  const fileName = extrasFileName(id, createHash('sha256').update(body).digest('hex').slice(0, 10));
  return { questionnaire, extras: { fileName, href: extrasPath(fileName), body } };
}

/** Every questionnaire's id. */
export async function questionnaireIds(): Promise<string[]> {
  return (await getCollection('questionnaires')).map((entry) => entry.id);
}
