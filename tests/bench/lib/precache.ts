/**
 * What a first visit stores for offline use: the files listed in a built site's sw.js and their
 * size, uncompressed (what the browser keeps; the network carries them compressed).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { precacheSize, readPrecacheManifest, type PrecacheSize } from '../../../src/lib/offline/precache.ts';

/** The precache of the site built in `dist`; undefined when it has no service worker. */
export function measurePrecache(dist: string): PrecacheSize | undefined {
  const worker = join(dist, 'sw.js');
  if (!existsSync(worker)) return undefined;
  return precacheSize(readPrecacheManifest(readFileSync(worker, 'utf8')), (file) => statSync(join(dist, file)).size);
}
