/**
 * Which value of a fact holds on a given day, how it is said (always with its period), and which
 * facts are due for a check.
 */
import { describe, expect, it } from 'vitest';
import { formatValue, valueState, valueText, figureSpacing, formatDay } from '../../../src/lib/facts/values.ts';
import { checkedTooLongAgo, dueForCheck, formatDueReport, type CheckableFact } from '../../../src/lib/facts/staleness.ts';
import type { ValueNoun } from '../../../src/lib/facts/labels.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NNBSP = '\u202f';
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

const franchise = {
  libelle: 'montant' as ValueNoun,
  valeurs: [
    { valeur: '76 679 €', annee: 2023 },
    { valeur: '78 596 €', annee: 2024 },
    { valeur: '80 011 €', annee: 2025 },
  ],
};
const procurement = {
  libelle: 'seuil' as ValueNoun,
  valeurs: [
    { valeur: '40 000 € HT', du: day('2020-01-01'), au: day('2026-03-31') },
    { valeur: '60 000 € HT', du: day('2026-04-01') },
  ],
};
const deMinimis = {
  libelle: 'plafond' as ValueNoun,
  valeurs: [{ valeur: '300 000 €', du: day('2024-01-01'), au: day('2030-12-31') }],
};

describe('value on a day', () => {
  it('takes the value of the year for yearly amounts', () => {
    expect(plain(formatValue(franchise, day('2024-06-15')))).toBe('78 596 € pour 2024');
    expect(plain(formatValue(franchise, day('2025-12-31')))).toBe('80 011 € pour 2025');
  });

  it('shows a past year’s amount with its year, never as current, and says the new one is missing', () => {
    const text = valueText(franchise, day('2026-11-30'));
    expect(text?.state).toBe('past');
    expect(plain(text?.value)).toBe('80 011 €');
    expect(text?.period).toBe('pour 2025');
    expect(text?.missing).toBe('montant 2026 non encore publié');
    expect(formatValue(franchise, day('2026-11-30'))).toBe(`80${NNBSP}011\u00a0€ pour 2025${NNBSP}; montant 2026 non encore publié`);
  });

  it('agrees « publiée » with a feminine noun', () => {
    expect(valueText({ ...franchise, libelle: 'valeur' }, day('2026-01-02'))?.missing).toBe('valeur 2026 non encore publiée');
  });

  it('switches dated thresholds on the day they change', () => {
    expect(plain(formatValue(procurement, day('2026-03-31')))).toBe('40 000 € HT (du 1er janvier 2020 au 31 mars 2026)');
    expect(plain(formatValue(procurement, day('2026-04-01')))).toBe('60 000 € HT depuis le 1er avril 2026');
    expect(valueState(procurement, day('2026-04-01'))).toMatchObject({ kind: 'current', value: { valeur: '60 000 € HT' } });
  });

  it('writes a range of whole years compactly, and says when it has ended', () => {
    expect(plain(formatValue(deMinimis, day('2026-11-30')))).toBe('300 000 € (2024–2030)');
    expect(plain(formatValue(deMinimis, day('2031-01-01')))).toBe(
      '300 000 € jusqu’au 31 décembre 2030 ; plafond en vigueur non encore publié',
    );
  });

  it('announces a value that is not yet in force', () => {
    expect(valueState(procurement, day('2019-05-01')).kind).toBe('future');
    expect(plain(formatValue(procurement, day('2019-05-01')))).toBe('40 000 € HT à partir du 1er janvier 2020');
  });

  it('uses the latest started value when a year is missing in between', () => {
    const gap = { libelle: 'montant' as ValueNoun, valeurs: [{ valeur: 'A', annee: 2023 }, { valeur: 'B', annee: 2025 }] };
    expect(valueState(gap, day('2024-05-05'))).toMatchObject({ kind: 'past', value: { valeur: 'A' } });
  });

  it('shows permanent values as they are, and nothing for facts without value', () => {
    const scop = { libelle: 'seuil' as ValueNoun, valeurs: [{ valeur: '51 % du capital' }] };
    expect(plain(formatValue(scop, day('2026-11-30')))).toBe('51 % du capital');
    expect(valueState(scop, day('2026-11-30')).kind).toBe('permanent');
    expect(formatValue({ libelle: 'montant', valeurs: [] }, day('2026-11-30'))).toBeUndefined();
  });
});

describe('figures and dates in French', () => {
  it('keeps a figure on one line', () => {
    expect(figureSpacing('80 011 €')).toBe(`80${NNBSP}011\u00a0€`);
    expect(figureSpacing('1 500 000 € HT')).toBe(`1${NNBSP}500${NNBSP}000\u00a0€\u00a0HT`);
    expect(figureSpacing('50 % du capital')).toBe('50\u00a0% du capital');
    expect(figureSpacing('15 pôles en 2021')).toBe('15 pôles en 2021');
  });

  it('writes the first of the month « 1er »', () => {
    expect(formatDay(day('2026-04-01'))).toBe('1er\u00a0avril 2026');
    expect(formatDay(day('2026-03-31'))).toBe('31\u00a0mars 2026');
  });
});

describe('facts due for a check', () => {
  const fact = (over: Partial<CheckableFact>): CheckableFact => ({
    id: 'un-fait',
    libelle: 'montant',
    valeurs: [],
    verifie_le: day('2026-11-30'),
    statut: 'vérifié',
    ...over,
  });

  it('counts twelve months from the check date', () => {
    expect(checkedTooLongAgo(day('2025-11-30'), day('2026-11-30'))).toBe(false);
    expect(checkedTooLongAgo(day('2025-11-29'), day('2026-11-30'))).toBe(true);
  });

  it('lists facts to verify, checked too long ago, or whose value has ended — with every reason', () => {
    const due = dueForCheck(
      [
        fact({ id: 'a-jour' }),
        fact({ id: 'marque', statut: 'à vérifier' }),
        fact({ id: 'ancien', verifie_le: day('2025-06-01') }),
        fact({ id: 'perime', ...franchise }),
        fact({ id: 'tout', statut: 'à vérifier', verifie_le: day('2024-01-01'), ...franchise }),
        fact({ id: 'encadre', ...deMinimis }),
      ],
      day('2026-11-30'),
    );
    expect(due).toEqual([
      { id: 'marque', reasons: ['a-verifier'] },
      { id: 'ancien', reasons: ['verification-ancienne'] },
      { id: 'perime', reasons: ['validite-terminee'] },
      { id: 'tout', reasons: ['a-verifier', 'verification-ancienne', 'validite-terminee'] },
    ]);
  });

  it('prints one concise block, or nothing', () => {
    expect(formatDueReport([])).toBe('');
    expect(formatDueReport([{ id: 'perime', reasons: ['validite-terminee'] }])).toBe(
      '1 fait(s) à revérifier dans content/faits.yaml :\n  - perime : la dernière valeur n’est plus en vigueur',
    );
  });
});
