/**
 * `npm run headers` (after `astro build`): rewrites the nginx and Apache configuration of
 * docs/security-headers.md from the `_headers` file of the build, so the three say the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedConfig } from '../src/lib/security/server-config.ts';
import { parseHeadersFile } from '../src/lib/urls/host-files.ts';

const dist = process.argv[2] ?? 'dist';
const doc = 'docs/security-headers.md';
const before = readFileSync(doc, 'utf8');
const after = withGeneratedConfig(before, parseHeadersFile(readFileSync(`${dist}/_headers`, 'utf8')));
writeFileSync(doc, after);
console.log(before === after ? `${doc}\u202f: déjà à jour.` : `${doc}\u202f: configuration nginx et Apache réécrite.`);
