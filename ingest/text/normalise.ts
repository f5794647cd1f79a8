// Text keys shared by every stage that compares Vietnamese text: cleaning, recognisers,
// entity resolution and search. Display text is never altered by these; they make *keys*.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// A tone mark on the second vowel of a word-final "oa", "oe", "uy" ("hoà", "uỷ") is moved to the
// first ("hòa", "ủy"): the two spellings are the same word and must compare equal.
const OLD_STYLE_TONE = new RegExp(`([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

// Quick checks for the patterns above, precomposed (NFC) and decomposed (NFD).
const OLD_STYLE_NFC = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])/u;
const OLD_STYLE_NFD = new RegExp(`[oOuU][aAeEyY][${TONE_MARKS}]`, 'u');

/** NFC, NBSP and other space variants to a plain space. Length may change only through NFC. */
export function nfc(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u2007\u202f]/g, ' ');
}

// Code units NFC keeps as they are and composes with nothing, whatever stands beside them:
// everything below U+0300 (where the combining marks begin) and the dashes, quotation marks and
// ellipsis of U+2010–U+2027 that English prose is full of. A text of only those is its own NFC (held
// pair by pair to normalize() by test/unit/extract-en-mechanics-0093.test.ts). The expression finds
// any other code unit.
const NOT_KEPT_BY_NFC_ALONE = /[\u0300-\u200f\u2028-\uffff]/;

/**
 * Unify old and new tone placement on the closing syllable patterns "oa", "oe", "uy"
 * ("hoà" = "hòa", "uỷ" = "ủy"), writing the mark on the first vowel as the corpus gold does.
 * Works on NFC input and returns NFC; the result has the same length in UTF-16 code units.
 */
export function unifyTonePlacement(text: string): string {
  if (!NOT_KEPT_BY_NFC_ALONE.test(text)) {
    // A text NFC cannot change (decision 0093): no copy by normalize(); it holds no tone mark, so
    // only a precomposed old-style placement ("hoà") is left to unify. Decision 0106 moved this
    // here from a second function the cleaner alone used; matchKey (the bench's baseline) takes it too.
    if (!OLD_STYLE_NFC.test(text)) return text;
  } else if (!OLD_STYLE_NFC.test(text) && !OLD_STYLE_NFD.test(text)) {
    // Most text has no old-style placement at all: skip the NFD round trip then.
    return text.normalize('NFC');
  }
  return text.normalize('NFD').replace(OLD_STYLE_TONE, '$1$3$2').normalize('NFC');
}

const NEW_STYLE_TONE = new RegExp(`([oOuU])([${TONE_MARKS}])([aAeEyY])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * The reverse of unifyTonePlacement ("ủy" → "uỷ", "hòa" → "hoà"): for comparing a unified key
 * with stored text that kept its writer's placement, where the text cannot be unified first
 * (inside a Cypher query). NFC in, NFC out.
 */
export function oldTonePlacement(text: string): string {
  return text.normalize('NFD').replace(NEW_STYLE_TONE, '$1$3$2').normalize('NFC');
}

// Keys of short strings (names, posts, bodies) are asked for again and again — the same body in
// every article — and each costs several Unicode normalisations: remember them. Bounded, since an
// ingest of a large corpus meets an open-ended set of names; long texts are not cached at all.
const MEMO_MAX_INPUT = 200;
const MEMO_MAX_ENTRIES = 50_000;

export function memoised(compute: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    if (text.length > MEMO_MAX_INPUT) return compute(text);
    let key = memo.get(text);
    if (key === undefined) {
      if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
      memo.set(text, (key = compute(text)));
    }
    return key;
  };
}

/** Matching key: NFC, unified tone placement, lower case, whitespace collapsed, trimmed. */
export const matchKey = memoised((text) =>
  unifyTonePlacement(nfc(text)).toLowerCase().replace(/\s+/g, ' ').trim(),
);

// Compiled once (tsx writes a \p{…} literal inside a function as a new RegExp per call; decision
// 0077); replace() resets lastIndex, so the global flag is safe to share.
const MARKS = /\p{M}+/gu;

/**
 * Diacritic-free key for accent-insensitive matching ("Phạm Ngọc Thưởng" → "pham ngoc thuong").
 * đ/Đ have no Unicode decomposition, so they are mapped explicitly.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Key for names across languages and spellings: folded, lower case, single spaces. */
export const nameKey = memoised((text) => foldDiacritics(matchKey(text)));
