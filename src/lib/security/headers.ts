/**
 * The security headers of every response of the site, whatever the host: `_headers` for Netlify,
 * Cloudflare Pages and alike (src/lib/urls/host-files.ts), and the nginx and Apache configuration
 * written from it (src/lib/security/server-config.ts).
 */

/**
 * Powerful features the site never uses, denied to it and to any frame: a script that got in could
 * not ask for them. Full screen is allowed to the site's own pages only (`fullscreen=(self)`): the
 * presentation view of a fiche shows itself full screen on a projector. `browsing-topics` and `interest-cohort` opt the site out of interest-based
 * advertising (the Topics API and its predecessor FLoC). Writing to the clipboard, which the tools
 * use to copy links and newsletter blocks, stays allowed. Only names Chromium knows: it reports
 * an unknown one in the console (tests/browser/security.spec.ts checks them).
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'captured-surface-control',
  'clipboard-read',
  'compute-pressure',
  'digital-credentials-get',
  'display-capture',
  'encrypted-media',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'speaker-selection',
  'storage-access',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

/** Features the site's own pages use, allowed to them and to no frame of another origin. */
export const SELF_FEATURES = ['fullscreen'] as const;

export const PERMISSIONS_POLICY = [
  ...DENIED_FEATURES.map((feature) => `${feature}=()`),
  ...SELF_FEATURES.map((feature) => `${feature}=(self)`),
].join(', ');

/**
 * `strict-origin-when-cross-origin`: another site a reader goes to learns only that they came
 * from this site, never the page nor its query (a search's words); the answers of the tools live
 * in the fragment, which is never sent. Written out because it is only the default of recent
 * browsers. `no-referrer` would hide even the site's name from the sources it cites, which gain
 * from knowing where their readers come from, for no gain to the reader.
 */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The headers of every response, the policy made from the built pages (src/lib/security/csp.ts). */
export function securityHeaders(contentSecurityPolicy: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Referrer-Policy', REFERRER_POLICY],
    ['X-Content-Type-Options', 'nosniff'],
  ];
}
