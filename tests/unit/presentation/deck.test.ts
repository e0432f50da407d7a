import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deckAction, hashOfSlide, positionAnnouncement, positionText, slideFromHash, slideId, targetSlide } from '../../../src/lib/presentation/deck.ts';

describe('the screens of a presentation and their addresses', () => {
  it('names the title screen, each step and the end', () => {
    expect([0, 1, 7, 8].map((i) => slideId(i, 7))).toEqual(['titre', 'etape-1', 'etape-7', 'fin']);
    expect([0, 1, 7, 8].map((i) => hashOfSlide(i, 7))).toEqual(['', '#etape-1', '#etape-7', '#fin']);
  });

  it('finds the screen a fragment names, and none for another fragment or a step that is gone', () => {
    expect(slideFromHash('', 7)).toBe(0);
    expect(slideFromHash('#', 7)).toBe(0);
    expect(slideFromHash('#titre', 7)).toBe(0);
    expect(slideFromHash('#etape-3', 7)).toBe(3);
    expect(slideFromHash('etape-7', 7)).toBe(7);
    expect(slideFromHash('#fin', 7)).toBe(8);
    for (const hash of ['#etape-8', '#etape-0', '#etape-03', '#etape-3x', '#déroulé', '#%E0', '#etape--1']) expect(slideFromHash(hash, 7), hash).toBeUndefined();
  });

  it('reads back the fragment of every screen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(41), (steps, i) => {
        const index = Math.min(i, steps + 1);
        expect(slideFromHash(hashOfSlide(index, steps), steps)).toBe(index);
      }),
    );
  });
});

describe('moving with the keyboard', () => {
  it('maps the keys of a keyboard and of a presenter’s remote', () => {
    expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Enter', 'a', 'ArrowDown'].map(deckAction)).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('goes one screen on, back, to the title or to the end, and never past either end', () => {
    expect(targetSlide('next', 0, 7)).toBe(1);
    expect(targetSlide('next', 8, 7)).toBe(8);
    expect(targetSlide('previous', 3, 7)).toBe(2);
    expect(targetSlide('previous', 0, 7)).toBe(0);
    expect(targetSlide('first', 5, 7)).toBe(0);
    expect(targetSlide('last', 1, 7)).toBe(8);
    fc.assert(
      fc.property(fc.constantFrom('next', 'previous', 'first', 'last' as const), fc.integer({ min: -3, max: 50 }), fc.integer({ min: 1, max: 40 }), (action, current, steps) => {
        const target = targetSlide(action, current, steps);
        expect(target).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThanOrEqual(steps + 1);
      }),
    );
  });

  it('says where the deck is', () => {
    expect([0, 3, 8].map((i) => positionText(i, 7))).toEqual(['Titre', 'Étape 3 sur 7', 'Fin']);
    expect(positionAnnouncement(3, 7, 'Changer de table')).toBe('Étape 3 sur 7\u202f: Changer de table');
  });
});
