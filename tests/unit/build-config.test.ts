/** The build's log filter drops exactly the known upstream warning, nothing else. */
import { describe, expect, it, vi } from 'vitest';
import config from '../../astro.config.mjs';

const onLog = config.vite?.build?.rolldownOptions?.onLog;

function passesThrough(level: 'warn' | 'info', log: { code?: string; message: string }): boolean {
  const handler = vi.fn();
  onLog?.(level, log, handler);
  return handler.mock.calls.length === 1;
}

describe('the build log filter', () => {
  it('drops the "use astro:head-inject" directive warning (withastro/astro#18087)', () => {
    expect(onLog).toBeTypeOf('function');
    const message =
      'The semantics of the module level directive "use astro:head-inject" in "content/fiches/x.mdx?astroPropagatedAssets" may not be preserved when bundling.';
    expect(passesThrough('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(false);
  });

  it('keeps other directive warnings and other logs', () => {
    const other = 'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.';
    expect(passesThrough('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: other })).toBe(true);
    expect(passesThrough('warn', { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency "use astro:head-inject"' })).toBe(true);
    expect(passesThrough('info', { message: 'built in 1s' })).toBe(true);
  });
});
