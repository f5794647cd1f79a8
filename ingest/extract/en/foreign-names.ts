// Names of foreign officials, which the Vietnamese-name test (names.ts) cannot see, read from the
// capitalised post standing right before them.
import { BODY_HEADS, EVENT_WORDS, VENUE_WORDS } from './lexicon.ts';
import { isCapWord, matchPost, type PhraseContext } from './phrase-words.ts';

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
