/**
 * `npm run build` must print no warning but the facts due for a check. A real `astro build` of the
 * site from an empty cache (some steps only warn when nothing is cached) must succeed without any
 * other warning line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithEditedContent, removeCopies } from './build-with.ts';

afterAll(removeCopies);

describe('the build log', { timeout: 180_000 }, () => {
  it('has no warning on a build from an empty cache', () => {
    const { status, output } = buildWithEditedContent(() => {});
    expect(status, output).toBe(0);
    // The log was read: Astro's closing line is there.
    expect(output).toMatch(/\[build\] Complete!/);
    // One warning is wanted: the list of facts due for a check (issue 9), printed as one block by the
    // facts-report integration while some facts of content/faits.yaml are due.
    const warnings = output.split('\n').filter((line) => /warn/i.test(line));
    expect(warnings.filter((line) => !line.includes('[faire-ensemble:facts-report]'))).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(1);
  });
});
