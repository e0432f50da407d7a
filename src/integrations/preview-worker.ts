/**
 * A worker thread that draws preview images (started by src/integrations/preview-workers.ts).
 * It loads Satori, resvg and the fonts once, then draws each card it is sent into its file, and
 * into the cache when one is given. It runs as TypeScript through Node's own type stripping: only
 * erasable syntax and explicit `.ts` extensions in what it imports.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { previewRenderer } from './preview-render.ts';
import type { DrawJob, DrawReply } from './preview-workers.ts';

const renderer = previewRenderer((workerData as { siteName: string }).siteName);

async function draw({ card, target, cached }: DrawJob): Promise<void> {
  const png = await renderer.render(card);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, png);
  if (cached) {
    // Written whole, then renamed: another build reading the cache never sees half an image.
    const partial = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(partial, png);
    await rename(partial, cached);
  }
}

parentPort!.on('message', (job: DrawJob) => {
  draw(job).then(
    () => parentPort!.postMessage({ id: job.id } satisfies DrawReply),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies DrawReply),
  );
});
