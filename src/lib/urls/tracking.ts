/**
 * Tracking parameters that newsletters add to links (utm_source, utm_medium… and the like of a
 * few mailing tools). The site has no analytics: they only make an address longer, so the
 * address bar drops them on arrival and the canonical address never has them. The newsletter kit
 * adds its own (`trackedUrl`), for the analytics of whoever sends the newsletter.
 */

const TRACKING = /^(?:utm_[a-z_]+|mtm_[a-z_]+|pk_[a-z_]+|mc_cid|mc_eid|_hsenc|_hsmi|fbclid|gclid|msclkid|oly_anon_id|oly_enc_id|vero_id)$/i;

export function isTrackingParam(name: string): boolean {
  return TRACKING.test(name);
}

/** The same address without its tracking parameters (others kept, in order); the section kept. */
export function withoutTracking(href: string): string {
  const url = new URL(href);
  const names = [...new Set(url.searchParams.keys())].filter(isTrackingParam);
  if (names.length === 0) return href;
  for (const name of names) url.searchParams.delete(name);
  return url.href;
}

/** The parameters of every link the newsletter kit gives: the source and medium of a newsletter. */
export const NEWSLETTER_TRACKING = { utm_source: 'lettre', utm_medium: 'email' } as const;

/** Campaign names of the newsletter kit: a page's own block, and the digest of a given date. */
export const CAMPAIGNS = {
  page: 'partage',
  digest: (isoDate: string) => `nouveautes-${isoDate}`,
} as const;

/** `href` with the newsletter's tracking parameters and `campaign` (before any #section). */
export function trackedUrl(href: string, campaign: string): string {
  const tracked = new URL(href);
  for (const [name, value] of Object.entries(NEWSLETTER_TRACKING)) tracked.searchParams.set(name, value);
  tracked.searchParams.set('utm_campaign', campaign);
  return tracked.href;
}
