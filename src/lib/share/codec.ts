/**
 * A generic, versioned, checked codec for share links (URL fragments).
 *
 * Layout, then base64url without padding:
 *   envelope (1 byte, = 1) · kind (varint length + ASCII tag) · version (varint)
 *   · payload length (varint) · payload · CRC-32 of everything before (4 bytes, big-endian)
 * The CRC covers kind, version and payload, so a corrupted link is refused rather than misread;
 * the explicit length tells a truncated link from an altered one. Decoding never throws, whatever
 * the input (any string, unicode, huge): it returns a typed error with a French message.
 */
import { fromBase64url, toBase64url } from './base64url.ts';
import { ByteReader, ByteWriter } from './bytes.ts';
import { crc32 } from './crc32.ts';

// Wire format: the envelope byte and the layout above are in every link already sent; a new
// layout needs a new envelope value, and this reader must keep reading 1.
const ENVELOPE = 1;
const KIND_PATTERN = /^[a-z0-9]{1,8}$/;
const DEFAULT_MAX_LENGTH = 200_000;

export type ShareErrorCode = 'format' | 'kind' | 'version' | 'checksum' | 'truncated';

export type DecodeResult =
  | { readonly ok: true; readonly kind: string; readonly version: number; readonly payload: Uint8Array }
  | { readonly ok: false; readonly error: ShareErrorCode; readonly message: string };

export const SHARE_ERROR_MESSAGES: Readonly<Record<ShareErrorCode, string>> = {
  format: 'Ce lien de partage est illisible : il a sans doute été mal copié. Recopiez le lien complet depuis sa source.',
  truncated: 'Ce lien de partage est incomplet : sa fin a été coupée lors de la copie. Recopiez le lien en entier.',
  checksum: 'Ce lien de partage a été altéré : son contenu ne correspond plus à son code de contrôle. Recopiez le lien d’origine.',
  kind: 'Ce lien a été créé par un autre outil du site : il ne peut pas être ouvert ici.',
  version: 'Ce lien a été créé par une version de l’outil que cette page ne sait pas lire.',
};

export interface DecodeOptions {
  /** Versions this reader understands; any version when omitted. */
  readonly supportedVersions?: readonly number[];
  /** Longest text accepted, in characters (default 200 000). */
  readonly maxLength?: number;
}

/** Encodes a payload; `kind` is a short lowercase tag (1–8 of a–z, 0–9), `version` a safe integer ≥ 0. */
export function encode(kind: string, version: number, payload: Uint8Array): string {
  if (!KIND_PATTERN.test(kind)) throw new RangeError(`Invalid share kind: ${kind}`);
  if (!Number.isSafeInteger(version) || version < 0) throw new RangeError(`Invalid share version: ${version}`);
  const writer = new ByteWriter().uint8(ENVELOPE).string(kind).varint(version).varint(payload.length);
  const head = writer.toBytes();
  const body = new Uint8Array(head.length + payload.length + 4);
  body.set(head, 0);
  body.set(payload, head.length);
  const crc = crc32(body.subarray(0, head.length + payload.length));
  new DataView(body.buffer).setUint32(head.length + payload.length, crc);
  return toBase64url(body);
}

function failure(error: ShareErrorCode): DecodeResult {
  return { ok: false, error, message: SHARE_ERROR_MESSAGES[error] };
}

export function decode(text: unknown, expectedKind: string, options: DecodeOptions = {}): DecodeResult {
  if (typeof text !== 'string') return failure('format');
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength + 64) return failure('format');
  const cleaned = text.trim().replace(/^#/, '');
  if (cleaned.length === 0 || cleaned.length > maxLength) return failure('format');
  const bytes = fromBase64url(cleaned);
  if (!bytes) {
    // Cut in the middle of a base64 group: still say « truncated » when the start reads as a link.
    if (!/^[A-Za-z0-9_-]+$/.test(cleaned)) return failure('format');
    const start = fromBase64url(cleaned.slice(0, cleaned.length - (cleaned.length % 4)));
    const partial = start ? readEnvelope(start, expectedKind, options) : undefined;
    return failure(partial && !partial.ok && partial.error === 'truncated' ? 'truncated' : 'format');
  }
  return readEnvelope(bytes, expectedKind, options);
}

function readEnvelope(bytes: Uint8Array, expectedKind: string, options: DecodeOptions): DecodeResult {
  const reader = new ByteReader(bytes);
  const envelope = reader.uint8();
  if (envelope === undefined) return failure('truncated');
  if (envelope !== ENVELOPE) return failure('format');
  const kindLength = reader.remaining;
  const kind = reader.string(8);
  if (kind === undefined) return failure(kindLength < 2 ? 'truncated' : 'format');
  if (!KIND_PATTERN.test(kind)) return failure('format');
  const version = reader.varint();
  if (version === undefined) return failure(reader.remaining === 0 ? 'truncated' : 'format');
  const length = reader.varint();
  if (length === undefined) return failure(reader.remaining === 0 ? 'truncated' : 'format');
  const headLength = bytes.length - reader.remaining;
  if (reader.remaining < length + 4) return failure('truncated');
  if (reader.remaining > length + 4) return failure('format');
  const end = headLength + length;
  const expectedCrc = new DataView(bytes.buffer, bytes.byteOffset + end, 4).getUint32(0);
  if (crc32(bytes.subarray(0, end)) !== expectedCrc) return failure('checksum');
  if (kind !== expectedKind) return failure('kind');
  if (options.supportedVersions && !options.supportedVersions.includes(version)) return failure('version');
  return { ok: true, kind, version, payload: bytes.slice(headLength, end) };
}
