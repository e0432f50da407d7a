import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPowerClient, type PowerRequest, type PowerResponse, type PowerResult } from '../../../src/islands/decision/power-client.ts';
import { analysePower } from '../../../src/lib/decision/power.ts';
import type { College, DecisionRule, Member } from '../../../src/lib/decision/types.ts';

const colleges: College[] = [];
const rule: DecisionRule = { kind: 'simple' };
const members = (weights: number[]): Member[] => weights.map((weight, i) => ({ id: `m${i}`, name: `M${i}`, weight }));

/** A stand-in for the browser's Worker: keeps the requests, answers when the test says so. */
class FakeWorker {
  static last: FakeWorker | undefined;
  requests: PowerRequest[] = [];
  onmessage: ((event: MessageEvent<PowerResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: PowerRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(request: PowerRequest) {
    const result = analysePower(request.members, request.colleges, request.rule);
    this.onmessage?.({ data: { id: request.id, result } } as MessageEvent<PowerResponse>);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = undefined;
});

describe('power client', () => {
  it('without workers, answers at once on the main thread', () => {
    vi.stubGlobal('Worker', undefined);
    const results: PowerResult[] = [];
    createPowerClient().analyse(members([2, 1]), colleges, rule, (r) => results.push(r));
    expect(results).toEqual([analysePower(members([2, 1]), colleges, rule)]);
  });

  it('in a worker, keeps only the answer to the latest question', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const results: PowerResult[] = [];
    const client = createPowerClient();
    client.analyse(members([2, 1]), colleges, rule, (r) => results.push(r));
    client.analyse(members([1, 1, 1]), colleges, rule, (r) => results.push(r));
    const worker = FakeWorker.last;
    expect(worker?.requests).toHaveLength(2);
    // The answer to the first question arrives late: it is dropped.
    worker?.answer(worker.requests[0] as PowerRequest);
    expect(results).toEqual([]);
    worker?.answer(worker.requests[1] as PowerRequest);
    expect(results).toEqual([analysePower(members([1, 1, 1]), colleges, rule)]);
  });

  it('when the worker fails, computes the pending question here and stops using it', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const results: PowerResult[] = [];
    const client = createPowerClient();
    client.analyse(members([3, 1]), colleges, rule, (r) => results.push(r));
    const worker = FakeWorker.last;
    worker?.onerror?.();
    expect(worker?.terminated).toBe(true);
    expect(results).toEqual([analysePower(members([3, 1]), colleges, rule)]);
    client.analyse(members([1, 1]), colleges, rule, (r) => results.push(r));
    expect(worker?.requests).toHaveLength(1);
    expect(results).toHaveLength(2);
  });
});
