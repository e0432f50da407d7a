/**
 * `npm run build` must print no warning. A real `astro build` of the site from an empty cache
 * (some steps only warn when nothing is cached) must succeed without a single warning line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithEditedContent, removeCopies } from './build-with';

afterAll(removeCopies);

describe('the build log', { timeout: 180_000 }, () => {
  it('has no warning on a build from an empty cache', () => {
    const { status, output } = buildWithEditedContent(() => {});
    expect(status, output).toBe(0);
    // The log was read: Astro's closing line is there.
    expect(output).toMatch(/\[build\] Complete!/);
    expect(output.split('\n').filter((line) => /warn/i.test(line))).toEqual([]);
  });
});
