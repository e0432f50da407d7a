import { describe, expect, it } from 'vitest';
import { groupByTheme, neighbours, readingOrder, type NavPage } from '../../src/lib/navigation';

const page = (id: string, themes: NavPage['themes'], order = 100): NavPage => ({
  id,
  title: id.toUpperCase(),
  href: `/guides/${id}/`,
  themes,
  order,
});

describe('groupByTheme', () => {
  it('groups by main theme in the fixed theme order and sorts by order then title', () => {
    const groups = groupByTheme([
      page('b', ['gouvernance'], 20),
      page('a', ['gouvernance'], 10),
      page('c', ['comprendre', 'gouvernance']),
      page('z', ['gouvernance'], 20),
    ]);
    expect(groups.map((g) => g.theme)).toEqual(['comprendre', 'gouvernance']);
    expect(groups[1]?.pages.map((p) => p.id)).toEqual(['a', 'b', 'z']);
  });

  it('lists a page once, under its first theme', () => {
    const groups = groupByTheme([page('c', ['comprendre', 'gouvernance'])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.label).toBe('Comprendre la coopération et les PTCE');
  });
});

describe('neighbours', () => {
  const pages = [page('x', ['ecueils']), page('y', ['comprendre']), page('w', ['diagnostic'])];

  it('follows the reading order across themes', () => {
    expect(readingOrder(pages).map((p) => p.id)).toEqual(['y', 'w', 'x']);
    const { previous, next } = neighbours(pages, 'w');
    expect(previous?.id).toBe('y');
    expect(next?.id).toBe('x');
  });

  it('has no previous for the first page, no next for the last, nothing for an unknown id', () => {
    expect(neighbours(pages, 'y').previous).toBeUndefined();
    expect(neighbours(pages, 'x').next).toBeUndefined();
    expect(neighbours(pages, 'nope')).toEqual({ previous: undefined, next: undefined });
  });
});
