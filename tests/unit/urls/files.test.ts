import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPublishedList, readRedirects, sourceOfPage } from '../../../src/lib/urls/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'fe-urls-'));
mkdirSync(join(dir, 'guides'));
writeFileSync(join(dir, 'guides', 'ptce.mdx'), '---\n---\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the URL contract files of a content folder', () => {
  it('have no redirects and no list when absent', () => {
    expect(readRedirects(dir)).toEqual([]);
    expect(readPublishedList(dir)).toBeUndefined();
  });

  it('refuse a redirect from a page that still has its file', () => {
    writeFileSync(join(dir, 'redirections.yaml'), '- de: /guides/ancien/\n  vers: /guides/ptce/\n- de: /guides/ptce\n  vers: /guides/confiance/\n');
    expect(() => readRedirects(dir)).toThrow(
      /redirections\.yaml, ligne 3, redirection «\u202f\/guides\/ptce\/\u202f»\u202f: cette adresse est encore une page du site \([^)]*guides\/ptce\.mdx\)/,
    );
    expect(sourceOfPage('/guides/ptce/', dir)).toMatch(/guides\/ptce\.mdx$/);
    expect(sourceOfPage('/glossaire/', dir)).toBeUndefined();
  });

  it('name a line of the list that is not an address of the site', () => {
    writeFileSync(join(dir, 'adresses-publiees.txt'), '# liste\n/guides/ptce/\nguides/ptce/#x\n');
    expect(() => readPublishedList(dir)).toThrow(/adresses-publiees\.txt, ligne 3\u202f: «\u202fguides\/ptce\/#x\u202f» n’est pas une adresse du site\./);
  });
});
