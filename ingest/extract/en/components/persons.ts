// Component 2, persons: Vietnamese names (2–4 capitalised syllables from a family name), a given
// name alone as a reference to the full name before it, and foreign officials named right after a
// capitalised post or right before a post in apposition ("Lawrence Wong, Singapore's prime minister"). Names that are part of a concept ("Ho Chi Minh Thought") are no persons.
import type { ExtractedPerson } from '../../../types.ts';
import { nameKey } from '../../../text/normalise.ts';
import {
  findAppositionNames,
  findCounterpartNames,
  findForeignFamilyNames,
  findListedForeignNames,
  findPostAnchoredNames,
} from '../foreign-names.ts';
import { findGivenNameMentions, findNames, type NameSpan } from '../names.ts';
import { findPlace } from '../../../lexicon/shared/provinces.ts';
import type { PhraseContext } from '../phrase-words.ts';
import type { PersonLayer, TokenLayer } from './article.ts';
import { unnamed } from '../../../base/unnamed.ts';

export function readPersons(doc: TokenLayer): PersonLayer {
  const { tokens, text, blocked } = doc;
  const names = findNames(tokens, text, blocked);
  const conceptual = new Set(names.filter((n) => n.conceptual).map((n) => nameKey(n.text)));
  const fullNames = names.filter((n) => !conceptual.has(nameKey(n.text)));
  const personNames = [...fullNames, ...findGivenNameMentions(tokens, text, fullNames, blocked)];
  const nameStarts = new Set(personNames.map((n) => n.first));
  // Filled by a loop: flatMap with an Array.from per name was 0.6 % of English extraction (decision 0077).
  const vietnameseNameTokens = new Set<number>();
  for (const n of names) for (let k = n.first; k <= n.last; k++) vietnameseNameTokens.add(k);
  const context: PhraseContext = {
    tokens,
    text,
    nameStarts,
    blocked,
    acronyms: new Set<string>(),
    portfolioHeads: null,
    lastBodyRead: null,
  };
  for (const foreign of [
    ...findPostAnchoredNames(context, vietnameseNameTokens),
    ...findAppositionNames(context, vietnameseNameTokens),
    ...findCounterpartNames(context, vietnameseNameTokens),
    ...findForeignFamilyNames(context, vietnameseNameTokens),
  ]) {
    if (nameStarts.has(foreign.first)) continue;
    if (findPlace(foreign.text)) continue;
    personNames.push({ ...foreign, conceptual: false });
    nameStarts.add(foreign.first);
  }
  // A given-name-first foreign name listed after a person found (decision 0094).
  const personEnds = new Set<number>();
  for (const n of personNames) if (!n.refersTo) personEnds.add(n.last);
  for (const listed of findListedForeignNames(context, personEnds, nameStarts, vietnameseNameTokens)) {
    if (nameStarts.has(listed.first) || findPlace(listed.text)) continue;
    personNames.push({ ...listed, conceptual: false });
    nameStarts.add(listed.first);
  }
  // A foreign name's last word alone later, where no Vietnamese name ends in it: a short reference to
  // it, as a Vietnamese given name is ("Lam and Macron held talks" after "… Emmanuel Macron";
  // decision 0130). Names of one word are their own references.
  const foreignNames = personNames.filter(
    (n) => !n.refersTo && n.last > n.first && !vietnameseNameTokens.has(n.first),
  );
  if (foreignNames.length > 0) {
    const vietnameseEnds = new Set(fullNames.map((n) => tokens[n.last]!.key));
    const full = foreignNames.filter((n) => !vietnameseEnds.has(tokens[n.last]!.key));
    const taken = new Uint8Array(tokens.length);
    for (const n of personNames) taken.fill(1, n.first, n.last + 1);
    for (const m of findGivenNameMentions(tokens, text, full, blocked))
      if (taken[m.first] === 0 && !vietnameseNameTokens.has(m.first)) personNames.push(m);
  }
  personNames.sort((a, b) => a.start - b.start);

  const keys = new Map<string, string>();
  const personKey = unnamed((n: NameSpan): string => {
    const written = n.refersTo ?? n.text;
    let key = keys.get(written);
    if (key === undefined) keys.set(written, (key = nameKey(written)));
    return key;
  });
  const personMentions = new Map<string, ExtractedPerson>();
  for (const n of personNames) {
    const key = personKey(n);
    let person = personMentions.get(key);
    if (!person) personMentions.set(key, (person = { name: n.refersTo ?? n.text, titles: [], mentions: [] }));
    person.mentions.push({ start: n.start, end: n.end, text: n.text, sentence: tokens[n.first]!.sentence });
  }
  return { personNames, nameAt: new Map(personNames.map((n) => [n.first, n])), personKey, personMentions };
}
