import type { College, Member, Position, Positions } from '../../../src/lib/decision/types.ts';

/** n one-person-one-vote members m1…mn, optionally in a college. */
export function people(n: number, college?: string, prefix = 'm'): Member[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    name: `${prefix.toUpperCase()}${i + 1}`,
    weight: 1,
    ...(college === undefined ? {} : { college }),
  }));
}

/** Positions from a list aligned with members. */
export function vote(members: readonly Member[], list: readonly Position[]): Positions {
  return Object.fromEntries(members.map((m, i) => [m.id, list[i] ?? 'absent']));
}

export function repeat(position: Position, n: number): Position[] {
  return new Array<Position>(n).fill(position);
}

export const THREE_COLLEGES: College[] = [
  { id: 'a', name: 'A', share: 0.4 },
  { id: 'b', name: 'B', share: 0.3 },
  { id: 'c', name: 'C', share: 0.3 },
];
