// Stable identifiers: readable slugs of folded names, and short content hashes where a slug
// alone is not unique. The same input always yields the same id, on every machine.
import { createHash } from 'node:crypto';
import { nameKey } from '../text/normalise.ts';

/** "Tỉnh ủy Đồng Tháp" → "tinh-uy-dong-thap": folded, lower case, runs of other characters → "-". */
export function slug(text: string, maxLength = 80): string {
  const s = nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= maxLength) return s || 'x';
  // Long names (event titles) keep a readable head plus a hash of the whole, so they stay unique.
  return `${s.slice(0, maxLength - 9).replace(/-+$/, '')}-${shortHash(s).slice(0, 8)}`;
}

/** First 16 hex digits of SHA-256 over the parts, separated so ("ab","c") ≠ ("a","bc"). */
export function shortHash(...parts: (string | number | null | undefined)[]): string {
  return fullHash(...parts).slice(0, 16);
}

export function fullHash(...parts: (string | number | null | undefined)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p ?? '\u0000'}\u0001`);
  return h.digest('hex');
}
