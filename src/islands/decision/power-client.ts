/**
 * Asks a Web Worker for the power analysis and keeps only the answer to the latest question.
 * Where workers are unavailable (or the worker fails), the analysis runs on the main thread, as
 * before: slower to type with, never wrong.
 */
import { analysePower } from '../../lib/decision/power.ts';
import type { College, DecisionRule, Member } from '../../lib/decision/types.ts';

export type PowerResult = ReturnType<typeof analysePower>;

export interface PowerRequest {
  readonly id: number;
  readonly members: readonly Member[];
  readonly colleges: readonly College[];
  readonly rule: DecisionRule;
}

export interface PowerResponse {
  readonly id: number;
  readonly result: PowerResult;
}

export interface PowerClient {
  /** Calls `onResult` with the analysis, unless a newer request was made in between. */
  analyse(members: readonly Member[], colleges: readonly College[], rule: DecisionRule, onResult: (result: PowerResult) => void): void;
  dispose(): void;
}

export function createPowerClient(): PowerClient {
  let worker: Worker | undefined;
  let broken = typeof Worker === 'undefined';
  let latest = 0;
  let pending: { id: number; request: PowerRequest; onResult: (result: PowerResult) => void } | undefined;

  const runHere = (request: PowerRequest, onResult: (result: PowerResult) => void) => {
    onResult(analysePower(request.members, request.colleges, request.rule));
  };

  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    if (pending) runHere(pending.request, pending.onResult);
    pending = undefined;
  };

  const start = (): Worker | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      worker = new Worker(new URL('./power-worker.ts', import.meta.url), { type: 'module', name: 'analyse-du-pouvoir' });
    } catch {
      broken = true;
      return undefined;
    }
    // `pending` is always the latest question: an answer to an older one is dropped here.
    worker.onmessage = (event: MessageEvent<PowerResponse>) => {
      if (!pending || event.data.id !== pending.id) return;
      const { onResult } = pending;
      pending = undefined;
      onResult(event.data.result);
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    return worker;
  };

  return {
    analyse(members, colleges, rule, onResult) {
      latest += 1;
      const request: PowerRequest = { id: latest, members, colleges, rule };
      const w = start();
      if (!w) {
        runHere(request, onResult);
        return;
      }
      pending = { id: request.id, request, onResult };
      w.postMessage(request);
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      pending = undefined;
    },
  };
}
