/** Base64url without padding (RFC 4648 §5): safe in URL fragments. Decoding never throws. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = (() => {
  const values = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i += 1) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes, or undefined when the text is not canonical unpadded base64url. */
export function fromBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const chunk = Math.min(4, text.length - i);
    let triple = 0;
    for (let k = 0; k < 4; k += 1) {
      let v = 0;
      if (k < chunk) {
        const code = text.charCodeAt(i + k);
        v = code < 128 ? (VALUES[code] ?? -1) : -1;
        if (v < 0) return undefined;
      }
      triple |= v << (18 - 6 * k);
    }
    const bytes = chunk - 1;
    // Non-canonical trailing bits would let two texts decode to the same bytes: refuse them.
    if (chunk === 2 && (triple & 0xffff) !== 0) return undefined;
    if (chunk === 3 && (triple & 0xff) !== 0) return undefined;
    for (let k = 0; k < bytes; k += 1) out[o++] = (triple >> (16 - 8 * k)) & 0xff;
  }
  return out.subarray(0, o);
}
