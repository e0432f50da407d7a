import { describe, expect, it } from 'vitest';
import { apacheConfig, nginxConfig, withGeneratedConfig } from '../../../src/lib/security/server-config.ts';
import { headerRules, type HeaderRule } from '../../../src/lib/urls/host-files.ts';

const rules = headerRules(
  [{ path: '/guides/pièges/', fragment: '' }],
  [
    ['Content-Security-Policy', "default-src 'none'; script-src 'self' 'sha256-abc+/='"],
    ['X-Content-Type-Options', 'nosniff'],
  ],
);

describe('nginx configuration', () => {
  const config = nginxConfig(rules);

  it('sends the site’s headers from the server block, on error pages too', () => {
    expect(config).toContain(`add_header Content-Security-Policy "default-src 'none'; script-src 'self' 'sha256-abc+/='" always;\n`);
    expect(config).toContain('add_header X-Content-Type-Options "nosniff" always;\n');
  });

  it('repeats them in each location, which would drop them otherwise, and matches decoded paths', () => {
    const astro = config.slice(config.indexOf('location ^~ /_astro/ {'), config.indexOf('}', config.indexOf('location ^~ /_astro/')) + 1);
    expect(astro.split('\n')).toEqual([
      'location ^~ /_astro/ {',
      `    add_header Content-Security-Policy "default-src 'none'; script-src 'self' 'sha256-abc+/='" always;`,
      '    add_header X-Content-Type-Options "nosniff" always;',
      '    add_header Cache-Control "public, max-age=31536000, immutable" always;',
      '}',
    ]);
    expect(config).toContain('location ^~ /guides/pièges/ {\n');
    expect(config).toMatch(/location \^~ \/guides\/pièges\/ \{\n(?:.*\n){2}.*X-Robots-Tag "noindex" always;\n\}/);
  });

  it('refuses a value nginx would read as a variable, and a pattern it cannot translate', () => {
    expect(() => nginxConfig([{ path: '/*', headers: [['X-A', 'cost $5']] }])).toThrow('X-A');
    expect(() => nginxConfig([{ path: '/guides/:slug/', headers: [['X-A', 'b']] }])).toThrow(':slug');
  });
});

describe('Apache configuration', () => {
  it('sets the site’s headers at the top and each folder’s own in a <Location>', () => {
    expect(apacheConfig(rules).split('\n')).toEqual([
      expect.stringMatching(/^# Generated from dist\/_headers/),
      `Header always set Content-Security-Policy "default-src 'none'; script-src 'self' 'sha256-abc+/='"`,
      'Header always set X-Content-Type-Options "nosniff"',
      '<Location "/_astro/">',
      '    Header always set Cache-Control "public, max-age=31536000, immutable"',
      '</Location>',
      '<Location "/sw.js">',
      '    Header always set Cache-Control "no-cache"',
      '</Location>',
      '<Location "/guides/pièges/">',
      '    Header always set X-Robots-Tag "noindex"',
      '</Location>',
      '',
    ]);
    expect(() => apacheConfig([{ path: '/*', headers: [['X-A', '100%']] }])).toThrow('X-A');
  });
});

describe('the document', () => {
  const doc = (nginx: string, apache: string) =>
    `# Headers\n\nText.\n\n<!-- generated: nginx -->\n${nginx}<!-- /generated -->\n\nMore.\n\n<!-- generated: apache -->\n${apache}<!-- /generated -->\n`;

  it('has its two blocks rewritten from the rules, the words around them kept', () => {
    const written = withGeneratedConfig(doc('old\n', ''), rules);
    expect(written).toBe(doc('```nginx\n' + nginxConfig(rules) + '```\n', '```apache\n' + apacheConfig(rules) + '```\n'));
    expect(withGeneratedConfig(written, rules)).toBe(written);
    const other: HeaderRule[] = [{ path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] }];
    expect(withGeneratedConfig(written, other)).not.toBe(written);
  });

  it('must have both blocks', () => {
    expect(() => withGeneratedConfig('<!-- generated: nginx -->\n<!-- /generated -->\n', rules)).toThrow('Apache');
  });
});
