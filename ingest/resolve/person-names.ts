// A person's name as a key: honorifics, ranks and degrees stripped ("đồng chí", "Đại tướng",
// "PGS.TS"), Unicode and tone placement normalised, diacritics folded so that an English
// "Pham Minh Chinh" and a Vietnamese "Phạm Minh Chính" have one key.
import { matchKey, nameKey, nfc, unifyTonePlacement } from '../text/normalise.ts';
import { readLexicon } from '../lexicon/shared/lexicon-file.ts';

const HONORIFICS = readLexicon('person-honorifics.tsv')
  .map(([word = '']) => matchKey(word))
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/** The name without leading honorifics, NFC, new-style tone placement, single spaces. */
export function personDisplayName(raw: string): string {
  let name = unifyTonePlacement(nfc(raw)).replace(/\s+/g, ' ').trim();
  for (let changed = true; changed;) {
    changed = false;
    const lower = name.toLowerCase();
    for (const h of HONORIFICS) {
      if (
        lower.startsWith(h) &&
        (lower.length === h.length || /[\s.]/.test(lower[h.length] ?? '') || h.endsWith('.'))
      ) {
        const rest = name.slice(h.length).replace(/^[\s.]+/, '');
        if (rest === '') continue; // a name is never only an honorific: keep it rather than lose it
        name = rest;
        changed = true;
        break;
      }
    }
  }
  return name;
}

/** The resolution key of a person's name ("Đồng chí Phạm Minh Chính" → "pham minh chinh"). */
export function personNameKey(raw: string): string {
  return nameKey(personDisplayName(raw));
}

/** How many letters carry diacritics: the Vietnamese spelling of a name is preferred for display. */
export function diacriticScore(name: string): number {
  let n = 0;
  for (const ch of name.normalize('NFC')) if (ch.charCodeAt(0) > 0x7f && /\p{L}/u.test(ch)) n++;
  return n;
}
