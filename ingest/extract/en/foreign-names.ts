// Names of foreign officials, which the Vietnamese-name test (names.ts) cannot see, read from the
// capitalised post standing right before them.
import {
  APPOSITION_CLAUSE,
  COUNTERPART_BEFORE_NAME,
  BODY_HEADS,
  ABBREVIATED_HEADS,
  EVENT_WORDS,
  FOREIGN_FAMILY_NAMES,
  HONORIFICS_BY_FIRST_WORD,
  NAME_PARTICLE,
  NAME_SUFFIX,
  PLACE_NOUNS,
  PLACES_ABROAD_FIRST_WORDS,
  VENUE_WORDS,
} from './lexicon.ts';
import { abroadOfEnd, envoyCountryEnd, inHostEnd, portfolioEnd, portfolioForEnd } from './post-phrase.ts';
import { isCapWord, matchPost, phraseText, type PhraseContext } from './phrase-words.ts';
import { vietnameseBodyName } from '../../lexicon/shared/bilingual.ts';
import { findPlace } from '../../lexicon/shared/provinces.ts';
import { PLACE_TAIL, isVietnameseNameWord } from './names.ts';
import { wordEnd } from './tokens.ts';
import { nameToEnglish } from './english-words.ts';
import { unnamed } from '../../base/unnamed.ts';

// Compiled once: tsx (esbuild) writes a \p{…} expression literal as `new RegExp(…)`, which ran at
// every evaluation inside the function (decision 0077).
// A hyphenated given name may capitalise its second part ("Jean-Pierre Raffarin", decision 0094).
const NAME_WORD_OR_POSSESSIVE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[’']s)?$/u;
// A word of a name written before its post: a hyphenated given name too ("Kim Jong-min, General
// Director of …"; decision 0081), as after a post (0076).
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** The most words of a foreign name read after a post, initials and particles not counted (decision 0102). */
const MAX_FOREIGN_NAME_WORDS = 4;

/** Only one space between tokens a and b. */
const oneSpace = (ctx: PhraseContext, a: number, b: number) =>
  ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start) === ' ';

/**
 * Inside a foreign name, from token k: a run of initials ("C.") and lower-case particles ("von der",
 * pattern name-particle) followed by one more capitalised word; the index of the run's last token,
 * or -1 (decision 0094). `nameWord` tells whether a token can be a word of the name.
 */
function innerPartEnd(ctx: PhraseContext, k: number, nameWord: (j: number) => boolean): number {
  const { tokens } = ctx;
  let e = k - 1;
  for (let n = 0; n < 3; n++) {
    const t = tokens[e + 1];
    if (!t || t.kind !== 'word' || !oneSpace(ctx, e, e + 1) || ctx.blocked(e + 1)) break;
    if (!t.cap && NAME_PARTICLE.test(t.text)) e += 1;
    else if (t.cap && t.text.length === 1 && tokens[e + 2]?.text === '.' && tokens[e + 2]!.start === t.end)
      e += 2;
    else break;
  }
  return e >= k && tokens[e + 1] && oneSpace(ctx, e, e + 1) && nameWord(e + 1) ? e : -1;
}

/**
 * A title or rank at token i, from honorifics.txt ("Dr.", "Senior Lieutenant General", "Prof. Dr."):
 * the index of the first token after it, or -1. A foreign name is read after it as after a post
 * (decision 0094).
 */
export function titleEnd(ctx: PhraseContext, i: number): number {
  const { tokens } = ctx;
  let k = i;
  for (let n = 0; n < 2; n++) {
    const first = tokens[k];
    if (!first || first.kind !== 'word' || !first.cap) break;
    let end = -1;
    const honorifics = HONORIFICS_BY_FIRST_WORD.get(first.key);
    if (honorifics === undefined) break;
    for (const words of honorifics) {
      let j = k;
      let ok = true;
      for (const w of words) {
        if (tokens[j]?.key !== w || tokens[j]!.kind !== 'word' || ctx.blocked(j)) {
          ok = false;
          break;
        }
        j++;
        if (tokens[j]?.text === '.') j++;
      }
      if (ok) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    k = end;
  }
  return k > i ? k : -1;
}

/** A foreign name found: its first and last tokens, its offsets and its text. */
export interface ForeignName {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

/** The name from token `first` to `last`, its text ending at `end` (after a word, or a suffix's full stop). */
function foreignName(ctx: PhraseContext, first: number, last: number, end: number): ForeignName {
  const start = ctx.tokens[first]!.start;
  return { first, last, start, end, text: ctx.text.slice(start, end) };
}

/** Can token j be a word of a foreign name in sentence `sentence` read after a post? */
function foreignNameWord(ctx: PhraseContext, j: number, sentence: number): boolean {
  const t = ctx.tokens[j];
  return (
    t !== undefined &&
    isCapWord(t) &&
    !t.acronym &&
    !ctx.blocked(j) &&
    t.sentence === sentence &&
    !BODY_HEADS.has(t.key) &&
    !VENUE_WORDS.has(t.key) &&
    !EVENT_WORDS.has(t.key) &&
    !matchPost(ctx, j) &&
    // A hyphenated given name: "Choi Young-sam" (decision 0076).
    NAME_WORD_OR_POSSESSIVE.test(t.text)
  );
}

/**
 * A place's noun ("province"), or the first word of a place at home or abroad ("Japan", "Hai"):
 * no word of a foreign person's name.
 */
function placeWord(t: { key: string; text: string }): boolean {
  return PLACE_TAIL.has(t.key) || PLACES_ABROAD_FIRST_WORDS.has(t.key) || !!findPlace(t.text);
}

/**
 * The last token of a foreign name of two to four words (initials and particles inside it; four since
 * decision 0102, "Ferdinand Romualdez Marcos") from token `first`, with a generational suffix after
 * it (pattern name-suffix: "Marcos Jr."), ending the capitalised phrase; -1 when there is none.
 */
function nameRunEnd(ctx: PhraseContext, first: number, sentence: number): number {
  const { tokens } = ctx;
  const nameWord = unnamed(
    (j: number) => foreignNameWord(ctx, j, sentence) && !NAME_SUFFIX.test(tokens[j]!.text),
  );
  let last = first - 1;
  let words = 0;
  while (words < MAX_FOREIGN_NAME_WORDS) {
    if (words > 0 && (!tokens[last + 1] || !oneSpace(ctx, last, last + 1))) break;
    if (nameWord(last + 1)) {
      last++;
      words++;
      if (tokens[last]!.possessive) break;
      continue;
    }
    // "John C. Aquilino", "Ursula von der Leyen": initials and particles inside the name (0094).
    const inner = words > 0 && !tokens[last]!.possessive ? innerPartEnd(ctx, last + 1, nameWord) : -1;
    if (inner < 0) break;
    last = inner;
  }
  if (words < 2) return -1;
  // A Vietnamese name starting inside the run ends a post's body, not a foreign name: "Chairman of
  // Vietnam Airlines Dang Ngoc Hoa" is no "Airlines Dang Ngoc Hoa" (four words since decision 0102).
  for (let k = first + 1; k <= last; k++) if (ctx.nameStarts.has(k)) return -1;
  // "Marcos Jr.": the suffix and its full stop written on to it belong to the name.
  const suffix = tokens[last + 1];
  if (
    suffix &&
    !tokens[last]!.possessive &&
    oneSpace(ctx, last, last + 1) &&
    NAME_SUFFIX.test(suffix.text) &&
    tokens[last + 2]?.text === '.' &&
    tokens[last + 2]!.start === suffix.end
  )
    last += 2;
  const after = tokens[last + 1];
  if (after && after.kind === 'word' && after.cap && after.sentence === sentence && !tokens[last]!.possessive)
    return -1;
  return last;
}

/**
 * A foreign name of one word right after a post, token `first`: "Foreign Minister Sugiono", "President
 * Prabowo said" (Indonesians often go by one name; decision 0102). Only a word that is no
 * Vietnamese syllable (a Vietnamese short reference, "Chairman Duc said", is not a new person), no
 * place, ends the capitalised phrase, and stands nowhere in the article before another capitalised
 * word (then it is the given name of a longer name: "Prabowo Subianto … President Prabowo") nor in a
 * longer name read after a post (findPostAnchoredNames drops it then); first, or -1.
 */
function oneWordNameEnd(ctx: PhraseContext, first: number, sentence: number): number {
  const { tokens } = ctx;
  const t = tokens[first];
  if (!t || !foreignNameWord(ctx, first, sentence) || t.possessive || t.text.includes('-')) return -1;
  if (isVietnameseNameWord(t) || placeWord(t) || FOREIGN_FAMILY_NAMES.has(t.key)) return -1;
  if (endsKnownBodyName(ctx, first)) return -1;
  const after = tokens[first + 1];
  if (after && after.kind === 'word' && after.cap && after.sentence === sentence) return -1;
  for (let k = 0; k < tokens.length; k++) {
    if (k === first || tokens[k]!.key !== t.key) continue;
    const o = tokens[k + 1];
    if (o && o.kind === 'word' && o.cap && o.sentence === tokens[k]!.sentence && oneSpace(ctx, k, k + 1))
      return -1;
  }
  return first;
}

/**
 * Token `last` ends a body the bilingual lexicon names whole, with the capitalised words written
 * before it: "General Director of Vietnam Electricity" is a post at a body, not a post of Vietnam
 * and a one-word name "Electricity" (decision 0102, found where it met 0104's body grid).
 */
function endsKnownBodyName(ctx: PhraseContext, last: number): boolean {
  const { tokens } = ctx;
  for (let k = last - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || t.possessive || !oneSpace(ctx, k, k + 1)) break;
    if (vietnameseBodyName(phraseText(ctx, k, last).text) !== null) return true;
  }
  return false;
}

/**
 * The last head word of a body named after a post's "of", right after token `last`: "President of
 * the Lao National Assembly" → "Assembly", "Director General of Japan Customs" → "Customs" — the
 * last head (body-words.tsv) of the capitalised run, which a foreign name may follow (decision
 * 0098); -1 when there is none.
 */
function headOfEnd(ctx: PhraseContext, last: number): number {
  const { tokens } = ctx;
  const of = tokens[last + 1];
  if (of?.key !== 'of' || of.cap) return -1;
  let k = last + 2;
  if (tokens[k]?.key === 'the' && !tokens[k]!.cap) k++;
  let head = -1;
  const first = k;
  let runEnd = -1;
  for (; k < last + 14; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.sentence !== tokens[last]!.sentence || ctx.blocked(k)) break;
    if (k > last + 2 && !oneSpace(ctx, k - 1, k)) break;
    // "Party chief of Gia Lai province": a place's lower-case noun ends the place as a head ends a body.
    if (!t.cap && PLACE_NOUNS.has(t.key) && k > last + 2) {
      head = k;
      break;
    }
    if (!t.cap && t.key !== 'of' && t.key !== 'and' && t.key !== 'the') break;
    if (t.cap && BODY_HEADS.has(t.key)) head = k;
    // "General Director of Busan Steel Vina Co., Ltd": a company head written with its full stop
    // ends the body, and no name follows it (body-words.tsv `abbreviated-head`; decision 0127).
    if (t.cap && ABBREVIATED_HEADS.has(t.key) && tokens[k + 1]?.text === '.' && k > last + 2) return k;
    runEnd = k;
  }
  // "Director General of Viet Nam Social Security": a run the bilingual lexicon knows whole is a body
  // with no head word, not a country and a name (decision 0127).
  if (head < 0 && runEnd > first && vietnameseBodyName(phraseText(ctx, first, runEnd).text)) return runEnd;
  return head;
}

/**
 * Names of foreign officials, which the Vietnamese-name test cannot see, where a capitalised
 * post stands right before them: "Lao Prime Minister Sonexay Siphandone". Two or three
 * capitalised words, none of them a body, venue or event word, ending the phrase.
 */
export function findPostAnchoredNames(
  ctx: PhraseContext,
  vietnameseNameTokens: ReadonlySet<number>,
): ForeignName[] {
  const { tokens } = ctx;
  const found: ForeignName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap || ctx.blocked(i)) continue;
    const post = matchPost(ctx, i);
    let first: number;
    if (post) {
      if (post.entry.needsOf || post.entry.plural || !tokens[i]!.cap) continue;
      // "Korean Ambassador to Viet Nam Choi Young-sam": the envoy's country ends the post (decision 0076).
      // "Minister of Foreign Affairs Prak Sokhonn": the portfolio the table knows ends the post (0076).
      // "Ambassador of the Republic of Korea to Viet Nam Choi Young-sam", "Governor of Gyeonggi Province
      // of the Republic of Korea Kim Dong-yeon": the places abroad after "of" end the post (decision 0086).
      const abroad = abroadOfEnd(ctx, post.entry, post.last);
      first =
        Math.max(
          abroad,
          envoyCountryEnd(ctx, post.entry, abroad),
          portfolioEnd(ctx, post.entry, post.last),
          // "Minister for Europe and Foreign Affairs Jean-Noël Barrot" (decision 0119).
          portfolioForEnd(ctx, post.entry, post.last),
        ) + 1;
      if (tokens[post.last]!.possessive) continue;
    } else {
      // "Dr. Tedros Adhanom", "Senior Lieutenant General Takahashi Kenji": a title, then the name (0094).
      first = titleEnd(ctx, i);
      if (first < 0) continue;
    }
    let last = -1;
    // A Vietnamese name already read (or set aside as part of a concept) is not a foreign one.
    if (!vietnameseNameTokens.has(first)) last = nameRunEnd(ctx, first, t.sentence);
    // "Minister of Foreign Affairs Sugiono", "Dr. Sugiono": one word where the post's or the title's
    // own end leaves it (decision 0102).
    if (last < 0 && !vietnameseNameTokens.has(first)) last = oneWordNameEnd(ctx, first, t.sentence);
    // "President of Laos Thongloun Sisoulith", "President of the Lao National Assembly Saysomphone
    // Phomvihane": where the post's own end leaves no name, a country after "of" or a body's head
    // ends the post, and a name of two or three words up to the phrase's end follows (decision 0098).
    if (last < 0 && post && !post.entry.needsOf) {
      // A body's head after the country is the body's end: "Chairman of the Viet Nam National Industry
      // and Energy Group (Petrovietnam) Le Ngoc Son" is not cut at "Viet Nam".
      const head = headOfEnd(ctx, post.last);
      const ends =
        head > post.last
          ? [head]
          : [abroadOfEnd(ctx, post.entry, post.last, true), inHostEnd(ctx, post.last)];
      for (const e of ends) {
        if (e <= post.last || vietnameseNameTokens.has(e + 1)) continue;
        last = nameRunEnd(ctx, e + 1, t.sentence);
        if (last < 0) last = oneWordNameEnd(ctx, e + 1, t.sentence);
        if (last >= 0) {
          first = e + 1;
          break;
        }
      }
    }
    if (last < 0) continue;
    const lastToken = tokens[last]!;
    // "Marcos Jr.": the suffix's full stop is the name's.
    const end = NAME_SUFFIX.test(lastToken.text) ? lastToken.end + 1 : wordEnd(lastToken);
    found.push(foreignName(ctx, first, last, end));
    i = last;
  }
  // A one-word name that is a word of a longer name read here is its short form ("President Joko
  // Widodo … President Widodo"), not a person of its own (decision 0102).
  const longerWords = new Set<string>();
  for (const f of found)
    if (f.last > f.first) for (let k = f.first; k <= f.last; k++) longerWords.add(tokens[k]!.key);
  return longerWords.size === 0
    ? found
    : found.filter((f) => f.last > f.first || !longerWords.has(tokens[f.first]!.key));
}

/**
 * A foreign name after "counterpart" (pattern counterpart-before-name; decision 0130): "his Lao
 * counterpart Thongsavan Phomvihane", "her Thai counterpart, Maris Sangiampongsa,": the words a post
 * would be followed by, or one word English does not know with no capitalised word after it.
 */
export function findCounterpartNames(
  ctx: PhraseContext,
  vietnameseNameTokens: ReadonlySet<number>,
): ForeignName[] {
  const { tokens } = ctx;
  const found: ForeignName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.cap || !COUNTERPART_BEFORE_NAME.test(t.key)) continue;
    let first = i + 1;
    if (tokens[first]?.text === ',') first++;
    const f = tokens[first];
    if (!f || f.sentence !== t.sentence || vietnameseNameTokens.has(first) || ctx.blocked(first)) continue;
    let last = nameRunEnd(ctx, first, t.sentence);
    if (last < 0 && oneWordNameEnd(ctx, first, t.sentence) >= 0 && oneWordAppositionName(ctx, first))
      last = first;
    if (last < 0) continue;
    const end = wordEnd(tokens[last]!);
    found.push(foreignName(ctx, first, last, end));
  }
  return found;
}

/**
 * Names of foreign officials written before their post, in apposition: "Lawrence Wong, Singapore's
 * prime minister,", "Lee Hsien Loong, the senior minister", "Giel Rutten, Amkor Technology's chief
 * executive" (decision 0066). Two or three capitalised words starting a phrase, none of them a body,
 * venue, event or post word, then a comma, "the" or an owner in the possessive (up to three
 * capitalised words), and a post of the lexicon.
 */
export function findAppositionNames(
  ctx: PhraseContext,
  vietnameseNameTokens: ReadonlySet<number>,
): ForeignName[] {
  const { tokens } = ctx;
  const found: ForeignName[] = [];
  const nameWord = unnamed((j: number, sentence: number) => {
    const t = tokens[j];
    return (
      isCapWord(t) &&
      !t!.acronym &&
      !t!.possessive &&
      t!.sentence === sentence &&
      !ctx.blocked(j) &&
      !vietnameseNameTokens.has(j) &&
      !BODY_HEADS.has(t!.key) &&
      !VENUE_WORDS.has(t!.key) &&
      !EVENT_WORDS.has(t!.key) &&
      !matchPost(ctx, j) &&
      NAME_WORD.test(t!.text)
    );
  });
  // From each comma back to the name before it: commas are far fewer than capitalised words.
  for (let comma = 2; comma < tokens.length; comma++) {
    if (tokens[comma]!.text !== ',') continue;
    // "Ferdinand Romualdez Marcos Jr., …": the suffix and its full stop end the name (decision 0116).
    const suffixed = suffixBefore(ctx, comma);
    const last = suffixed ? comma - 3 : comma - 1;
    const sentence = tokens[last]!.sentence;
    if (!nameWord(last, sentence)) continue;
    let first = last;
    let words = 1;
    while (words < 3 && first > 0 && oneSpace(ctx, first - 1, first)) {
      if (nameWord(first - 1, sentence)) {
        first--;
        words++;
        continue;
      }
      // "John C. Aquilino, …", "Ursula von der Leyen, …": initials and particles inside the name (0094).
      let k = first;
      for (let n = 0; n < 3 && k > 1; n++) {
        const t = tokens[k - 1]!;
        if (t.kind === 'word' && !t.cap && NAME_PARTICLE.test(t.text) && oneSpace(ctx, k - 2, k - 1)) k--;
        else if (
          t.text === '.' &&
          tokens[k - 2]!.kind === 'word' &&
          tokens[k - 2]!.cap &&
          tokens[k - 2]!.text.length === 1 &&
          tokens[k - 2]!.end === t.start &&
          k > 2 &&
          oneSpace(ctx, k - 3, k - 2)
        )
          k -= 2;
        else break;
      }
      if (k === first || !nameWord(k - 1, sentence) || !oneSpace(ctx, k - 1, k)) break;
      first = k - 1;
      words++;
    }
    // "Colonel Bounmy Keomany, director of …": a rank or title of honorifics.txt before the name is
    // no word of it (decision 0129); the name is the two words or more after it.
    const afterTitle = titleEnd(ctx, first);
    if (afterTitle > first && afterTitle <= last - 1) {
      first = afterTitle;
      words = last - first + 1;
    }
    // The name starts a phrase: the word before it is not a capitalised word of the same sentence.
    else if (first > 0 && isCapWord(tokens[first - 1]) && tokens[first - 1]!.sentence === sentence) continue;
    // One word alone only when English does not know it ("Sugiono," not "Meanwhile,"; decision 0130).
    const oneWord = words < 2;
    if (oneWord && !oneWordAppositionName(ctx, first)) continue;
    let j = comma + 1;
    // "Takahashi Kenji, who is also Vice Chairman of …" (pattern apposition-clause, decision 0094).
    // The pattern's first word first: a comma after a name is rarely followed by it.
    if (tokens[j]?.key === 'who')
      for (const n of [3, 2])
        if (
          tokens[j + n - 1]?.sentence === sentence &&
          APPOSITION_CLAUSE.test(
            tokens
              .slice(j, j + n)
              .map((x) => x.key)
              .join(' '),
          )
        ) {
          j += n;
          break;
        }
    if (tokens[j]?.key === 'the') j++;
    // An acronym owner: "the EU Ambassador to Viet Nam".
    if (tokens[j]?.acronym && tokens[j]!.sentence === sentence) j++;
    // An owner in the possessive: "Singapore's", "Amkor Technology's".
    for (let k = j; k < j + 3 && isCapWord(tokens[k]) && tokens[k]!.sentence === sentence; k++)
      if (tokens[k]!.possessive) {
        j = k + 1;
        break;
      }
    // A body written before the post with no possessive: "Karen Williams, World Bank Country Director
    // for Viet Nam" — up to four capitalised words ending in a body head, right before a post (0127).
    for (let k = j; k < j + 4 && isCapWord(tokens[k]) && tokens[k]!.sentence === sentence; k++) {
      if (tokens[k]!.possessive || matchPost(ctx, k)) break;
      if (BODY_HEADS.has(tokens[k]!.key) && matchPost(ctx, k + 1)) {
        j = k + 1;
        break;
      }
    }
    // A nationality before the post: "Andrew Goledzinowski, Australian Ambassador to Viet Nam" (decision 0071).
    if (
      isCapWord(tokens[j]) &&
      !tokens[j]!.possessive &&
      tokens[j]!.sentence === sentence &&
      !matchPost(ctx, j) &&
      matchPost(ctx, j + 1)
    )
      j++;
    const post = matchPost(ctx, j);
    if (!post || tokens[j]!.sentence !== sentence) continue;
    // "Ha Long Bay, the prime minister said, …": a reporting clause, not an apposition.
    if (/^(?:said|says|told|added|noted|stressed)$/.test(tokens[post.last + 1]?.key ?? '')) continue;
    // "Thereafter, Deputy Minister Tran Van Hoa spoke": a name after the post is the post's own.
    if (oneWord && nameAfterPost(tokens, post.last + 1, sentence, vietnameseNameTokens)) continue;
    const end = tokens[suffixed ? comma - 1 : last]!.end;
    found.push(foreignName(ctx, first, suffixed ? comma - 1 : last, end));
  }
  return found;
}

/** A Vietnamese name's token from `from` to the next comma of the sentence: the post's own holder. */
function nameAfterPost(
  tokens: PhraseContext['tokens'],
  from: number,
  sentence: number,
  vietnameseNameTokens: ReadonlySet<number>,
): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence && tokens[k]!.text !== ','; k++)
    if (vietnameseNameTokens.has(k)) return true;
  return false;
}

/**
 * Token `at` may be a one-word name in apposition ("Sugiono, Deputy Minister of Finance, …"; decision
 * 0130): no Vietnamese name word, place or hyphenated word, a name to English (compromise knows no other
 * reading of it), and nowhere in the article beside another capitalised word (then it is a word of a
 * longer name, "Joko Widodo … Widodo, the President, …").
 */
function oneWordAppositionName(ctx: PhraseContext, at: number): boolean {
  const { tokens } = ctx;
  const t = tokens[at]!;
  if (isVietnameseNameWord(t) || placeWord(t) || t.text.includes('-')) return false;
  if (!nameToEnglish(t.text)) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (k === at || tokens[k]!.key !== t.key) continue;
    const s = tokens[k]!.sentence;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (after && isCapWord(after) && after.sentence === s && oneSpace(ctx, k, k + 1)) return false;
    if (before && isCapWord(before) && before.sentence === s && oneSpace(ctx, k - 1, k)) return false;
  }
  return true;
}

/**
 * A generational suffix with its full stop right before token `at` ("Marcos Jr." before a comma or
 * "and"; pattern name-suffix), written on to the word before it: the name's last word is then at - 3.
 */
function suffixBefore(ctx: PhraseContext, at: number): boolean {
  const { tokens } = ctx;
  const stop = tokens[at - 1];
  const suffix = tokens[at - 2];
  return (
    at >= 3 &&
    stop?.text === '.' &&
    !!suffix &&
    stop.start === suffix.end &&
    NAME_SUFFIX.test(suffix.text) &&
    oneSpace(ctx, at - 3, at - 2)
  );
}

/**
 * East Asian names written family name first, wherever they stand ("It was attended by Wang Yi and
 * …", "Director General of Japan Customs Takahashi Kenji attended"): a family name of
 * foreign-family-names.tsv, then one or two capitalised name-shaped words (a hyphenated given name
 * too), not followed by another capitalised word or a place noun, none of them a post, body, venue
 * or event word (decision 0094).
 */
export function findForeignFamilyNames(
  ctx: PhraseContext,
  vietnameseNameTokens: ReadonlySet<number>,
): ForeignName[] {
  const { tokens } = ctx;
  const found: ForeignName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The Set look-up first: nearly every token leaves here.
    if (t.kind !== 'word' || !t.cap || t.possessive || !FOREIGN_FAMILY_NAMES.has(t.key)) continue;
    if (ctx.blocked(i) || vietnameseNameTokens.has(i) || !NAME_WORD.test(t.text)) continue;
    let last = i;
    while (
      last - i < 2 &&
      !tokens[last]!.possessive &&
      !vietnameseNameTokens.has(last + 1) &&
      oneSpace(ctx, last, last + 1) &&
      foreignNameWord(ctx, last + 1, t.sentence) &&
      // "Toyota Vietnam", "… Japan": a country or place is no given name.
      !placeWord(tokens[last + 1]!)
    )
      last++;
    if (last === i) continue;
    const next = tokens[last + 1];
    if (
      next &&
      !tokens[last]!.possessive &&
      next.kind === 'word' &&
      next.sentence === t.sentence &&
      oneSpace(ctx, last, last + 1) &&
      (next.cap || PLACE_TAIL.has(next.key))
    )
      continue;
    const end = wordEnd(tokens[last]!);
    found.push(foreignName(ctx, i, last, end));
    i = last;
  }
  return found;
}

/**
 * A foreign name written given name first between two persons of a list ("attended by Pham Van
 * Long, Antony Blinken and Do Thi Mai", decision 0094): after a person found, a comma or "and", then
 * two or three capitalised name-shaped words (initials and particles inside: "John C. Aquilino",
 * "Ursula von der Leyen"), none of them a post, body, venue, event, place-noun or place word, with
 * no capitalised word after them — and the list goes on, through more such members, to a person
 * found ("Tran Van Son, Golden Lotus and Silver Star" ends with no person: no one is read).
 * `personEnds` and `personStarts` hold the last and first tokens of every person found.
 */
export function findListedForeignNames(
  ctx: PhraseContext,
  personEnds: ReadonlySet<number>,
  personStarts: ReadonlySet<number>,
  vietnameseNameTokens: ReadonlySet<number>,
): ForeignName[] {
  const { tokens } = ctx;
  const found: ForeignName[] = [];
  const nameWord = unnamed(
    (j: number) =>
      isCapWord(tokens[j]) &&
      !tokens[j]!.acronym &&
      !tokens[j]!.possessive &&
      !ctx.blocked(j) &&
      !vietnameseNameTokens.has(j) &&
      !BODY_HEADS.has(tokens[j]!.key) &&
      !VENUE_WORDS.has(tokens[j]!.key) &&
      !EVENT_WORDS.has(tokens[j]!.key) &&
      !placeWord(tokens[j]!) &&
      !matchPost(ctx, j) &&
      NAME_WORD.test(tokens[j]!.text),
  );
  for (const end of personEnds) {
    const members: ForeignName[] = [];
    let last = end;
    for (let guard = 0; guard < 6; guard++) {
      const sep = tokens[last + 1];
      if (!sep || (sep.text !== ',' && sep.key !== 'and') || sep.sentence !== tokens[last]!.sentence) break;
      const first = last + 2;
      // The list reaches a person found: its members between are persons.
      if (personStarts.has(first)) {
        found.push(...members);
        break;
      }
      if (!nameWord(first) || tokens[first]!.sentence !== sep.sentence || !oneSpace(ctx, last + 1, first))
        break;
      let k = first;
      let words = 1;
      while (words < 3 && tokens[k + 1] && oneSpace(ctx, k, k + 1)) {
        if (nameWord(k + 1)) {
          k++;
          words++;
          continue;
        }
        const inner = innerPartEnd(ctx, k + 1, nameWord);
        if (inner < 0) break;
        k = inner;
      }
      // "…, Ferdinand Romualdez Marcos Jr. and …": the suffix and its full stop (decision 0116)
      if (tokens[k + 3] && suffixBefore(ctx, k + 3)) k += 2;
      const next = tokens[k + 1];
      if (
        // One word alone only when English does not know it ("…, Sugiono and …"; decision 0130).
        (words < 2 && !oneWordAppositionName(ctx, first)) ||
        (next &&
          next.kind === 'word' &&
          next.sentence === sep.sentence &&
          oneSpace(ctx, k, k + 1) &&
          (next.cap || PLACE_TAIL.has(next.key)))
      )
        break;
      const endOffset = wordEnd(tokens[k]!);
      members.push({
        first,
        last: k,
        start: tokens[first]!.start,
        end: endOffset,
        text: ctx.text.slice(tokens[first]!.start, endOffset),
      });
      last = k;
    }
  }
  return found;
}
