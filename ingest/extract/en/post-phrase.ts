// The phrase grammar of English posts, over the article's tokens.
//
//   post  := [former] [a|an] <post> [of [the] (body | <anaphor> | Cap+)] ["(" ACRONYM ")"]
//          | body <post>                       ("National Assembly Chairman", "GDP chief")
//          | [Deputy|Vice …] Portfolio <minister> ("Finance Minister", "Deputy Foreign Minister")
//
// Posts (their role, the body they imply, plural forms) come from ingest/lexicon/en/posts.tsv.
import { englishBodyNames, vietnameseBodyName } from '../../lexicon/shared/bilingual.ts';
import { findPlace } from '../../lexicon/shared/provinces.ts';
import { anaphorAt, ownedBodyAt, readBody, type BodyPhrase } from './body-phrase.ts';
import { titleEnd } from './foreign-names.ts';
import {
  ELECTED_AS_OWNER,
  ENVOY_TO_HOST,
  PASSIVE_ELECTED_BEFORE_POST,
  PORTFOLIO_WORDS,
  POST_IN_HOST,
  PLACES_ABROAD,
  PLACES_ABROAD_FIRST_WORDS,
  PLACE_ADJECTIVES,
  POSTS,
  TRAILING_HEADS,
  wordKey,
  type PostEntry,
} from './lexicon.ts';
import type { Token } from './tokens.ts';
import {
  SAME_SENTENCE,
  continuesName,
  honorificAt,
  isCapWord,
  matchPost,
  phraseText,
  shortNameInBrackets,
  type PhraseContext,
} from './phrase-words.ts';
import { unnamed } from '../../base/unnamed.ts';

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
  /**
   * The ministry a minister's post names by its portfolio: the capitalised words after "of" that
   * are not a body ("Minister of Finance") or before the post's last word ("Finance Minister") →
   * "Ministry of Finance". It is the post's body only where the article names that
   * ministry too (as the annotation guide has it: a post names no body by its portfolio alone).
   */
  portfolio: string | null;
  former: boolean;
  plural: boolean;
  /** Acronym defined in brackets right after the post's body: "(PPC)". */
  acronym: string | null;
  /**
   * Written bare, capitalised, with no body ("Deputy Minister A", "Director General B"), a post that
   * then belongs to the body the article named first (posts.tsv flag `bare-article-body`): "ministry"
   * for a minister's post (only a ministry), "body" for the others (any body but a ministry); null
   * otherwise (decision 0086); "party" for a Party Committee's deputy (posts.tsv `bare-party-body`: the
   * first Party Committee named; decision 0096).
   */
  bare?: 'ministry' | 'body' | 'party' | null;
  /** A post of a firm's or an agency's head that takes the body of the post joined to it by "and" ("Chairman and General Director of Viettel"; posts.tsv `shares-body`, decision 0086). */
  sharesBody?: boolean;
  /**
   * A post in lower case given by an election ("elected A as its chairman", "A and B were elected
   * vice chairmen", "two vice chairmen were elected: A and B"): with no body of its own, the post of
   * the body the electing sentence is about — the last body named before it (decision 0116).
   */
  elected?: boolean;
}

/** From token j: capitalised words separated by commas, then "and" and a capitalised word ("Sports and Tourism"). */
function commaListEndsInAnd(ctx: PhraseContext, j: number): boolean {
  const { tokens } = ctx;
  for (let k = j; k < tokens.length && SAME_SENTENCE(ctx, j, k);) {
    if (!isCapWord(tokens[k]) || ctx.nameStarts.has(k) || matchPost(ctx, k)) return false;
    while (isCapWord(tokens[k + 1]) && !ctx.nameStarts.has(k + 1) && !matchPost(ctx, k + 1)) k++;
    const sep = tokens[k + 1];
    if (sep?.kind === 'word' && !sep.cap && sep.key === 'and') return isCapWord(tokens[k + 2]);
    if (sep?.text !== ',') return false;
    k += 2;
  }
  return false;
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
    // A portfolio listed with commas: "Minister of Culture, Sports and Tourism" (decision 0071) —
    // only where the list of capitalised words ends in "and" and one more, as a ministry's name does.
    if (t.text === ',' && last === k - 1 && commaListEndsInAnd(ctx, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  return last;
}

/**
 * The ministry of a portfolio ("Finance", "Foreign"), under the table's first English name
 * ("Foreign" → "Ministry of Foreign Affairs"), when the table knows it.
 */
function knownMinistry(portfolio: string): string | null {
  for (const form of [`Ministry of ${portfolio}`, `${portfolio} Ministry`]) {
    const ministry = vietnameseBodyName(form);
    if (ministry?.kind === 'ministry') return englishBodyNames(ministry.name)[0] ?? form;
  }
  return null;
}

// Minister's posts whose last word may follow the portfolio ("Deputy" "Foreign" "Minister"),
// split once into the words before the portfolio and the head after it.
const PORTFOLIO_POSTS = POSTS.filter((p) => p.portfolio).map((entry) => ({
  entry,
  lead: entry.words.slice(0, -1),
  head: entry.words.at(-1)!,
}));
const PORTFOLIO_HEADS = new Set(PORTFOLIO_POSTS.map((p) => p.head));
const MAX_PORTFOLIO_WORDS = 3;
const PORTFOLIO_REACH = Math.max(...PORTFOLIO_POSTS.map((p) => p.lead.length)) + MAX_PORTFOLIO_WORDS;

/**
 * For each token index, the index of the first minister's head word at or after it (NO_HEAD when
 * none follows), made once per article's tokens and kept on the phrase context: readPost asks at
 * every token whether one is within reach, which was a fifth of the phrases component when each
 * asked word by word (decision 0039), and a WeakMap lookup of the table at each token still cost
 * more than the test itself (decision 0047).
 */
const NO_HEAD = 0x7fffffff;
function portfolioHeadTable(tokens: readonly Token[]): Int32Array {
  const next = new Int32Array(tokens.length + 1).fill(NO_HEAD);
  for (let j = tokens.length - 1; j >= 0; j--)
    next[j] = PORTFOLIO_HEADS.has(tokens[j]!.key) ? j : next[j + 1]!;
  return next;
}

/**
 * True when a minister's head word follows token i within a portfolio's reach, so that a lower-case
 * word there may start "public security minister" (decision 0057) although it begins no lexicon
 * entry: the phrase pass's one-look-up skip (startsNoPhrase, decision 0059) must not pass over it.
 */
export function ministerHeadWithinReach(ctx: PhraseContext, i: number): boolean {
  return ((ctx.portfolioHeads ??= portfolioHeadTable(ctx.tokens))[i + 1] ?? NO_HEAD) <= i + PORTFOLIO_REACH;
}

/** "[Deputy] Finance Minister" at token i: a portfolio before the minister's last word. */
function portfolioBeforePost(ctx: PhraseContext, i: number, k: number, former: boolean): PostPhrase | null {
  const { tokens } = ctx;
  // readPost asks at every token: leave at once unless a minister's head word is within reach.
  if (((ctx.portfolioHeads ??= portfolioHeadTable(tokens))[k + 1] ?? NO_HEAD) > k + PORTFOLIO_REACH)
    return null;
  // "public security minister", "the finance minister": in lower case too when every word is, and
  // only for a portfolio the ministry table knows ("the industry minister" names none; decision 0057).
  const lower = tokens[k]?.kind === 'word' && !tokens[k]!.cap;
  const inCase = unnamed((t: Token | undefined) => !!t && t.kind === 'word' && (lower ? !t.cap : t.cap));
  for (const { entry, lead, head: headWord } of PORTFOLIO_POSTS) {
    if (lead.some((w, n) => tokens[k + n]?.key !== w || !inCase(tokens[k + n]))) continue;
    const from = k + lead.length;
    for (let n = 1; n <= MAX_PORTFOLIO_WORDS; n++) {
      const words = tokens.slice(from, from + n);
      if (words.length < n || !words.every((t) => (lower ? inCase(t) : isCapWord(t)) && !t.possessive)) break;
      if (!SAME_SENTENCE(ctx, from, from + n) || ctx.nameStarts.has(from)) break;
      const head = tokens[from + n];
      if (head?.kind !== 'word' || head.key !== headWord || !inCase(head)) continue;
      const ministry = knownMinistry(phraseText(ctx, from, from + n - 1).text);
      if (!ministry) continue;
      const span = phraseText(ctx, i, from + n);
      return {
        first: i,
        last: from + n,
        start: span.start,
        end: span.end,
        text: span.text,
        role: entry.role ?? entry.words.map(capitalise).join(' '),
        body: null,
        impliedBody: null,
        portfolio: ministry,
        former,
        plural: entry.plural,
        acronym: null,
      };
    }
  }
  return null;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The last token of a mission's name: its complement, and "in" and the city it sits in when a
 * province or city of provinces.tsv follows ("… of the Republic of Korea in Ho Chi Minh City";
 * decision 0135); else the complement's end.
 */
function missionSeatEnd(ctx: PhraseContext, end: number): number {
  const { tokens } = ctx;
  if (tokens[end + 1]?.key !== 'in' || !SAME_SENTENCE(ctx, end, end + 2)) return end;
  for (let k = Math.min(end + 5, tokens.length - 1); k >= end + 2; k--) {
    const run = tokens.slice(end + 2, k + 1);
    if (
      run.every((t) => isCapWord(t) && t.sentence === tokens[end]!.sentence) &&
      findPlace(phraseText(ctx, end + 2, k).text)
    )
      return k;
  }
  return end;
}

/** The body a post's HOLDS_POSITION names: its own, the body after it, or its ministry by portfolio. */
export function postBodyName(
  post: PostPhrase,
  orgNamed: (surface: string) => string | null,
  orgNameOf: (body: BodyPhrase | null, atOffset: number) => string | null,
): string | null {
  if (post.impliedBody) return orgNamed(post.impliedBody) ?? post.impliedBody;
  return orgNameOf(post.body, post.start) ?? (post.portfolio ? orgNamed(post.portfolio) : null);
}

/**
 * The last token of the country an envoy's post is sent to, right after the post's last word `last`
 * ("Ambassador to Viet Nam", "Ambassador to Malaysia"), or -1 (decision 0076). Viet Nam, the host of
 * most envoys in these reports, is read by its words (envoy-to-host), so a foreign name may follow
 * it; another country is the capitalised words up to a Vietnamese name (complementAt stops there),
 * or up to the post's end, at most three words.
 */
/**
 * The last token of the places abroad a post's "of" names, right after token `last`: "Ambassador of
 * the Republic of Korea" before "to <host>" (an envoy's post), "Governor of Gyeonggi Province of the
 * Republic of Korea" (a first place with its unit word: "Province", "Prefecture"); places-abroad.txt,
 * decision 0086. `last` when none follows so, so that "Chairman of the Japan International
 * Cooperation Agency" or "… of the Viet Nam National Industry and Energy Group" is not cut at the country.
 * With `bare`, the chain's end whatever follows it ("President of Laos", before a foreign name: the
 * caller checks the name; decision 0098).
 */
export function abroadOfEnd(ctx: PhraseContext, entry: PostEntry, last: number, bare = false): number {
  const { tokens } = ctx;
  const from = last;
  let unitFirst = false;
  for (let segment = 0; ; segment++) {
    const of = tokens[last + 1];
    if (of?.key !== 'of' || of.cap) break;
    let a = last + 2;
    if (tokens[a]?.key === 'the' && !tokens[a]!.cap) a++;
    // Most posts' "of" names a body ("Secretary of the Hanoi Party Committee"): one look-up of the first word.
    if (!PLACES_ABROAD_FIRST_WORDS.has(tokens[a]?.key ?? '')) break;
    let end = -1;
    let unit = false;
    for (let k = a; k < a + 5 && SAME_SENTENCE(ctx, last, k); k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || (!t.cap && t.key !== 'of') || ctx.nameStarts.has(k)) break;
      if (!t.cap) continue;
      if (PLACES_ABROAD.has(wordKey(phraseText(ctx, a, k).text))) {
        end = k;
        unit = false;
      } else if (
        k > a &&
        ABROAD_UNIT_WORDS.has(t.key) &&
        PLACES_ABROAD.has(wordKey(phraseText(ctx, a, k - 1).text))
      ) {
        end = k;
        unit = true;
      }
    }
    if (end < 0) break;
    if (segment === 0) unitFirst = unit;
    last = end;
  }
  if (last === from || bare) return last;
  const envoy = entry.toCountry && tokens[last + 1]?.key === 'to';
  return unitFirst || envoy ? last : from;
}
/** Words after a foreign place that name its unit: "Gyeonggi Province", "Aichi Prefecture". */
const ABROAD_UNIT_WORDS = new Set(['province', 'prefecture', 'state', 'city', 'region', 'county']);

export function envoyCountryEnd(ctx: PhraseContext, entry: PostEntry, last: number): number {
  const { tokens } = ctx;
  const to = tokens[last + 1];
  if (!entry.toCountry || to?.key !== 'to' || to.cap || !SAME_SENTENCE(ctx, last, last + 2)) return -1;
  if (!isCapWord(tokens[last + 2])) return -1;
  const from = tokens[last]!.end;
  const host = ENVOY_TO_HOST.exec(ctx.text.slice(from, from + 24));
  if (host) {
    let k = last + 2;
    while (tokens[k + 1] && tokens[k + 1]!.end <= from + host[0].length) k++;
    return k;
  }
  const end = complementAt(ctx, last + 2);
  return end >= last + 2 && (ctx.nameStarts.has(end + 1) || end - last - 2 < 3) ? end : -1;
}

/** The last token of "in Viet Nam" right after token `last` (pattern post-in-host), or -1 (decision 0098). */
export function inHostEnd(ctx: PhraseContext, last: number): number {
  const { tokens } = ctx;
  const from = tokens[last]!.end;
  const host = POST_IN_HOST.exec(ctx.text.slice(from, from + 24));
  if (!host) return -1;
  let k = last + 1;
  while (tokens[k + 1] && tokens[k + 1]!.end <= from + host[0].length) k++;
  return k;
}

/**
 * The last token of a minister's portfolio after "of", right after the post's last word `last`, where
 * the capitalised words run on past it: "Minister of Foreign Affairs Prak Sokhonn" → "Affairs"
 * (decision 0076). The portfolio is the longest run of those words that names a ministry the table
 * knows, leaving at least two words (a foreign name, which the Vietnamese-name test cannot see and
 * so does not stop complementAt); -1 when there is none.
 */
export function portfolioEnd(ctx: PhraseContext, entry: PostEntry, last: number): number {
  const { tokens } = ctx;
  const of = tokens[last + 1];
  if (!entry.portfolio || of?.key !== 'of' || of.cap || !SAME_SENTENCE(ctx, last, last + 2)) return -1;
  const a = last + 2;
  const run = complementAt(ctx, a);
  // A Vietnamese name right after the portfolio ended it (complementAt stops there): nothing is hidden in it.
  if (run < a + 2 || ctx.nameStarts.has(run + 1)) return -1;
  // From the run's last but one word: a name of one word may follow the portfolio ("Minister of
  // Foreign Affairs Sugiono", decision 0102; it was two words at least before).
  // A portfolio the table does not know, written in portfolio words ("Minister of Trade Budi Santoso";
  // patterns.tsv portfolio-words, decision 0116), the longest run first as for a known one.
  for (let e = run - 1; e >= a; e--) {
    if (!isCapWord(tokens[e])) continue;
    const words = phraseText(ctx, a, e).text;
    if (knownMinistry(words) || PORTFOLIO_WORDS.test(words)) return e;
  }
  return -1;
}

/**
 * The last token of a minister's portfolio after "for", right after the post's last word `last`:
 * "Minister for Europe and Foreign Affairs Jean-Noël Barrot" → "Affairs", "Minister Delegate for
 * Foreign Trade Laurent Saint-Martin" → "Trade" (posts.tsv portfolio-for, decision 0119). The words
 * must all be patterns.tsv portfolio-words, the longest run first, leaving a word for a foreign name
 * unless a Vietnamese name ended the run; such a post names no body. -1 when there is none.
 */
export function portfolioForEnd(ctx: PhraseContext, entry: PostEntry, last: number): number {
  const { tokens } = ctx;
  const f = tokens[last + 1];
  if (!entry.portfolioFor || f?.key !== 'for' || f.cap || !SAME_SENTENCE(ctx, last, last + 2)) return -1;
  const a = last + 2;
  if (!isCapWord(tokens[a])) return -1;
  const run = complementAt(ctx, a);
  for (let e = ctx.nameStarts.has(run + 1) ? run : run - 1; e >= a; e--) {
    if (!isCapWord(tokens[e])) continue;
    if (PORTFOLIO_WORDS.test(phraseText(ctx, a, e).text)) return e;
  }
  return -1;
}

/**
 * A post owned by a possessive and set off by a comma before a name: "its chairwoman, Nguyen Thi Le",
 * "the city's mayor, A" (decision 0076). In lower case such a post needs no body after it.
 */
export function ownedBeforeName(ctx: PhraseContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  const owner = tokens[first - 1];
  return (
    !!owner &&
    owner.kind === 'word' &&
    (owner.possessive || (!owner.cap && (owner.key === 'its' || owner.key === 'their'))) &&
    tokens[last + 1]?.text === ',' &&
    SAME_SENTENCE(ctx, first - 1, last + 2) &&
    (ctx.nameStarts.has(last + 2) ||
      // "the university's rector, Associate Professor A": a title between the comma and the name (0130)
      (tokens[last + 2]?.cap === true && ctx.nameStarts.has(titleEnd(ctx, last + 2))))
  );
}

/**
 * A post in lower case that an election gives (patterns.tsv `elected-as-owner`,
 * `passive-elected-before-post`; decision 0116): "elected A as its chairman", "A and B were elected
 * vice chairmen", and a plural post before "were elected:" and its list ("two vice chairmen were
 * elected: A and B"). Token tests first: a key is compared only where the word before is "its",
 * "their" or an election verb, or a plural post is followed by a colon two words on.
 */
function electedLowerCase(ctx: PhraseContext, first: number, last: number, plural: boolean): boolean {
  const { tokens } = ctx;
  const b1 = tokens[first - 1];
  const b2 = tokens[first - 2];
  if (b1?.kind === 'word' && b2?.kind === 'word' && !b1.cap && SAME_SENTENCE(ctx, first - 2, first)) {
    const keys = `${b2.key} ${b1.key}`;
    if (ELECTED_AS_OWNER.test(keys) || PASSIVE_ELECTED_BEFORE_POST.test(keys)) return true;
    // "… elected a standing board, with A and B as deputy secretaries": a plural post in lower case
    // right after "as" and a name is the list's post, as after "as its" (decision 0129).
    if (plural && b1.key === 'as' && b2.cap) return true;
  }
  if (!plural || tokens[last + 3]?.text !== ':' || !SAME_SENTENCE(ctx, last, last + 3)) return false;
  return PASSIVE_ELECTED_BEFORE_POST.test(`${tokens[last + 1]!.key} ${tokens[last + 2]!.key}`);
}

/** The body ending at token `last` owns, by its possessive, a noun in lower case ("the Government's steering committee"). */
function ownsLowerCaseNoun(ctx: PhraseContext, last: number): boolean {
  const owner = ctx.tokens[last]!;
  const next = ctx.tokens[last + 1];
  return (
    owner.possessive &&
    !!next &&
    next.kind === 'word' &&
    !next.cap &&
    !PLACE_ADJECTIVES.has(next.key) &&
    SAME_SENTENCE(ctx, last, last + 1) &&
    matchPost(ctx, last + 1) === null
  );
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
    // A post in lower case is one only where the lexicon says so ("deputy prime minister A") or a
    // body follows it ("standing deputy secretary of the provincial Party Committee"): running
    // text uses "secretary", "director", "chairman" as common nouns too (decision 0052).
    const lowerNeedsBody =
      !roleFirst.cap &&
      !entry.needsOf &&
      !entry.body &&
      !entry.lowerCase &&
      !ownedBeforeName(ctx, i, post.last);
    const elected = lowerNeedsBody && !ofNext && electedLowerCase(ctx, i, post.last, entry.plural);
    if (lowerNeedsBody && !ofNext && !elected) return null;
    let last = post.last;
    let body: BodyPhrase | null = null;
    let portfolio: string | null = null;
    if (ofNext && !entry.body) {
      let a = post.last + 2;
      if (tokens[a]?.key === 'the' && !tokens[a]!.cap) a++;
      // "Head of the military region's Political Department": the body a lower-case owner owns (0116)
      body = readBody(ctx, a) ?? ownedBodyAt(ctx, a) ?? anaphorAt(ctx, a);
      if (body) last = body.last;
      else {
        const end = complementAt(ctx, a);
        if (end >= a) {
          last = end;
          if (entry.portfolio) {
            const words = phraseText(ctx, a, end).text;
            portfolio = knownMinistry(words) ?? `Ministry of ${words}`;
          } else if (entry.mission) {
            // "Consul General of the Republic of Korea in HCM City" → its consulate, where the article
            // names it (posts.tsv mission:, decision 0135)
            portfolio = `${entry.mission} of ${phraseText(ctx, post.last + 2, missionSeatEnd(ctx, end)).text}`;
          }
        } else if (entry.needsOf) return null;
      }
    }
    // "head of the Government's steering committee for …": the body after "of" owns, by its
    // possessive, a thing named in lower case, which is what the post is of — no post of that body,
    // and in lower case no post (decision 0092).
    if (body && !body.anaphor && ownsLowerCaseNoun(ctx, body.last)) {
      if (lowerNeedsBody || entry.needsOf) return null;
      body = null;
    }
    // An anaphor narrowed by its kind names its body as a name does: "standing deputy head of the
    // steering committee" (body-words.tsv anaphor-modifier; decision 0130).
    const namedAnaphor = !!body?.anaphor && body.anaphor.includes(' ');
    if (lowerNeedsBody && !elected && (!body || body.generic || (body.anaphor && !namedAnaphor))) return null;
    if (entry.participant && body?.anaphor && TRAILING_HEADS.has(body.anaphor)) return null;
    // "Minister for Europe and Foreign Affairs A": the portfolio after "for" ends the post (decision 0119).
    if (!ofNext && roleFirst.cap) last = Math.max(last, portfolioForEnd(ctx, entry, post.last));
    if (ofNext && !body) last = Math.max(last, abroadOfEnd(ctx, entry, post.last));
    last = Math.max(last, envoyCountryEnd(ctx, entry, last));
    // "FAO Representative in Viet Nam A": the country served in ends the post (decision 0098).
    last = Math.max(last, inHostEnd(ctx, last));
    let acronym: string | null = null;
    if (body && shortNameInBrackets(tokens, last + 2)) {
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
      // an elected post in lower case is named as the lexicon writes it: "as its chairman" → "Chairman"
      role: entry.role ?? (elected ? roleText.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : roleText),
      body,
      impliedBody: entry.body,
      portfolio,
      former,
      plural: entry.plural,
      acronym,
      sharesBody: entry.sharesBody && !ofNext && !body && roleFirst.cap,
      ...(elected ? { elected } : {}),
      bare:
        (entry.bareArticleBody || entry.bareParty) && !ofNext && !body && roleFirst.cap && !acronym
          ? entry.portfolio
            ? 'ministry'
            : entry.bareParty
              ? 'party'
              : 'body'
          : null,
    };
  }
  const byPortfolio = portfolioBeforePost(ctx, i, k, former);
  if (byPortfolio) return byPortfolio;
  // A body before its post: "National Assembly Chairman", "Provincial Party Committee Secretary", "GDP chief".
  const body = readBody(ctx, k);
  if (!body || body.generic) return null;
  const after = matchPost(ctx, body.last + 1);
  if (!after || tokens[body.last]!.possessive) return null;
  if (tokens[after.last + 1]?.key === 'of' && !tokens[after.last + 1]!.cap) return null;
  const roleFirst = tokens[body.last + 1]!;
  const roleText = ctx.text.slice(roleFirst.start, tokens[after.last]!.end);
  // "UNICEF Representative in Viet Nam A": the country served in ends the post (decision 0098).
  const last = Math.max(after.last, inHostEnd(ctx, after.last));
  const span = phraseText(ctx, i, last);
  return {
    first: i,
    last,
    start: span.start,
    end: span.end,
    text: span.text,
    role: after.entry.role ?? roleText.charAt(0).toUpperCase() + roleText.slice(1),
    body,
    impliedBody: after.entry.body,
    portfolio: null,
    former,
    plural: after.entry.plural,
    acronym: null,
  };
}
