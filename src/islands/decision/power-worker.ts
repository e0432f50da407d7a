/**
 * Runs the power analysis off the main thread: with 60 members and decimal weights it can take
 * tens of milliseconds, enough to make typing stutter (see power-client.ts).
 */
import { analysePower } from '../../lib/decision/power.ts';
import type { PowerRequest, PowerResponse } from './power-client.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PowerRequest>) => void) | null;
  postMessage(message: PowerResponse): void;
};

scope.onmessage = (event) => {
  const { id, members, colleges, rule } = event.data;
  scope.postMessage({ id, result: analysePower(members, colleges, rule) });
};
