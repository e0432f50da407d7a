import type { APIContext } from 'astro';
import { robotsTxt } from '../lib/robots.ts';
import { SITE } from '../lib/site.ts';

export function GET(context: APIContext) {
  return new Response(robotsTxt(context.site ?? SITE.defaultUrl), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
