/**
 * Smallest blocking minorities: the minimal-size sets of members whose « contre » alone prevents
 * any decision (everyone else voting « pour »).
 *
 * Weighted game [q; w]: a set B blocks when w(B) > total − q. The minimal size is exact: take the
 * heaviest members first (greedy is optimal for a size constraint). The sets of that size are then
 * enumerated depth-first, heaviest first, pruning branches that cannot reach the blocking weight;
 * the search stops after `nodeCap` visited nodes or `setCap` sets and says it was truncated.
 *
 * Composite game (colleges, bloc reading): a college votes « contre » when its own game is blocked,
 * so a minimal blocking set is the union of minimal blocking sets of a cheapest set of colleges
 * that blocks the top game. Colleges are chosen exactly by enumeration when there are at most 16;
 * beyond, by greedy order of weight per member needed (then `complete` is false).
 */
import type { CompositeGame, WeightedGame } from './power-indices.ts';

export interface BlockingSearch {
  /** Minimal number of members that block; undefined when nothing can block (everything wins). */
  readonly minSize: number | undefined;
  /** Blocking sets of that size, as player indices (for a composite game: global member order). */
  readonly sets: readonly (readonly number[])[];
  /** False when a cap cut the enumeration short. */
  readonly complete: boolean;
}

export interface SearchCaps {
  readonly nodeCap: number;
  readonly setCap: number;
}

const DEFAULT_CAPS: SearchCaps = { nodeCap: 200_000, setCap: 500 };
const MAX_EXACT_BLOCKS = 16;

export function weightedBlockingSets(game: WeightedGame, caps: SearchCaps = DEFAULT_CAPS): BlockingSearch {
  const total = game.weights.reduce((s, w) => s + w, 0);
  const need = total - game.quota + 1;
  if (game.quota > total) return { minSize: 0, sets: [[]], complete: true };
  if (need <= 0 || game.quota <= 0) return { minSize: undefined, sets: [], complete: true };
  const order = game.weights
    .map((w, i) => ({ w, i }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i);
  let k = 0;
  let acc = 0;
  while (acc < need && k < order.length) {
    acc += order[k]?.w ?? 0;
    k += 1;
  }
  if (acc < need) return { minSize: undefined, sets: [], complete: true };
  // prefix[j] = sum of order[0..j−1].w, to bound the best completion from position j.
  const prefix = [0];
  for (const x of order) prefix.push((prefix[prefix.length - 1] ?? 0) + x.w);
  const sets: number[][] = [];
  const chosen: number[] = [];
  let nodes = 0;
  let complete = true;
  const visit = (start: number, weight: number): void => {
    if (!complete) return;
    nodes += 1;
    if (nodes > caps.nodeCap || sets.length >= caps.setCap) {
      complete = false;
      return;
    }
    const remaining = k - chosen.length;
    if (remaining === 0) {
      if (weight >= need) sets.push([...chosen].sort((a, b) => a - b));
      return;
    }
    for (let j = start; j <= order.length - remaining; j += 1) {
      const best = weight + (prefix[j + remaining] ?? 0) - (prefix[j] ?? 0);
      if (best < need) break; // later positions are lighter
      const x = order[j];
      if (!x) break;
      chosen.push(x.i);
      visit(j + 1, weight + x.w);
      chosen.pop();
      if (!complete) return;
    }
  };
  visit(0, 0);
  return { minSize: k, sets, complete };
}

export function compositeBlockingSets(game: CompositeGame, caps: SearchCaps = DEFAULT_CAPS): BlockingSearch {
  const offsets: number[] = [];
  let offset = 0;
  for (const b of game.blocks) {
    offsets.push(offset);
    offset += b.game.weights.length;
  }
  const inner = game.blocks.map((b) => weightedBlockingSets(b.game, { nodeCap: caps.nodeCap, setCap: 50 }));
  const topTotal = game.blocks.reduce((s, b) => s + b.weight, 0);
  const topNeed = topTotal - game.quota + 1;
  if (game.quota > topTotal) return { minSize: 0, sets: [[]], complete: true };
  if (topNeed <= 0) return { minSize: undefined, sets: [], complete: true };
  const blockable = game.blocks
    .map((b, i) => ({ i, weight: b.weight, cost: inner[i]?.minSize }))
    .filter((c): c is { i: number; weight: number; cost: number } => c.cost !== undefined && c.weight > 0);
  // A college that never passes is against at no cost: it counts once, outside the choice (in
  // the choice it would give each blocking set twice, with and without it).
  const alwaysAgainst = blockable.filter((c) => c.cost === 0).reduce((s, c) => s + c.weight, 0);
  if (alwaysAgainst >= topNeed) return { minSize: 0, sets: [[]], complete: true };
  const need = topNeed - alwaysAgainst;
  const candidates = blockable.filter((c) => c.cost > 0);
  let best = Infinity;
  let choices: number[][] = [];
  let complete = true;
  if (candidates.length <= MAX_EXACT_BLOCKS) {
    for (let mask = 1; mask < 1 << candidates.length; mask += 1) {
      let weight = 0;
      let cost = 0;
      const chosen: number[] = [];
      candidates.forEach((c, j) => {
        if (mask & (1 << j)) {
          weight += c.weight;
          cost += c.cost;
          chosen.push(c.i);
        }
      });
      if (weight < need || cost > best) continue;
      if (cost < best) {
        best = cost;
        choices = [];
      }
      choices.push(chosen);
    }
  } else {
    complete = false;
    const sorted = [...candidates].sort((a, b) => b.weight / Math.max(b.cost, 1) - a.weight / Math.max(a.cost, 1));
    let weight = 0;
    let cost = 0;
    const chosen: number[] = [];
    for (const c of sorted) {
      if (weight >= need) break;
      weight += c.weight;
      cost += c.cost;
      chosen.push(c.i);
    }
    if (weight >= need) {
      best = cost;
      choices = [chosen];
    }
  }
  if (!Number.isFinite(best)) return { minSize: undefined, sets: [], complete: true };
  const sets: number[][] = [];
  for (const colleges of choices) {
    let partial: number[][] = [[]];
    for (const b of colleges) {
      const search = inner[b];
      if (!search) continue;
      if (!search.complete) complete = false;
      const next: number[][] = [];
      for (const base of partial) {
        for (const s of search.sets) {
          next.push([...base, ...s.map((local) => local + (offsets[b] ?? 0))]);
          if (next.length >= caps.setCap) break;
        }
        if (next.length >= caps.setCap) {
          complete = false;
          break;
        }
      }
      partial = next;
    }
    for (const s of partial) {
      sets.push(s.sort((a, b) => a - b));
      if (sets.length >= caps.setCap) break;
    }
    if (sets.length >= caps.setCap) {
      complete = false;
      break;
    }
  }
  return { minSize: best, sets, complete };
}
