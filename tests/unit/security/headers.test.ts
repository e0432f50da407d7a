import { describe, expect, it } from 'vitest';
import { DENIED_FEATURES, PERMISSIONS_POLICY, SELF_FEATURES, securityHeaders } from '../../../src/lib/security/headers.ts';

describe('the security headers', () => {
  it('are the policy, the denied features, the referrer policy and no MIME sniffing', () => {
    expect(securityHeaders("default-src 'none'").map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
    expect(new Map(securityHeaders('p')).get('Content-Security-Policy')).toBe('p');
    expect(new Map(securityHeaders('p')).get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('deny camera, microphone, geolocation and interest-based advertising, each once, and keep clipboard writing', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) {
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    }
    expect(PERMISSIONS_POLICY).not.toContain('clipboard-write');
    expect(new Set(DENIED_FEATURES).size).toBe(DENIED_FEATURES.length);
    expect(PERMISSIONS_POLICY.split(', ').every((entry) => /^[a-z-]+=\((?:self)?\)$/.test(entry))).toBe(true);
  });

  it('allow full screen to the site’s own pages only (the presentation view of a fiche), and deny it to frames', () => {
    expect(PERMISSIONS_POLICY).toContain('fullscreen=(self)');
    expect(PERMISSIONS_POLICY).not.toContain('fullscreen=()');
    expect(SELF_FEATURES.filter((f) => (DENIED_FEATURES as readonly string[]).includes(f))).toEqual([]);
  });
});
