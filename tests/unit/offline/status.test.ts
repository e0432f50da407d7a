import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/lib/fr.ts';
import { BEFORE_REGISTRATION, indicatorView, isPrecacheReport, OFFLINE_TEXT, offlineState, type OfflineSnapshot } from '../../../src/lib/offline/status.ts';

const base: OfflineSnapshot = { ...BEFORE_REGISTRATION, registered: true };
const state = (changes: Partial<OfflineSnapshot>) => offlineState({ ...base, ...changes });
const complete = { expected: 180, cached: 180 };

describe('the offline indicator', () => {
  it('stays out of the page where no service worker could be registered', () => {
    expect(state({ registered: false })).toBe('absent');
    expect(state({ registered: false, active: true, report: complete, waiting: true })).toBe('absent');
    expect(state({})).toBe('absent');
    expect(indicatorView('absent')).toEqual({ visible: false, text: '', action: false });
  });

  it('follows a first visit: storing, then stored once the worker has counted its files', () => {
    expect(state({ installing: true })).toBe('preparing');
    // Installed, not yet active (a worker waits when no other runs only for a moment).
    expect(state({ waiting: true })).toBe('preparing');
    expect(state({ active: true })).toBe('checking');
    expect(state({ active: true, report: complete })).toBe('ready');
    expect(indicatorView('preparing')).toEqual({ visible: true, text: 'Préparation du mode hors connexion…', action: false });
    expect(indicatorView('ready')).toEqual({ visible: true, text: 'Disponible hors connexion', action: false });
  });

  it('keeps its words while the worker counts, rather than flashing « Préparation… » on each page', () => {
    expect(indicatorView('checking')).toBeUndefined();
  });

  it('says when files are missing from the store, and when an installation failed', () => {
    expect(state({ active: true, report: { expected: 180, cached: 179 } })).toBe('incomplete');
    expect(state({ active: true, report: { expected: 180, cached: 0 } })).toBe('incomplete');
    expect(state({ installFailed: true })).toBe('failed');
    // A worker still running is worth more than a failed update of it.
    expect(state({ installFailed: true, active: true, report: complete })).toBe('ready');
    expect(indicatorView('incomplete')?.text).toBe('Mode hors connexion incomplet\u202f: il se complète à la prochaine visite connectée.');
    expect(indicatorView('failed')?.text).toMatch(/^Mode hors connexion indisponible pour l’instant\u202f: /);
  });

  it('offers « Mettre à jour » when a new version waits or another tab made it active', () => {
    expect(state({ active: true, waiting: true, report: complete })).toBe('update');
    expect(state({ active: true, waiting: true })).toBe('update');
    expect(state({ active: true, report: { expected: 180, cached: 3 }, waiting: true })).toBe('update');
    expect(state({ active: true, report: complete, replaced: true })).toBe('update');
    expect(indicatorView('update')).toEqual({ visible: true, text: 'Une nouvelle version du site est prête.', action: true });
    expect(OFFLINE_TEXT.action).toBe('Mettre à jour');
  });

  it('says it is updating once the reader chose to, keeping the button where the focus is', () => {
    expect(state({ active: true, waiting: true, updating: true })).toBe('updating');
    expect(indicatorView('updating')).toEqual({ visible: true, text: 'Mise à jour…', action: true });
  });

  it('in any situation, shows a French sentence, and the button only for a new version', () => {
    const snapshot = fc.record({
      registered: fc.boolean(),
      installing: fc.boolean(),
      waiting: fc.boolean(),
      active: fc.boolean(),
      installFailed: fc.boolean(),
      replaced: fc.boolean(),
      updating: fc.boolean(),
      report: fc.option(fc.record({ expected: fc.nat(500), cached: fc.nat(500) }), { nil: undefined }),
    });
    fc.assert(
      fc.property(snapshot, (s) => {
        const current = offlineState(s);
        const view = indicatorView(current);
        if (!view) return current === 'checking' && s.active && !s.report;
        if (!view.visible) return view.text === '' && !view.action;
        const ready = current === 'ready';
        return (
          view.text.length > 0 &&
          view.action === (current === 'update' || current === 'updating') &&
          (!ready || (s.active && !s.waiting && !!s.report && s.report.cached >= s.report.expected))
        );
      }),
    );
  });
});

describe('the worker’s report', () => {
  it('is read only when it has the expected shape', () => {
    expect(isPrecacheReport({ expected: 3, cached: 2 })).toBe(true);
    for (const value of [null, undefined, 3, 'ok', {}, { expected: 3 }, { expected: '3', cached: 3 }, { expected: 3, cached: -1 }, { expected: 1.5, cached: 1 }]) {
      expect(isPrecacheReport(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('never throws on whatever a message carries', () => {
    fc.assert(fc.property(fc.anything(), (value) => typeof isPrecacheReport(value) === 'boolean'));
  });
});

describe('the indicator’s words', () => {
  it('follow French typography', () => {
    for (const text of Object.values(OFFLINE_TEXT)) expect(frenchSpacing(text), text).toBe(text);
  });
});
