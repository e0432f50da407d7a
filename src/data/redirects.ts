/** The redirects of the content folder (content/redirections.yaml), read once per build. */
import { readRedirects } from '../lib/urls/files.ts';

export const redirects = readRedirects();
