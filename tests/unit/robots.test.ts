import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('robotsTxt', () => {
  it('lets every crawler in and names the sitemap at the site’s own address', () => {
    expect(robotsTxt('https://exemple.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://exemple.org/sitemap-index.xml\n');
    expect(robotsTxt(new URL('https://faire-ensemble.example/'))).toContain('Sitemap: https://faire-ensemble.example/sitemap-index.xml');
  });
});
