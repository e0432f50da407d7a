/**
 * Finds a share code in what someone pasted, or in the address a link opened: a whole link
 * (`…#r=CODE`), the fragment (`#r=CODE`, `r=CODE`) or the bare code. What an e-mail client or a
 * person adds around a link — `<…>`, quotes, a final full stop, even percent-encoded — is left
 * out. The code is the whole run of base64url characters: nothing is cut from it, so a damaged
 * code is refused by its checks.
 */

import { trimChars } from '../trim.ts';

const CODE_RUN = /^[A-Za-z0-9_-]+/;
/** What may open or close a code that was pasted alone. */
const OPENING = /[<("'«\s]/u;
const CLOSING = /[>)"'».,;:!?\s\u202f]/u;

/** The code after `#<key>=` (key: a lowercase letter, e.g. `r` or `s`), or the bare code; undefined when there is none. */
export function findShareCode(text: string, key: string): string | undefined {
  // An address bar gives the fragment percent-encoded (« CODE» » reads « CODE%C2%BB »); a code
  // never contains « % ».
  const trimmed = decodePercents(text).trim();
  const marker = new RegExp(`(?:[#&]|%23)${key}=`, 'i').exec(trimmed) ?? new RegExp(`^${key}=`).exec(trimmed);
  if (marker) {
    const run = CODE_RUN.exec(trimmed.slice(marker.index + marker[0].length));
    return run ? run[0] : undefined;
  }
  const bare = trimChars(trimmed, OPENING, CLOSING);
  return /^[A-Za-z0-9_-]+$/.test(bare) ? bare : undefined;
}

function decodePercents(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
