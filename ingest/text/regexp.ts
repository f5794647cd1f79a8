// Lexicon entries become alternatives of one regular expression; their punctuation ("tp.", "(",
// "+") must match itself.
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
