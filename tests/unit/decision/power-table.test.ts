import { describe, expect, it } from 'vitest';
import { analysePower } from '../../../src/lib/decision/power.ts';
import { powerCsv, powerTable } from '../../../src/lib/decision/power-table.ts';
import type { Member } from '../../../src/lib/decision/types.ts';
import { THREE_COLLEGES } from './fixtures.ts';

const trio: Member[] = [
  { id: 'a', name: 'Grand', weight: 50 },
  { id: 'b', name: 'Moyen', weight: 49 },
  { id: 'c', name: '=Petit; "1 %"', weight: 1 },
];

function analysis(members: readonly Member[], colleges = [] as typeof THREE_COLLEGES, kind: 'capital' | 'colleges-bloc' = 'capital') {
  const a = analysePower(members, colleges, { kind });
  if (!a.ok) throw new Error(a.message);
  return a;
}

describe('power table', () => {
  it('[51; 50, 49, 1]: one row per member with Banzhaf 60/20/20 %', () => {
    const table = powerTable(trio, [], analysis(trio));
    expect(table.members.map((r) => r.name)).toEqual(['Grand', 'Moyen', '=Petit; "1 %"']);
    expect(table.members.map((r) => r.banzhaf)).toEqual([0.6, 0.2, 0.2].map((x) => expect.closeTo(x, 12)));
    expect(table.members.map((r) => r.shapleyShubik)).toEqual([2 / 3, 1 / 6, 1 / 6].map((x) => expect.closeTo(x, 12)));
    expect(table.colleges).toEqual([]);
  });

  it('adds one row per college under a college rule', () => {
    const members: Member[] = [
      { id: 'a', name: 'A', weight: 1, college: 'a' },
      { id: 'b', name: 'B', weight: 1, college: 'b' },
      { id: 'c', name: 'C', weight: 1, college: 'c' },
      { id: 'd', name: 'D', weight: 1, college: 'c' },
    ];
    const table = powerTable(members, THREE_COLLEGES, analysis(members, THREE_COLLEGES, 'colleges-bloc'));
    expect(table.members.map((r) => r.detail)).toEqual(['A', 'B', 'C', 'C']);
    expect(table.colleges.map((r) => [r.name, r.detail])).toEqual([
      ['A', '1\u00a0membre'],
      ['B', '1\u00a0membre'],
      ['C', '2\u00a0membres'],
    ]);
    expect(table.colleges.reduce((s, r) => s + r.banzhaf, 0)).toBeCloseTo(1, 12);
  });
});

describe('power CSV', () => {
  it('starts with a BOM, uses ; and a decimal comma, CRLF line ends', () => {
    const csv = powerCsv(powerTable(trio, [], analysis(trio)));
    expect(csv.startsWith('\ufeffType;Nom;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5); // header, 3 members, trailing empty
    expect(lines[1]).toBe('Membre;Grand;;50;60;66,6667;oui;non'); // 50 of 100 with a quota of 51: a veto
    expect(lines[2]).toBe('Membre;Moyen;;49;20;16,6667;non;non');
    expect(lines[4]).toBe('');
  });

  it('quotes fields with separators or quotes and defuses formulas', () => {
    const csv = powerCsv(powerTable(trio, [], analysis(trio)));
    expect(csv).toContain(`Membre;"'=Petit; ""1 %""";;1;20;16,6667;non;non`);
  });

  it('writes shares and indices in percent with at most 4 decimals', () => {
    const csv = powerCsv(powerTable(trio, [], analysis(trio)));
    expect(csv).not.toMatch(/\d,\d{5}/);
  });
});
