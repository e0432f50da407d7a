import { describe, expect, it } from 'vitest';
import { liveQuery } from '../../src/lib/search-query.ts';

describe('liveQuery', () => {
  it('waits for three letters before searching', () => {
    expect(liveQuery('')).toBeUndefined();
    expect(liveQuery('  g ')).toBeUndefined();
    expect(liveQuery('go')).toBeUndefined();
    expect(liveQuery('gou')).toBe('gou');
    expect(liveQuery('  Élu ')).toBe('Élu');
  });

  it('leaves out a last word of one or two letters, not the words before it', () => {
    expect(liveQuery('gouvernance p')).toBe('gouvernance');
    expect(liveQuery('gouvernance pa')).toBe('gouvernance');
    expect(liveQuery('gouvernance par')).toBe('gouvernance par');
    expect(liveQuery('SCIC et SA')).toBe('SCIC et');
  });

  it('counts letters, not UTF-16 units', () => {
    expect(liveQuery('é')).toBeUndefined();
    expect(liveQuery('œuf')).toBe('œuf');
  });
});
