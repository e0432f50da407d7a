import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LINES, readMemberList, type MemberList } from '../../../src/lib/decision/member-list.ts';
import { MAX_COLLEGES, MAX_MEMBERS, MAX_NAME_LENGTH } from '../../../src/lib/decision/scenario-codec.ts';
import { isWeight } from '../../../src/lib/decision/types.ts';

const read = (text: string, room = MAX_MEMBERS, colleges: string[] = []) => readMemberList(text, { room, colleges });
/** Text with every kind of space made ordinary. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
const reasons = (list: MemberList) => list.problems.map((p) => `${p.line}${p.lastLine === undefined ? '' : `-${p.lastLine}`}: ${plain(p.reason)}`);

describe('readMemberList', () => {
  it('reads tab-separated lines copied from a spreadsheet, with a header row and decimal commas', () => {
    const list = read('Nom\tCollège\tVoix\nAline Morel\tSalariés\t1\nBruno\tBénéficiaires\t2,5\r\nCommune de Vals\tCollectivités\t1 000\n');
    expect(list.separator).toBe('tab');
    expect(list.headerLine).toBe(1);
    expect(list.columns).toEqual(['name', 'college', 'weight']);
    expect(list.members).toEqual([
      { line: 2, name: 'Aline Morel', college: 'Salariés', weight: 1 },
      { line: 3, name: 'Bruno', college: 'Bénéficiaires', weight: 2.5 },
      { line: 4, name: 'Commune de Vals', college: 'Collectivités', weight: 1000 },
    ]);
    expect(list.newColleges).toEqual(['Salariés', 'Bénéficiaires', 'Collectivités']);
    expect(list.problems).toEqual([]);
  });

  it('reads semicolons, columns in any order under a header, and joins first and last names', () => {
    const list = read('Voix;Prénom;Nom;Téléphone;Collège\n3;Aline;Morel;0600;Salariés\n;Bruno;;;\n');
    expect(list.separator).toBe('semicolon');
    expect(list.columns).toEqual(['weight', 'name', 'name', undefined, 'college']);
    expect(list.members).toEqual([
      { line: 2, name: 'Aline Morel', college: 'Salariés', weight: 3 },
      { line: 3, name: 'Bruno', weight: 1 },
    ]);
  });

  it('without a header, takes name, college, weight — or name, weight when every second cell is a number', () => {
    expect(read('Aline;Salariés;2\nBruno;;').members).toEqual([
      { line: 1, name: 'Aline', college: 'Salariés', weight: 2 },
      { line: 2, name: 'Bruno', weight: 1 },
    ]);
    expect(read('Aline;2\nBruno;0,5').members).toEqual([
      { line: 1, name: 'Aline', weight: 2 },
      { line: 2, name: 'Bruno', weight: 0.5 },
    ]);
    expect(read('Aline;2\nBruno;Salariés').members.map((m) => m.college)).toEqual(['2', 'Salariés']);
    // One name a line, no separator at all.
    expect(read('Aline\n\n  Bruno  \n').members).toEqual([
      { line: 1, name: 'Aline', weight: 1 },
      { line: 3, name: 'Bruno', weight: 1 },
    ]);
  });

  it('takes the first unnamed column as the names when the header names none', () => {
    const list = read('Qui\tCollège\nAline\tSalariés');
    expect(list.columns).toEqual(['name', 'college']);
    expect(list.members).toEqual([{ line: 2, name: 'Aline', college: 'Salariés', weight: 1 }]);
  });

  it('removes the quotes a spreadsheet puts around a cell', () => {
    expect(read('"Dupont; fils ""et"" cie"\t"Autres"\t"2"').members).toEqual([
      { line: 1, name: 'Dupont; fils "et" cie', college: 'Autres', weight: 2 },
    ]);
  });

  it('reports each bad line with its number and reason, and keeps the good ones', () => {
    const long = 'x'.repeat(MAX_NAME_LENGTH + 1);
    const list = read(['Nom\tCollège\tPoids', 'Aline\tA\t1', '\tA\t1', 'Bruno\tA\tdeux', 'Chloé\tA\t-3', `${long}\tA\t1`, 'Dan\tA\t1e3', 'Émile\tA\t2000000000000', 'Farid\tA\t12,5'].join('\n'));
    expect(list.members.map((m) => [m.line, m.name, m.weight])).toEqual([
      [2, 'Aline', 1],
      [9, 'Farid', 12.5],
    ]);
    expect(reasons(list)).toEqual([
      '3: Le nom est vide.',
      '4: Le poids « deux » n’est pas un nombre : écrivez par exemple 12 ou 12,5.',
      '5: Le poids « -3 » est négatif : il doit être positif ou nul.',
      `6: Le nom « ${'x'.repeat(29)}… » dépasse 60 caractères.`,
      '7: Le poids « 1e3 » n’est pas un nombre : écrivez par exemple 12 ou 12,5.',
      '8: Le poids « 2000000000000 » dépasse 1 000 000 000 000.',
    ]);
  });

  it('matches colleges already there without accents or case, and names the new ones once', () => {
    const list = read('A\tsalaries\nB\tSALARIÉS\nC\tUsagers\nD\tusagers', MAX_MEMBERS, ['Salariés']);
    expect(list.newColleges).toEqual(['Usagers']);
    expect(list.members.map((m) => m.college)).toEqual(['salaries', 'SALARIÉS', 'Usagers', 'usagers']);
  });

  it('stops at the room left, and says which lines are left out', () => {
    const lines = Array.from({ length: 70 }, (_, i) => `Membre ${i + 1}\t\t1`);
    const full = read(lines.join('\n'));
    expect(full.members).toHaveLength(MAX_MEMBERS);
    expect(reasons(full)).toEqual(['61-70: Ces 10 membres ne sont pas importés : le simulateur accepte 60 membres au plus, et les lignes précédentes les occupent déjà.']);
    const some = read(lines.slice(0, 5).join('\n'), 3);
    expect(some.members.map((m) => m.line)).toEqual([1, 2, 3]);
    expect(reasons(some)).toEqual([
      '4-5: Ces 2 membres ne sont pas importés : le simulateur accepte 60 membres au plus, il reste de la place pour 3 membres, et les lignes précédentes les occupent déjà.',
    ]);
    // Bad lines take no room.
    expect(read('Aline\t\tx\nBruno\t\t1', 1).members.map((m) => m.name)).toEqual(['Bruno']);
  });

  it('refuses a college beyond the maximum', () => {
    const existing = Array.from({ length: MAX_COLLEGES }, (_, i) => `K${i}`);
    const list = read('Aline\tK3\nBruno\tNouveau', MAX_MEMBERS, existing);
    expect(list.members.map((m) => m.name)).toEqual(['Aline']);
    expect(reasons(list)).toEqual(['2: Le collège « Nouveau » ne peut pas être créé : le simulateur accepte 60 collèges au plus.']);
  });

  it('reads the first lines only of a huge paste', () => {
    const list = read(`${'\n'.repeat(MAX_LINES + 5)}Aline`);
    expect(list.members).toEqual([]);
    expect(reasons(list)).toEqual([`${MAX_LINES + 1}-${MAX_LINES + 6}: Seules les 1 000 premières lignes sont lues.`]);
    expect(read('\n'.repeat(MAX_LINES + 5)).problems).toEqual([]);
  });

  it('never throws, reports every data line as a member or a problem, and keeps within the limits', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'Aline', 'Salariés', '1', '2,5', '1 000', '-1', 'x', '"q"', '""', 'Nom', 'Collège', 'Poids', ' ', '1e9', '99999999999999'),
      fc.string({ maxLength: 70 }),
    );
    const line = fc.array(cell, { maxLength: 5 }).chain((cells) => fc.constantFrom('\t', ';', ',').map((sep) => cells.join(sep)));
    const text = fc.oneof(fc.array(line, { maxLength: 80 }).map((l) => l.join('\n')), fc.string({ maxLength: 400 }));
    fc.assert(
      fc.property(text, fc.nat(MAX_MEMBERS), fc.array(fc.constantFrom('Salariés', 'A', 'b'), { maxLength: 3 }), (t, room, colleges) => {
        const list = read(t, room, colleges);
        expect(list.members.length).toBeLessThanOrEqual(room);
        for (const m of list.members) {
          expect(m.name.trim()).not.toBe('');
          expect([...m.name].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
          expect(isWeight(m.weight)).toBe(true);
        }
        expect(colleges.length + list.newColleges.length).toBeLessThanOrEqual(Math.max(MAX_COLLEGES, colleges.length));
        // Every non-blank line after the header is a member, a problem or inside a problem's range.
        const lines = t.split(/\r\n|\n|\r/);
        const covered = new Set(list.members.map((m) => m.line));
        for (const p of list.problems) {
          expect(p.reason.length).toBeGreaterThan(5);
          for (let l = p.line; l <= (p.lastLine ?? p.line); l += 1) covered.add(l);
        }
        lines.forEach((l, i) => {
          const blank = l.split(/[\t;]/).every((c) => c.trim() === '' || c.trim() === '""');
          if (!blank && i + 1 !== list.headerLine) expect(covered.has(i + 1), `ligne ${i + 1} : ${JSON.stringify(l)}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
