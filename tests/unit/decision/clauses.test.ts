import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAUSE_BODIES, CLAUSE_DOCUMENTS, clauseText, draftClause, type ClauseScenario, type DraftClause } from '../../../src/lib/decision/clauses.ts';
import { clauseLawFrom } from '../../../src/lib/decision/clause-law.ts';
import { readRegistry } from '../../../src/lib/facts/files.ts';
import type { College, DecisionRule, Member } from '../../../src/lib/decision/types.ts';
import { realScicRules } from './scic-rules.ts';
import { people, THREE_COLLEGES } from './fixtures.ts';
import { rulesArb } from './arbitraries.ts';

const registry = readRegistry();
if (!registry.ok) throw new Error(registry.message);
const LAW = clauseLawFrom((id) => {
  const fact = registry.facts.find((f) => f.id === id);
  if (!fact) throw new Error(`unknown fact ${id}`);
  return fact;
}, realScicRules());

/** Text with every kind of space made ordinary. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const AG = { body: 'assemblee', document: 'statuts' } as const;

function draft(rule: DecisionRule, more: Partial<ClauseScenario> = {}, options: Parameters<typeof draftClause>[2] = AG): DraftClause {
  return draftClause({ members: people(4), colleges: [], rule, scic: false, ...more }, LAW, options);
}
/** The clause's paragraphs and list items, in plain spaces. */
const blocks = (c: DraftClause) => c.blocks.flatMap((b) => (b.kind === 'p' ? [plain(b.text)] : b.items.map((i) => `– ${plain(i)}`)));
const cited = (c: DraftClause) => c.law.map((l) => l.fact.id);

describe('draftClause', () => {
  it('simple majority: one vote each, no quorum, a tie rejects, abstentions are not votes cast', () => {
    const c = draft({ kind: 'simple' });
    expect(plain(c.kicker)).toBe('Projet de clause pour les statuts');
    expect(plain(c.heading)).toBe('Article [n] – Décisions de l’assemblée générale');
    expect(blocks(c)).toEqual([
      'Chaque membre de l’assemblée générale dispose d’une voix.',
      'Aucun quorum n’est exigé : l’assemblée générale délibère valablement quel que soit le nombre de membres présents ou représentés.',
      'Les décisions de l’assemblée générale sont prises à la majorité des suffrages exprimés : une proposition est adoptée lorsqu’elle recueille plus de voix pour que de voix contre. En cas de partage égal des voix, elle est rejetée.',
      'Les abstentions, les votes blancs et les votes nuls ne sont pas comptés parmi les suffrages exprimés.',
    ]);
    expect(cited(c)).toEqual(['sa-abstentions', 'association-regles-de-decision']);
    expect(c.annex).toBeUndefined();
    expect(c.checks).toEqual([]);
  });

  it('absolute majority of all members, quorum of half the members, abstentions counted against', () => {
    const c = draft({ kind: 'absolute', base: 'members', abstentionPolicy: 'counted-as-against', quorum: { fraction: 0.5, of: 'members' } }, {}, { body: 'conseil', document: 'statuts' });
    expect(blocks(c)).toEqual([
      'Chaque membre du conseil d’administration dispose d’une voix.',
      'Le conseil d’administration ne délibère valablement que si au moins la moitié de ses membres sont présents ou représentés.',
      '[Facultatif : si ce quorum n’est pas atteint, le conseil d’administration est convoqué de nouveau dans un délai de [à préciser] ; il délibère alors valablement quel que soit le nombre de membres présents ou représentés.]',
      'Les décisions du conseil d’administration sont prises à la majorité absolue de ses membres, présents ou non : une proposition est adoptée lorsqu’elle recueille les voix de plus de la moitié d’entre eux.',
      'Les abstentions, les votes blancs et les votes nuls sont comptés parmi les suffrages exprimés, avec le même effet qu’un vote contre. Les membres qui s’abstiennent sont comptés comme présents pour le calcul du quorum.',
    ]);
    expect(cited(c)).toEqual(['association-regles-de-decision']);
  });

  it('qualified majority: two thirds in words, a fraction as typed, a percentage otherwise', () => {
    expect(blocks(draft({ kind: 'qualified', threshold: 2 / 3, base: 'votesCast' }))).toContain(
      'Les décisions de l’assemblée générale sont prises à la majorité qualifiée : une proposition est adoptée lorsqu’elle recueille au moins les deux tiers des suffrages exprimés.',
    );
    const typed = draft({ kind: 'qualified', threshold: 16 / 30, base: 'members' }, { ratios: { threshold: { num: 16, den: 30 } } });
    expect(blocks(typed)).toContain(
      'Les décisions de l’assemblée générale sont prises à la majorité qualifiée de ses membres, présents ou non : une proposition est adoptée lorsqu’elle recueille les voix d’au moins 16/30 (53,33 %) d’entre eux.',
    );
    // A fraction typed for another value is not shown.
    const stale = draft({ kind: 'qualified', threshold: 0.6, base: 'votesCast' }, { ratios: { threshold: { num: 16, den: 30 } } });
    expect(blocks(stale).join(' ')).toContain('au moins 60 % des suffrages exprimés');
    expect(blocks(stale).join(' ')).not.toContain('16/30');
  });

  it('quorum in votes, typed as a fraction', () => {
    const c = draft({ kind: 'simple', quorum: { fraction: 1 / 3, of: 'weight' } }, { ratios: { quorum: { num: 10, den: 30 } } });
    expect(blocks(c)).toContain('L’assemblée générale ne délibère valablement que si les membres présents ou représentés détiennent au moins 10/30 (33,33 %) des voix.');
    expect(blocks(draft({ kind: 'simple', quorum: { fraction: 1 / 3, of: 'weight' } }))).toContain(
      'L’assemblée générale ne délibère valablement que si les membres présents ou représentés détiennent au moins le tiers des voix.',
    );
  });

  it('unanimity of the members present, or of all members as in a GIE whose contract is silent', () => {
    const present = draft({ kind: 'unanimity' });
    expect(blocks(present)).toContain(
      'Les décisions de l’assemblée générale sont prises à l’unanimité des membres présents ou représentés : une proposition est adoptée lorsqu’elle recueille au moins une voix pour et qu’aucun membre présent ou représenté ne vote contre. Une abstention ne fait pas obstacle à l’adoption.',
    );
    expect(blocks(present).join(' ')).not.toContain('Les abstentions, les votes blancs');
    const all = draft({ kind: 'unanimity', absents: 'block', abstentionPolicy: 'counted-as-against' });
    expect(blocks(all)).toContain(
      'Les décisions de l’assemblée générale sont prises à l’unanimité de ses membres, présents ou non : une proposition est adoptée lorsque tous prennent part au vote, qu’elle recueille au moins une voix pour et qu’aucun membre ne vote contre. Une abstention, un vote blanc ou un vote nul fait obstacle à l’adoption, comme un vote contre.',
    );
    expect(cited(all)).toEqual(['gie-unanimite', 'association-regles-de-decision']);
  });

  it('consent: the objection, its procedure, what follows a persistent objection, a review date', () => {
    const c = draft({ kind: 'consent' });
    const text = blocks(c);
    expect(text[2]).toBe(
      'Les décisions de l’assemblée générale sont prises par consentement : une proposition est adoptée lorsqu’aucun membre présent ou représenté n’y oppose d’objection motivée. Un avis contraire qui n’est pas une objection motivée ne fait pas obstacle à l’adoption.',
    );
    expect(text).toContain(
      'Une objection est motivée lorsque le membre qui la formule explique en quoi la proposition, si elle était adoptée, nuirait à l’objet de [nom de la structure] ou l’empêcherait d’atteindre ses objectifs. Une préférence pour une autre solution n’est pas une objection.',
    );
    expect(text.filter((t) => t.startsWith('– '))).toHaveLength(5);
    expect(text).toContain(
      '[À préciser : si l’objection n’est pas levée après [deux] tours, la proposition est [reportée à la réunion suivante] ou [soumise au vote de l’assemblée générale à la majorité de [à préciser]].]',
    );
    expect(text).toContain('Toute décision prise par consentement fixe la date à laquelle l’assemblée générale la réexaminera.');
    expect(text.at(-1)).toBe('Un membre peut s’abstenir : l’abstention ne fait pas obstacle à l’adoption.');
    expect(cited(c)).toEqual(['sas-majorite-minimale', 'association-regles-de-decision']);
  });

  it('capital-weighted vote: the votes of each member in an annex, a tie rejects', () => {
    const members: Member[] = [
      { id: 'a', name: 'Grand', weight: 50 },
      { id: 'b', name: 'Moyen', weight: 49 },
      { id: 'c', name: 'Petit', weight: 1 },
    ];
    const c = draft({ kind: 'capital' }, { members });
    expect(blocks(c)).toContain(
      'Les décisions de l’assemblée générale sont prises à la majorité des voix : une proposition est adoptée lorsqu’elle recueille plus de la moitié des voix exprimées. En cas de partage égal, elle est rejetée.',
    );
    expect(plain(c.annex?.heading ?? '')).toBe('Annexe – Nombre de voix de chaque membre');
    expect(c.annex?.items.map(plain)).toEqual(['Grand : 50 voix, soit 50 % du total', 'Moyen : 49 voix, soit 49 % du total', 'Petit : 1 voix, soit 1 % du total']);
    expect(cited(c)).toContain('cooperative-une-personne-une-voix');
    const seventy = draft({ kind: 'capital', threshold: 0.7, base: 'members' }, { members });
    expect(blocks(seventy).join(' ')).toContain('au moins 70 % du total des voix de ses membres, présents ou non.');
    expect(blocks(seventy).join(' ')).not.toContain('partage égal');
    // In a SCIC, the law shown is one vote for each associate (the SCIC check of the simulator says the rest).
    expect(cited(draft({ kind: 'capital' }, { members, scic: true }))).toContain('scic-une-personne-une-voix');
  });

  it('SCIC colleges, proportional reading: shares, one vote in each college, the bounds of the law', () => {
    const colleges: College[] = [
      { id: 's', name: 'Salariés', share: 0.3 },
      { id: 'b', name: 'Bénéficiaires', share: 0.3 },
      { id: 'p', name: 'Producteurs', share: 0.2 },
      { id: 'c', name: 'Collectivités', share: 0.2 },
    ];
    const members = colleges.flatMap((c) => people(2, c.id, c.id));
    const c = draft({ kind: 'colleges-proportional' }, { members, colleges, scic: true, ratios: { colleges: { s: { num: 3, den: 10 } } } });
    expect(blocks(c).slice(0, 8)).toEqual([
      'Les associés sont répartis en 4 collèges de vote, qui disposent chacun de la part suivante du total des voix :',
      '– le collège « Salariés » : 3/10 (30 %) des voix ;',
      '– le collège « Bénéficiaires » : 30 % des voix ;',
      '– le collège « Producteurs » : 20 % des voix ;',
      '– le collège « Collectivités » : 20 % des voix.',
      'Au sein de chaque collège, chaque associé dispose d’une voix.',
      'Chaque associé appartient à un seul collège. [Les conditions d’affectation à un collège et de changement de collège sont à préciser.]',
      'Aucun collège ne peut détenir plus de 50 % ni moins de 10 % du total des droits de vote, et l’apport en capital n’est pas un critère de pondération des collèges (Loi n° 47-1775 du 10 septembre 1947, art. 19 octies).',
    ]);
    expect(blocks(c)).toContain(
      'Les décisions de l’assemblée générale sont prises par collèges. Dans chaque collège, les voix pour et les voix contre sont rapportées aux suffrages exprimés dans ce collège, puis multipliées par la part des voix du collège. Une proposition est adoptée lorsque les voix pour ainsi pondérées représentent plus de la moitié du total des suffrages ainsi pondérés. Un collège dont aucun associé n’a exprimé de suffrage n’est pas pris en compte. En cas de partage égal, elle est rejetée.',
    );
    expect(cited(c)).toEqual(['scic-colleges-de-vote', 'sa-abstentions', 'scic-une-personne-une-voix', 'association-regles-de-decision']);
    expect(c.checks).toEqual([]);
    // Every cited fact comes from the registry, with its source and check date.
    for (const { fact } of c.law) {
      const entry = registry.facts.find((f) => f.id === fact.id);
      expect(fact.statement).toBe(entry?.enonce);
      expect(fact.source.url).toBe(entry?.source.url);
      expect(fact.checked).toMatch(/^\d{1,2}(er)?\s\S+ \d{4}$/);
    }
  });

  it('bloc reading with unequal weights: inner and outer thresholds, an annex, and what to check', () => {
    const members: Member[] = [
      { id: 'm1', name: 'M1', weight: 1, college: 'a' },
      { id: 'm2', name: 'M2', weight: 3, college: 'a' },
      { id: 'm3', name: 'M3', weight: 1, college: 'b' },
      { id: 'm4', name: 'Sans', weight: 1 },
    ];
    const colleges = [...THREE_COLLEGES.slice(0, 2), { id: 'c', name: 'C', share: 0.2 }];
    const c = draft({ kind: 'colleges-bloc', innerThreshold: 2 / 3, threshold: 0.75 }, { members, colleges });
    expect(blocks(c).join(' ')).toContain(
      'il est favorable à la proposition lorsqu’elle y recueille au moins les deux tiers des suffrages exprimés, défavorable sinon, et apporte la totalité de sa part des voix à cette position.',
    );
    expect(blocks(c).join(' ')).toContain('Une proposition est adoptée lorsque les collèges favorables détiennent au moins les trois quarts des voix des collèges qui se sont prononcés.');
    expect(blocks(c)).toContain('Au sein de chaque collège, chaque membre dispose du nombre de voix indiqué en annexe.');
    // Shares of 90 % in all are brought to 100 %: 40/90 is 44,44 %.
    expect(blocks(c)).toContain('– le collège « A » : 44,44 % des voix ;');
    expect(c.annex?.items.map(plain)).toEqual(['M1 (collège « A ») : 1 voix', 'M2 (collège « A ») : 3 voix', 'M3 (collège « B ») : 1 voix', 'Sans : 1 voix']);
    expect(c.checks.map(plain)).toEqual([
      'Les parts des collèges totalisent 90 % dans le simulateur : la clause les ramène à 100 %. Vérifiez la part de chacun.',
      'Le collège « C » n’a aucun membre dans le simulateur : ses voix ne pourraient pas s’exprimer.',
      'Chaque membre doit appartenir à un collège ; sans collège dans le simulateur : « Sans ».',
    ]);
    expect(cited(c)).toContain('sas-majorite-minimale');
  });

  it('a college rule without colleges leaves them to define', () => {
    const c = draft({ kind: 'colleges-proportional' });
    expect(blocks(c)[0]).toBe('[Les collèges de vote de l’assemblée générale et la part des voix de chacun sont à définir.]');
    expect(c.checks.map(plain)).toEqual(['Le vote par collèges demande au moins un collège, avec sa part des voix : définissez-les dans le simulateur.']);
  });

  it('for the internal rules, says to check that the statutes leave these rules to them', () => {
    const c = draft({ kind: 'simple' }, {}, { body: 'comite', document: 'reglement' });
    expect(plain(c.kicker)).toBe('Projet de clause pour le règlement intérieur');
    expect(plain(c.heading)).toBe('Article [n] – Décisions du comité de pilotage');
    expect(c.checks.map(plain)).toEqual(['Pour le règlement intérieur : vérifiez que vos statuts lui confient ces règles et qu’il ne les contredit pas.']);
  });

  it('copies as plain text: the notice first, then the clause, its lists and its annex', () => {
    const c = draft({ kind: 'capital' }, { members: people(2) });
    const text = clauseText(c);
    const lines = text.split('\n').map(plain);
    expect(lines[0]).toBe('[Projet à faire relire avant adoption ; ce n’est pas un conseil juridique.]');
    expect(lines[2]).toBe('Projet de clause pour les statuts');
    expect(lines[3]).toBe('Article [n] – Décisions de l’assemblée générale');
    expect(lines).toContain('– M1 : 1 voix, soit 50 % du total');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('for any rule, body and scenario: French typography, nothing undefined, every fact found', () => {
    const scenario = fc.record({
      members: fc.array(fc.record({ id: fc.constantFrom('m1', 'm2', 'm3'), name: fc.string({ maxLength: 10 }), weight: fc.double({ min: 0, max: 1e6, noNaN: true }), college: fc.constantFrom(undefined, 'a', 'b', 'z') }), { maxLength: 6 }),
      colleges: fc.subarray(THREE_COLLEGES),
      scic: fc.boolean(),
    });
    fc.assert(
      fc.property(rulesArb(), scenario, fc.constantFrom(...CLAUSE_BODIES), fc.constantFrom(...CLAUSE_DOCUMENTS), (rule, s, body, document) => {
        const members = s.members.map(({ college, ...m }) => (college === undefined ? m : { ...m, college }));
        const c = draftClause({ ...s, members, rule }, LAW, { body, document });
        const texts = [c.kicker, c.heading, ...blocks(c), ...c.checks, ...(c.annex?.items ?? [])];
        for (const t of [c.kicker, c.heading, ...c.blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : b.items)), ...c.checks]) {
          expect(t).not.toMatch(/ [:;!?]|« | »/);
        }
        expect(texts.join(' ')).not.toMatch(/undefined|NaN|Infinity|\[object/);
        expect(c.law.every((l) => l.fact.statement.length > 20)).toBe(true);
        expect(clauseText(c).length).toBeGreaterThan(100);
      }),
      { numRuns: 300 },
    );
  });
});
