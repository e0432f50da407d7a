import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_BOM, csvCell, toCsv } from '../../src/lib/csv.ts';

/** A small RFC 4180 reader (with ; as separator), to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a BOM, semicolons, CRLF, French decimals and escapes what needs it', () => {
    const csv = toCsv([
      ['a', 3.456, 4, undefined],
      ['avec ; point-virgule', 'avec "guillemets"', 'ligne\nsuivante', ' espace'],
      ['=SOMME(A1)', '+33', '-2', '@x'],
      [],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('a;3,46;4;');
    expect(lines[1]).toBe('"avec ; point-virgule";"avec ""guillemets""";"ligne\nsuivante";" espace"');
    expect(lines[2]).toBe("'=SOMME(A1);'+33;'-2;'@x");
    expect(lines[3]).toBe('');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps as many decimals as asked, without grouping thousands', () => {
    expect(csvCell(100 / 3, { decimals: 4 })).toBe('33,3333');
    expect(csvCell(1234567.5)).toBe('1234567,5');
    expect(csvCell(-1e-12, { decimals: 4 })).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('reads back every text cell exactly, formulas defused', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const back = parseCsv(toCsv(rows).slice(CSV_BOM.length));
        expect(back).toEqual(rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))));
      }),
    );
  });
});
