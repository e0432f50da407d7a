import { describe, expect, it } from 'vitest';
import { findInvalidDates, frontmatterOf, isCalendarDate } from '../../src/lib/frontmatter-dates.ts';

describe('isCalendarDate', () => {
  it('accepts real dates, quoted or not', () => {
    expect(isCalendarDate('2026-11-26')).toBe(true);
    expect(isCalendarDate('"2024-02-29"')).toBe(true);
  });
  it('rejects overflowing, partial and French-style dates', () => {
    for (const bad of ['2026-13-45', '2025-02-29', '2026-1-5', '26/11/2026', 'novembre 2026', '', "'2026-11-26\""]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });
});

describe('findInvalidDates', () => {
  it('finds top-level, list and inline-object dates with their line', () => {
    const yaml = [
      'title: "x"',
      'published: 2026-11-26',
      'updated: 2026-02-30',
      'sources:',
      '  - title: "a"',
      '    checked: 2026-11-26',
      '  - { title: "b", checked: 26/11/2026 }',
    ].join('\n');
    expect(findInvalidDates(yaml)).toEqual([
      { field: 'updated', value: '2026-02-30', line: 3 },
      { field: 'checked', value: '26/11/2026', line: 7 },
    ]);
  });

  it('checks the dates of « what changed » notes', () => {
    const yaml = ['changes:', '  - date: 2026-11-30', '    note: "Une section ajoutée."', '  - date: 2026-02-30', '    note: "Une autre."'].join('\n');
    expect(findInvalidDates(yaml)).toEqual([{ field: 'date', value: '2026-02-30', line: 4 }]);
  });

  it('reads only the frontmatter block', () => {
    expect(frontmatterOf('---\npublished: 2026-11-26\n---\n\npublished: nope')).toBe('published: 2026-11-26');
    expect(frontmatterOf('no frontmatter')).toBe('');
  });
});
