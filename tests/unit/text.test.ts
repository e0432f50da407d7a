import { describe, expect, it } from 'vitest';
import { countWords, formatDate, isoDate, rangeText, readingMinutes } from '../../src/lib/text.ts';

describe('countWords', () => {
  it('counts words of prose, not imports, tags or link targets', () => {
    const source = [
      "import Schema from '../../src/components/diagrams/Schema.astro';",
      '## Un titre',
      'Un [lien vers la page](/guides/une-page-tres-longue/) et du texte.',
      '<Schema />',
      '| a | b |',
    ].join('\n');
    // "Un titre / Un lien vers la page et du texte / a b" = 12 words
    expect(countWords(source)).toBe(12);
  });

  it('ignores lone punctuation such as French spaced colons', () => {
    expect(countWords('Attention : trois mots')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('rounds at 200 words a minute and never says zero', () => {
    expect(readingMinutes('mot')).toBe(1);
    expect(readingMinutes(Array(1000).fill('mot').join(' '))).toBe(5);
  });
});

describe('dates', () => {
  it('formats in French and as ISO', () => {
    const d = new Date('2026-11-26T00:00:00Z');
    expect(formatDate(d)).toBe('26 novembre 2026');
    expect(isoDate(d)).toBe('2026-11-26');
  });
});

describe('rangeText', () => {
  it('writes one value or a range, with a no-break space before the unit', () => {
    expect(rangeText({ min: 90, max: 150 }, 'minutes')).toBe('90 à 150\u00a0minutes');
    expect(rangeText({ min: 4, max: 4 }, 'personnes')).toBe('4\u00a0personnes');
  });
});
