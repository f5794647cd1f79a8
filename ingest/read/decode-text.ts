// Bytes to text, refusing anything that is not UTF-8 text: a file in another encoding or a binary
// file would otherwise decode to replacement characters and be extracted as garbage.

/** The largest .json/.txt/.html file read into memory (pages with inline images can be large). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded = { text: string } | { error: string };

/**
 * Decodes `bytes` as UTF-8 (a leading byte-order mark is dropped). `subject` names the input in
 * messages ("file feed.jsonl", "line 3 of feed.jsonl"); `baseOffset` is where `bytes` starts in
 * its file, so offsets in messages are file offsets a user can look up with a hex viewer.
 */
export function decodeText(bytes: Uint8Array, subject: string, baseOffset = 0): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const bom = `0x${hex(bytes[0]!)} 0x${hex(bytes[1]!)}`;
    return { error: `${subject} is UTF-16 text (byte-order mark ${bom}), not UTF-8; convert it to UTF-8` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      error: `${subject} is binary data, not text (NUL byte at offset ${baseOffset + nul}); expected UTF-8 text`,
    };
  }
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      error: `${subject} is not UTF-8 text (byte 0x${hex(bytes[at] ?? 0)} at offset ${baseOffset + at}); convert it to UTF-8`,
    };
  }
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

/**
 * Offset of the first byte sequence that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF). Only called after the decoder has refused the bytes, to say where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? low : 0x80;
      const hi = k === 1 ? high : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += length;
  }
  return bytes.length;
}

const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes a saved page: UTF-8, or else the charset its <meta> declares when that is a different
 * one the runtime knows (older Vietnamese sites saved as windows-1258). The declared charset is
 * only tried when the bytes are not UTF-8, and strictly, so a page that is neither is an error.
 */
export function decodeHtml(bytes: Uint8Array, subject: string): Decoded {
  const utf8 = decodeText(bytes, subject);
  if ('text' in utf8 || !utf8.error.includes('is not UTF-8 text')) return utf8;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = DECLARED_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!declared || /^utf-?8$/.test(declared)) return utf8;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    return {
      error: `${utf8.error} (the page declares charset "${declared}", which is not one this reader knows)`,
    };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return {
      error: `${subject} is neither UTF-8 nor valid ${declared} text, as it declares; convert it to UTF-8`,
    };
  }
}
