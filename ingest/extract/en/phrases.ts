// The phrase grammar of English body names and posts, over the article's tokens.
//
//   body  := [ordinal | place-adj] Cap+ [’s Cap+]* ( (of|for) [the] Cap+ … )* [at the <anaphor>]
//            — with a head noun (Committee, Commission, Ministry …) somewhere, "and" joining
//            only where one side lacks a head ("Ministry of Education and Training",
//            "Central Propaganda and Mass Mobilization Commission", not "Politburo and Secretariat"),
//            and commas only inside a "for"/"of" list of head-less words ("for Science,
//            Technology, Innovation and Digital Transformation").
//   post  := [former] [a|an] <post> [of [the] (body | <anaphor> | Cap+)] ["(" ACRONYM ")"]
//          | body <post>                       ("National Assembly Chairman", "GDP chief")
//
// Posts, head nouns and connectors come from ingest/lexicon/en/*.
import {
  ANAPHORIC_BODY_NOUNS,
  BODY_HEADS,
  EVENT_WORDS,
  GENERIC_BODY_WORDS,
  PLACE_ADJECTIVES,
  PLACE_NOUNS,
  POSTS_BY_FIRST_WORD,
  VENUE_WORDS,
  type PostEntry,
} from './lexicon.ts';
import type { Token } from './tokens.ts';
import { HONORIFICS } from './lexicon.ts';
import { vietnameseBodyName } from './bilingual.ts';

/** Capitalised words that never start or continue a body name. */
const CAPITALISED_FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'also',
  'attending',
  'other',
  'others',
  'regarding',
  'according',
  'based',
  'pursuant',
  'as',
  'for',
  'of',
  'and',
  'with',
  'by',
  'to',
  'from',
  'concluding',
  'speaking',
  'previously',
  'accordingly',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mr',
  'ms',
  'mrs',
  'comrade',
  'photo',
  'overview',
  'delegates',
  'leaders',
]);

export interface BodyPhrase {
  first: number;
  last: number;
  start: number;
  end: number;
  /** As written, possessive ending dropped, whitespace collapsed. */
  text: string;
  /** Made only of generic words ("the Party Committee"): no specific body. */
  generic: boolean;
  /** A lower-case noun referring back ("the commission"): the body is found by the caller. */
  anaphor: string | null;
}

export interface PostPhrase {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The post as written, from "former" on ("former member of the Standing Board …"). */
  text: string;
  /** HOLDS_POSITION role: the post's head words without the body. */
  role: string;
  /** The body the post names, as a phrase of the text, if any. */
  body: BodyPhrase | null;
  /** Body the post itself implies ("Politburo member" → "Politburo"). */
  impliedBody: string | null;
  /** Words after "of" that are not a body ("Minister of National Defense" → "National Defense"). */
  complement: string | null;
  former: boolean;
  plural: boolean;
  /** Acronym defined in brackets right after the post's body: "(PPC)". */
  acronym: string | null;
}

export interface PhraseContext {
  tokens: Token[];
  text: string;
  /** Token index → true where a person name starts. */
  nameStarts: Set<number>;
  /** Token index → true inside a document reference or a credit. */
  blocked: (i: number) => boolean;
  /** Acronyms known to name a body in this article. */
  acronyms: Set<string>;
}

const SAME_SENTENCE = (ctx: PhraseContext, a: number, b: number) =>
  ctx.tokens[a] !== undefined &&
  ctx.tokens[b] !== undefined &&
  ctx.tokens[a]!.sentence === ctx.tokens[b]!.sentence;

/**
 * Number of tokens of the honorific or rank starting at token i ("Sr. Lt. Gen." is 6 tokens
 * with its dots), 0 when none does. A rank counts only before a name (or another rank), so
 * "General Department of Politics" is a body and "General Phan …" a rank and a name.
 */
export function honorificAt(tokens: Token[], i: number, nameStarts: ReadonlySet<number>): number {
  for (const words of HONORIFICS) {
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
  for (const entry of POSTS_BY_FIRST_WORD.get(first.key) ?? []) {
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
  return !!t && t.kind === 'word' && t.cap && !CAPITALISED_FUNCTION_WORDS.has(t.key);
}

/** A capitalised word inside a body name already begun ("Nghệ An", "Bà Rịa"). */
function continuesName(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !INNER_STOP_WORDS.has(t.key);
}
const INNER_STOP_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'in',
  'on',
  'at',
  'by',
  'to',
  'with',
  'from',
  'photo',
]);

function isOrdinal(t: Token | undefined): boolean {
  return !!t && t.kind === 'number' && /^\d+(?:st|nd|rd|th)$/.test(t.text);
}

/** A known acronym (defined in brackets in this article, or a body in the bilingual lexicon). */
function isKnownAcronym(ctx: PhraseContext, t: Token): boolean {
  const bare = t.text.replace(/[’']s?$/, '');
  return t.acronym && (ctx.acronyms.has(bare) || vietnameseBodyName(bare) !== null);
}

function phraseText(
  ctx: PhraseContext,
  first: number,
  last: number,
): { start: number; end: number; text: string } {
  const start = ctx.tokens[first]!.start;
  const lastToken = ctx.tokens[last]!;
  const end = lastToken.possessive ? lastToken.end - (lastToken.text.endsWith('s') ? 2 : 1) : lastToken.end;
  return { start, end, text: ctx.text.slice(start, end).replace(/\s+/g, ' ') };
}

/** Cap words up to the next connector: the item after "and" or "," inside a body name. */
function itemAfter(ctx: PhraseContext, j: number): { last: number; hasHead: boolean } | null {
  let k = j;
  let hasHead = false;
  while (
    (k === j ? isCapWord(ctx.tokens[k]) : continuesName(ctx.tokens[k])) &&
    SAME_SENTENCE(ctx, j, k) &&
    !ctx.nameStarts.has(k) &&
    !ctx.blocked(k)
  ) {
    if (matchPost(ctx, k)) return null;
    if (BODY_HEADS.has(ctx.tokens[k]!.key)) hasHead = true;
    if (ctx.tokens[k]!.possessive) break;
    k++;
  }
  return k === j ? null : { last: k - 1, hasHead };
}

/**
 * Names of foreign officials, which the Vietnamese-name test cannot see, where a capitalised
 * post stands right before them: "Lao Prime Minister Sonexay Siphandone". Two or three
 * capitalised words, none of them a body, venue or event word, ending the phrase.
 */
export function findPostAnchoredNames(
  ctx: PhraseContext,
  vietnameseNameTokens: ReadonlySet<number>,
): { first: number; last: number; start: number; end: number; text: string }[] {
  const { tokens } = ctx;
  const found: { first: number; last: number; start: number; end: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap || ctx.blocked(i)) continue;
    const post = matchPost(ctx, i);
    if (!post || post.entry.needsOf || post.entry.plural || !tokens[i]!.cap) continue;
    const first = post.last + 1;
    // A Vietnamese name already read (or set aside as part of a concept) is not a foreign one.
    if (vietnameseNameTokens.has(first) || tokens[post.last]!.possessive) continue;
    let last = first - 1;
    while (
      last - first < 2 &&
      isCapWord(tokens[last + 1]) &&
      !tokens[last + 1]!.acronym &&
      !ctx.blocked(last + 1) &&
      tokens[last + 1]!.sentence === t.sentence &&
      /^ $/.test(ctx.text.slice(tokens[last]!.end, tokens[last + 1]!.start)) &&
      !BODY_HEADS.has(tokens[last + 1]!.key) &&
      !VENUE_WORDS.has(tokens[last + 1]!.key) &&
      !EVENT_WORDS.has(tokens[last + 1]!.key) &&
      !matchPost(ctx, last + 1) &&
      /^\p{Lu}\p{Ll}+(?:[’']s)?$/u.test(tokens[last + 1]!.text)
    ) {
      last++;
      if (tokens[last]!.possessive) break;
    }
    if (last - first < 1) continue;
    const after = tokens[last + 1];
    if (
      after &&
      after.kind === 'word' &&
      after.cap &&
      after.sentence === t.sentence &&
      !tokens[last]!.possessive
    )
      continue;
    const lastToken = tokens[last]!;
    const end = lastToken.possessive ? lastToken.end - (lastToken.text.endsWith('s') ? 2 : 1) : lastToken.end;
    found.push({
      first,
      last,
      start: tokens[first]!.start,
      end,
      text: ctx.text.slice(tokens[first]!.start, end),
    });
    i = last;
  }
  return found;
}

/** A body name starting at token i, or null. */
export function readBody(ctx: PhraseContext, i: number): BodyPhrase | null {
  const { tokens } = ctx;
  const startToken = tokens[i];
  if (!startToken || ctx.blocked(i) || ctx.nameStarts.has(i)) return null;
  let j = i;
  if (isOrdinal(startToken) && isCapWord(tokens[i + 1])) j = i + 1;
  else if (
    startToken.kind === 'word' &&
    PLACE_ADJECTIVES.has(startToken.key) &&
    !startToken.cap &&
    isCapWord(tokens[i + 1])
  )
    j = i + 1;
  else if (!isCapWord(startToken)) return null;
  if (matchPost(ctx, j)) return null;

  let orgHasHead = false;
  let segmentHasHead = false;
  let inComplement = false;
  let lastGood = -1;
  let sawVenue = false;
  const acronymOnly = tokens[j]!.acronym && isKnownAcronym(ctx, tokens[j]!);

  while (j < tokens.length && SAME_SENTENCE(ctx, i, j)) {
    const t = tokens[j]!;
    if (ctx.blocked(j) || (j > i && ctx.nameStarts.has(j))) break;
    if (t.key === 'no' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'number' && j > i) {
      lastGood = j + 2;
      j += 3;
      continue;
    }
    if (j === i ? isCapWord(t) : continuesName(t)) {
      if (EVENT_WORDS.has(t.key)) return null;
      if (j > i && honorificAt(tokens, j, ctx.nameStarts) > 0) break;
      if (j > i && matchPost(ctx, j)) break;
      if (VENUE_WORDS.has(t.key)) {
        sawVenue = true;
        break;
      }
      if (BODY_HEADS.has(t.key)) {
        orgHasHead = true;
        segmentHasHead = true;
      }
      if (orgHasHead || inComplement || (t.acronym && isKnownAcronym(ctx, t))) lastGood = j;
      if (t.possessive) {
        const next = tokens[j + 1];
        if (!isCapWord(next) || !SAME_SENTENCE(ctx, j, j + 1)) break;
        segmentHasHead = false;
      }
      j++;
      continue;
    }
    if (t.kind === 'word' && !t.cap) {
      const next = tokens[j + 1];
      if (PLACE_ADJECTIVES.has(t.key) && isCapWord(next)) {
        j++;
        continue;
      }
      if (PLACE_NOUNS.has(t.key) && inComplement && lastGood === j - 1) {
        lastGood = j;
        j++;
        continue;
      }
      if ((t.key === 'of' || t.key === 'for') && next) {
        let k = j + 1;
        if (tokens[k]?.key === 'the' && !tokens[k]!.cap) k++;
        const target = tokens[k];
        if (
          (isCapWord(target) || isOrdinal(target)) &&
          !ctx.nameStarts.has(k) &&
          !matchPost(ctx, k) &&
          !ctx.blocked(k)
        ) {
          if (!orgHasHead && !acronymOnly) break;
          inComplement = true;
          j = k;
          continue;
        }
        break;
      }
      if (t.key === 'and') {
        const item = itemAfter(ctx, j + 1);
        if (!item || (segmentHasHead && item.hasHead)) break;
        j++;
        continue;
      }
      if (
        t.key === 'at' &&
        tokens[j + 1]?.key === 'the' &&
        ANAPHORIC_BODY_NOUNS.has(tokens[j + 2]?.key ?? '') &&
        !tokens[j + 2]!.cap &&
        orgHasHead
      ) {
        lastGood = j + 2;
        j += 3;
        break;
      }
      break;
    }
    if (t.text === ',' && inComplement) {
      const item = itemAfter(ctx, j + 1);
      if (!item || item.hasHead) break;
      // A list item is followed by another item or by "and": "Science, Technology, … and Digital Transformation".
      const after = tokens[item.last + 1];
      if (!after || (after.text !== ',' && after.key !== 'and')) break;
      j++;
      continue;
    }
    break;
  }
  if (sawVenue) return null;
  if (lastGood < 0) return null;
  // "Central Committee and", "Ministry of" — trim trailing connectors.
  let last = lastGood;
  while (
    last > i &&
    tokens[last]!.kind === 'word' &&
    ['of', 'for', 'and', 'the'].includes(tokens[last]!.key) &&
    !tokens[last]!.cap
  )
    last--;
  // "Vietnam's National Assembly": the country's possessive is not part of the body's name.
  let first = i;
  if (last > i && tokens[i]!.possessive && COUNTRY_WORDS.has(tokens[i]!.key)) first = i + 1;
  const { start, end, text } = phraseText(ctx, first, last);
  const words = [];
  for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.key);
  // "a Working Group", "an agency": an indefinite mention names no specific body.
  const before = tokens[i - 1];
  const indefinite =
    !!before && before.kind === 'word' && !before.cap && (before.key === 'a' || before.key === 'an');
  const generic = indefinite || words.every((w) => GENERIC_BODY_WORDS.has(w) || w === 'of' || w === 'the');
  return { first, last, start, end, text, generic, anaphor: null };
}
const COUNTRY_WORDS = new Set(['vietnam', 'viet nam', 'country', 'nation']);

function anaphorAt(ctx: PhraseContext, i: number): BodyPhrase | null {
  const t = ctx.tokens[i];
  if (!t || t.cap || !ANAPHORIC_BODY_NOUNS.has(t.key)) return null;
  return { first: i, last: i, start: t.start, end: t.end, text: t.text, generic: false, anaphor: t.key };
}

/** Cap words (joined by and/of) that follow "of" without making a body: "National Defense". */
function complementAt(ctx: PhraseContext, i: number): number {
  let k = i;
  let last = -1;
  while (k < ctx.tokens.length && SAME_SENTENCE(ctx, i, k)) {
    const t = ctx.tokens[k]!;
    if (
      (k === i || (ctx.tokens[k - 1]!.kind === 'word' && !ctx.tokens[k - 1]!.cap)
        ? isCapWord(t)
        : continuesName(t)) &&
      !ctx.nameStarts.has(k) &&
      !matchPost(ctx, k) &&
      !ctx.blocked(k) &&
      honorificAt(ctx.tokens, k, ctx.nameStarts) === 0
    ) {
      last = k;
      k++;
      if (t.possessive) break;
      continue;
    }
    if (
      t.kind === 'word' &&
      !t.cap &&
      (t.key === 'and' || t.key === 'of') &&
      isCapWord(ctx.tokens[k + 1]) &&
      !matchPost(ctx, k + 1) &&
      !ctx.nameStarts.has(k + 1)
    ) {
      k++;
      continue;
    }
    break;
  }
  return last;
}

/** A post starting at token i ("Secretary of the Hanoi Party Committee", "Politburo member"), or null. */
export function readPost(ctx: PhraseContext, i: number): PostPhrase | null {
  const { tokens } = ctx;
  let k = i;
  let former = false;
  if (tokens[k]?.kind === 'word' && (tokens[k]!.key === 'former' || tokens[k]!.key === 'ex')) {
    former = true;
    k++;
    if (tokens[k]?.text === '-') k++;
  }
  if (tokens[k]?.kind === 'word' && !tokens[k]!.cap && (tokens[k]!.key === 'a' || tokens[k]!.key === 'an'))
    k++;
  const post = matchPost(ctx, k);
  if (post) {
    const { entry } = post;
    const roleFirst = tokens[k]!;
    const ofNext =
      tokens[post.last + 1]?.key === 'of' &&
      !tokens[post.last + 1]!.cap &&
      SAME_SENTENCE(ctx, k, post.last + 1);
    if (entry.needsOf && !ofNext) return null;
    if (!roleFirst.cap && !entry.needsOf && !entry.body) return null;
    let last = post.last;
    let body: BodyPhrase | null = null;
    let complement: string | null = null;
    if (ofNext && !entry.body) {
      let a = post.last + 2;
      if (tokens[a]?.key === 'the' && !tokens[a]!.cap) a++;
      body = readBody(ctx, a) ?? anaphorAt(ctx, a);
      if (body) last = body.last;
      else {
        const end = complementAt(ctx, a);
        if (end >= a) {
          complement = phraseText(ctx, a, end).text;
          last = end;
        } else if (entry.needsOf) return null;
      }
    }
    let acronym: string | null = null;
    if (
      body &&
      tokens[last + 1]?.text === '(' &&
      tokens[last + 2]?.acronym &&
      tokens[last + 3]?.text === ')'
    ) {
      acronym = tokens[last + 2]!.text;
      last += 3;
    }
    const roleText = ctx.text.slice(roleFirst.start, tokens[post.last]!.end).replace(/[’']s?$/, '');
    const span = phraseText(ctx, i, last);
    return {
      first: i,
      last,
      start: span.start,
      end: acronym ? tokens[last]!.end : span.end,
      text: acronym ? ctx.text.slice(span.start, tokens[last]!.end) : span.text,
      role: entry.role ?? roleText,
      body,
      impliedBody: entry.body,
      complement,
      former,
      plural: entry.plural,
      acronym,
    };
  }
  // A body before its post: "National Assembly Chairman", "Provincial Party Committee Secretary", "GDP chief".
  const body = readBody(ctx, k);
  if (!body || body.generic) return null;
  const after = matchPost(ctx, body.last + 1);
  if (!after || tokens[body.last]!.possessive) return null;
  if (tokens[after.last + 1]?.key === 'of' && !tokens[after.last + 1]!.cap) return null;
  const roleFirst = tokens[body.last + 1]!;
  const roleText = ctx.text.slice(roleFirst.start, tokens[after.last]!.end);
  const span = phraseText(ctx, i, after.last);
  return {
    first: i,
    last: after.last,
    start: span.start,
    end: span.end,
    text: span.text,
    role: after.entry.role ?? roleText.charAt(0).toUpperCase() + roleText.slice(1),
    body,
    impliedBody: after.entry.body,
    complement: null,
    former,
    plural: after.entry.plural,
    acronym: null,
  };
}
