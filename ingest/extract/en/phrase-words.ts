// The words of the English phrase grammar (body-phrase.ts, post-phrase.ts, foreign-names.ts): the
// context a phrase is read in, and the word tests every phrase reader shares — honorifics and ranks,
// posts of the lexicon, capitalised words that may start or continue a name. Word lists are data
// (ingest/lexicon/en/body-words.tsv, posts.tsv, honorifics.txt).
import {
  HONORIFICS_BY_FIRST_WORD,
  INNER_STOP_WORDS,
  NAME_STOP_WORDS,
  PLACE_ADJECTIVES,
  POSTS_BY_FIRST_WORD,
  type PostEntry,
} from './lexicon.ts';
import { wordEnd, type Token } from './tokens.ts';
import type { BodyPhrase } from './body-phrase.ts';
import { vietnameseBodyName } from '../../lexicon/shared/bilingual.ts';

export interface PhraseContext {
  tokens: Token[];
  text: string;
  /** Token index → true where a person name starts. */
  nameStarts: Set<number>;
  /** Token index → true inside a document reference or a credit. */
  blocked: (i: number) => boolean;
  /** Acronyms known to name a body in this article. */
  acronyms: Set<string>;
  /** Token index → index of the first minister's head word at or after it (post-phrase.ts portfolioHeadTable), made when first asked. */
  portfolioHeads: Int32Array | null;
  /** The last body read and where (body-phrase.ts readBody): its answer holds until the token or the acronyms change. */
  lastBodyRead: { at: number; acronyms: number; body: BodyPhrase | null } | null;
}

export const SAME_SENTENCE = (ctx: PhraseContext, a: number, b: number) =>
  ctx.tokens[a] !== undefined &&
  ctx.tokens[b] !== undefined &&
  ctx.tokens[a]!.sentence === ctx.tokens[b]!.sentence;

/**
 * Number of tokens of the honorific or rank starting at token i ("Sr. Lt. Gen." is 6 tokens
 * with its dots), 0 when none does. A rank counts only before a name (or another rank), so
 * "General Department of Politics" is a body and "General Phan …" a rank and a name.
 */
export function honorificAt(tokens: Token[], i: number, nameStarts: ReadonlySet<number>): number {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return 0;
  // No `?? []`: an empty array made at every word that starts none (decision 0128).
  const honorifics = HONORIFICS_BY_FIRST_WORD.get(first.key);
  if (honorifics === undefined) return 0;
  for (const words of honorifics) {
    let k = i;
    let ok = true;
    for (const w of words) {
      if (tokens[k]?.key !== w || tokens[k]!.kind !== 'word') {
        ok = false;
        break;
      }
      k++;
      if (tokens[k]?.text === '.') k++;
    }
    if (ok && (nameStarts.has(k) || honorificAt(tokens, k, nameStarts) > 0)) return k - i;
  }
  return 0;
}

/** The longest post of the lexicon starting at token i (keys compared, possessives allowed). */
export function matchPost(ctx: PhraseContext, i: number): { entry: PostEntry; last: number } | null {
  const first = ctx.tokens[i];
  if (!first || first.kind !== 'word') return null;
  // No `?? []`: an empty array made at each of the ~240 calls an article makes, two in three at a
  // word that starts no post (decision 0128).
  const entries = POSTS_BY_FIRST_WORD.get(first.key);
  if (entries === undefined) return null;
  for (const entry of entries) {
    let j = i;
    let ok = true;
    for (let w = 0; w < entry.words.length; w++, j++) {
      const t = ctx.tokens[j];
      if (
        !t ||
        t.kind !== 'word' ||
        t.key !== entry.words[w] ||
        !SAME_SENTENCE(ctx, i, j) ||
        ctx.blocked(j)
      ) {
        ok = false;
        break;
      }
      if (t.possessive && w < entry.words.length - 1) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry, last: j - 1 };
  }
  return null;
}

/** A capitalised word that can start a body name (not "The", "On", "May" …). */
export function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !NAME_STOP_WORDS.has(t.key);
}

/**
 * Every word key at which a phrase of the phrase pass (components/phrases.ts) can start other than
 * at a capitalised word or a number: the first words of the posts and of the honorifics, the words
 * readPost reads before a post ("former", "ex", "a", "an"), the place adjectives a body may start
 * with ("provincial"), and "born" ("born in 1960"). One index of the lexicons' first words, built once.
 */
export const PHRASE_START_KEYS: ReadonlySet<string> = new Set([
  ...POSTS_BY_FIRST_WORD.keys(),
  ...HONORIFICS_BY_FIRST_WORD.keys(),
  ...PLACE_ADJECTIVES,
  'former',
  'ex',
  'a',
  'an',
  'born',
]);

/**
 * True where no post, body, honorific or "born in" can start at the token, so the phrase pass
 * reads it as a plain word without asking each reader: punctuation, and any word that is neither a
 * capitalised word (isCapWord) nor the first word of a phrase (PHRASE_START_KEYS). Most tokens of
 * an article are such words ("the", "of", "said", commas); readPost, readBody and honorificAt each
 * return nothing for them, which test/unit/extract-en-speed.test.ts checks token by token.
 */
export function startsNoPhrase(t: Token): boolean {
  return t.kind !== 'number' && !isCapWord(t) && !PHRASE_START_KEYS.has(t.key);
}

/** A capitalised word inside a body name already begun ("Nghệ An", "Bà Rịa"). */
export function continuesName(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !INNER_STOP_WORDS.has(t.key);
}
export function isOrdinal(t: Token | undefined): boolean {
  return !!t && t.kind === 'number' && /^\d+(?:st|nd|rd|th)$/.test(t.text);
}

/**
 * The short name a body is given in brackets right after its name, at token k between "(" and ")":
 * an acronym ("(VGCL)") or one capitalised word, the short name of a state group or bank
 * ("the Viet Nam National Industry and Energy Group (Petrovietnam)"; decision 0081).
 */
export function shortNameInBrackets(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    tokens[k - 1]?.text === '(' &&
    tokens[k + 1]?.text === ')' &&
    !!t &&
    (t.acronym || (t.kind === 'word' && t.cap && !t.possessive))
  );
}

/**
 * A known acronym (defined in brackets in this article, or a body in the bilingual lexicon), or a
 * one-word short name the article defined in brackets ("… Energy Group (Petrovietnam)", then
 * "Petrovietnam General Director A"; decision 0092).
 */
export function isKnownAcronym(ctx: PhraseContext, t: Token): boolean {
  if (!t.acronym)
    return t.kind === 'word' && t.cap && ctx.acronyms.size > 0 && ctx.acronyms.has(shortNameOf(t));
  const bare = shortNameOf(t);
  return ctx.acronyms.has(bare) || vietnameseBodyName(bare) !== null;
}

/** A short name's text without its possessive ending. */
const shortNameOf = (t: Token): string => t.text.replace(/[’']s?$/, '');

/** A token that may be a body's acronym or a short name defined in brackets (isKnownAcronym asks which). */
export const mayBeShortName = (ctx: PhraseContext, t: Token): boolean =>
  t.acronym || (ctx.acronyms.size > 0 && t.kind === 'word' && t.cap);

export function phraseText(
  ctx: PhraseContext,
  first: number,
  last: number,
): { start: number; end: number; text: string } {
  const start = ctx.tokens[first]!.start;
  const lastToken = ctx.tokens[last]!;
  const end = wordEnd(lastToken);
  return { start, end, text: collapseSpaces(ctx.text.slice(start, end)) };
}

const SPACES = /\s+/g;
/**
 * `text.replace(/\s+/g, ' ')`, without the search where it would change nothing: a phrase is
 * mostly words and single plain spaces, and the expression's search at every phrase read was
 * about 1 % of English extraction (decision 0077). Any other white space (a tab, a line break, a
 * space beyond ASCII) or two spaces in a row leave it to the expression. Held to the expression by
 * test/unit/extract-en-mechanics.test.ts.
 */
export function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return text.replace(SPACES, ' ');
    } else if ((c >= 9 && c <= 13) || (c >= 128 && isSpaceBeyondAscii(c))) return text.replace(SPACES, ' ');
  }
  return text;
}
/** \s beyond ASCII (ECMAScript's WhiteSpace and LineTerminator): no-break and Unicode spaces, separators, BOM. */
const isSpaceBeyondAscii = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
