/**
 * Draws preview images on worker threads (src/integrations/preview-worker.ts). Satori's layout
 * and the copy of resvg's pixels run on the JavaScript thread that draws; on the build's main
 * thread they were the bottleneck while the thread pool waited (profiled on 30 November 2026). With
 * one worker per core, each drawing two cards at a time so that one is laid out while the other is
 * rasterised and compressed, every core is busy.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreviewCard } from '../lib/previews/card.ts';

export interface DrawJob {
  id: number;
  card: PreviewCard;
  /** File of the image in the built site. */
  target: string;
  /** File of the image in the cache, if there is one. */
  cached?: string | undefined;
}

export interface DrawReply {
  id: number;
  error?: string;
}

/** Cards in progress per worker. */
const PER_WORKER = 2;

/** How many workers: one per core, at most four (each holds its own fonts and renderers). */
export function workerCount(jobs: number): number {
  return Math.max(1, Math.min(4, availableParallelism(), Math.ceil(jobs / PER_WORKER)));
}

/** Draws every job on worker threads; rejects with the first failure, after stopping the workers. */
export async function drawInWorkers(siteName: string, jobs: readonly Omit<DrawJob, 'id'>[]): Promise<void> {
  if (jobs.length === 0) return;
  const workers = Array.from(
    { length: workerCount(jobs.length) },
    () => new Worker(new URL('./preview-worker.ts', import.meta.url), { workerData: { siteName } }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let running = 0;
            const send = () => {
              while (running < PER_WORKER && next < jobs.length) {
                const id = next++;
                running += 1;
                worker.postMessage({ ...jobs[id]!, id } satisfies DrawJob);
              }
              if (running === 0) resolve();
            };
            worker.on('message', (reply: DrawReply) => {
              if (reply.error) return reject(new Error(`Image d’aperçu ${jobs[reply.id]!.target} : ${reply.error}`));
              running -= 1;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (running > 0 || next < jobs.length) reject(new Error(`Images d’aperçu : un dessinateur s’est arrêté (code ${code}).`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
