// Whether a capitalised word is one English knows, asked of compromise's lexicon and tagger (decision
// 0130): "Meanwhile", "Additionally", "Officials" are English words; "Sugiono", "Macron" are not,
// and "Putin", "Anwar" are names compromise knows. Asked only of a one-word name candidate (a word
// before a comma and a post), once per distinct word: a cached answer, so no article pays twice.
import nlp from 'compromise';

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
// What compromise's tagger gives a word it has no entry and no suffix rule for.
const FALLBACK_TAGS = new Set(['Noun', 'Singular', 'ProperNoun']);
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one
  .lexicon;
const cache = new Map<string, boolean>();

/**
 * The word (as written) reads as a name to English: compromise tags it a person's name, or it is in
 * no entry of compromise's lexicon and its tagger falls back to a singular noun for it.
 */
export function nameToEnglish(word: string): boolean {
  let answer = cache.get(word);
  if (answer !== undefined) return answer;
  const tags: string[] = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  answer = tags.some((t) => NAME_TAGS.has(t))
    ? true
    : !(word.toLowerCase() in lexicon) && tags.length > 0 && tags.every((t) => FALLBACK_TAGS.has(t));
  cache.set(word, answer);
  return answer;
}
