// Names of foreign officials, which the Vietnamese-name test (names.ts) cannot see, read from the
// capitalised post standing right before them.
import { BODY_HEADS, EVENT_WORDS, VENUE_WORDS } from './lexicon.ts';
import { abroadOfEnd, envoyCountryEnd, portfolioEnd } from './post-phrase.ts';
import { isCapWord, matchPost, type PhraseContext } from './phrase-words.ts';
import { wordEnd } from './tokens.ts';
import { unnamed } from '../../base/unnamed.ts';

// Compiled once: tsx (esbuild) writes a \p{…} expression literal as `new RegExp(…)`, which ran at
// every evaluation inside the function (decision 0077).
const NAME_WORD_OR_POSSESSIVE = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:[’']s)?$/u;
// A word of a name written before its post: a hyphenated given name too ("Kim Jong-min, General
// Director of …"; decision 0081), as after a post (0076).
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;

/** A foreign name found: its first and last tokens, its offsets and its text. */
export interface ForeignName {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
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
    if (!post || post.entry.needsOf || post.entry.plural || !tokens[i]!.cap) continue;
    // "Korean Ambassador to Viet Nam Choi Young-sam": the envoy's country ends the post (decision 0076).
    // "Minister of Foreign Affairs Prak Sokhonn": the portfolio the table knows ends the post (0076).
    // "Ambassador of the Republic of Korea to Viet Nam Choi Young-sam", "Governor of Gyeonggi Province
    // of the Republic of Korea Kim Dong-yeon": the places abroad after "of" end the post (decision 0086).
    const abroad = abroadOfEnd(ctx, post.entry, post.last);
    const first =
      Math.max(abroad, envoyCountryEnd(ctx, post.entry, abroad), portfolioEnd(ctx, post.entry, post.last)) +
      1;
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
      // A hyphenated given name: "Choi Young-sam" (decision 0076).
      NAME_WORD_OR_POSSESSIVE.test(tokens[last + 1]!.text)
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
    const end = wordEnd(lastToken);
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
    const last = comma - 1;
    const sentence = tokens[last]!.sentence;
    if (!nameWord(last, sentence)) continue;
    let first = last;
    while (
      last - first < 2 &&
      first > 0 &&
      nameWord(first - 1, sentence) &&
      /^ $/.test(ctx.text.slice(tokens[first - 1]!.end, tokens[first]!.start))
    )
      first--;
    // The name starts a phrase: the word before it is not a capitalised word of the same sentence.
    if (
      last === first ||
      (first > 0 && isCapWord(tokens[first - 1]) && tokens[first - 1]!.sentence === sentence)
    )
      continue;
    let j = last + 2;
    if (tokens[j]?.key === 'the') j++;
    // An acronym owner: "the EU Ambassador to Viet Nam".
    if (tokens[j]?.acronym && tokens[j]!.sentence === sentence) j++;
    // An owner in the possessive: "Singapore's", "Amkor Technology's".
    for (let k = j; k < j + 3 && isCapWord(tokens[k]) && tokens[k]!.sentence === sentence; k++)
      if (tokens[k]!.possessive) {
        j = k + 1;
        break;
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
    found.push({
      first,
      last,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      text: ctx.text.slice(tokens[first]!.start, tokens[last]!.end),
    });
  }
  return found;
}
