// Loads the Vietnamese lexicon files (ingest/lexicon/vi/) once, at module load, into phrase tries.
// Adding a post, a body type, a verb or a document kind is one line in one of those files.
import type { OrganizationKind } from '../../types.ts';
import { matchKey } from '../../text/normalise.ts';
import { LexiconError, readLexiconRows, readPatterns } from '../../lexicon/shared/lexicon-file.ts';
import { bodyKind } from '../../lexicon/shared/body-kinds.ts';
import { PROVINCES } from '../../lexicon/shared/provinces.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { phraseKeys } from './tokens.ts';

export { LexiconError };

const LEXICON_DIR = new URL('../../lexicon/vi/', import.meta.url);

/** Rows of a file in ingest/lexicon/vi/, through the one lexicon reader. */
function rows(file: string, minColumns: number): string[][] {
  return readLexiconRows(new URL(file, LEXICON_DIR), { minColumns }).map((row) => row.cells);
}

const keysOf = (phrase: string) => phraseKeys(phrase, matchKey);

export type PostKind = 'head' | 'fused';
export interface PostEntry {
  post: string;
  kind: PostKind;
  /** The role to report for an abbreviated post ("TUV" → "Tỉnh ủy viên"); null: the words as written. */
  role: string | null;
}

export type BodyComplement =
  | 'fixed'
  | 'place'
  | 'region-or-place'
  | 'field'
  | 'any'
  | 'nested'
  | 'nested-or-fixed'
  | 'place-after-locality'
  | 'field-or-fixed'
  | 'field-name'
  | 'field-name-or-fixed'
  | 'lower-words-to-place-or-fixed'
  | 'trade-name';
const COMPLEMENTS: BodyComplement[] = [
  'fixed',
  'place',
  'region-or-place',
  'field',
  'any',
  'nested',
  'nested-or-fixed',
  'place-after-locality',
  'field-or-fixed',
  'field-name',
  'field-name-or-fixed',
  'lower-words-to-place-or-fixed',
  'trade-name',
];
export interface BodyEntry {
  head: string;
  kind: OrganizationKind;
  complement: BodyComplement;
}

// 'none': words that contain a verb but are not one ("Ủy viên dự khuyết"); the longest match
// consumes them so the verb inside is not read.
export type VerbRelation =
  'chair' | 'chair-by' | 'attend' | 'speak' | 'implement' | 'issue' | 'appoint' | 'none';
export interface VerbEntry {
  words: string;
  relation: VerbRelation;
  direction: 'before' | 'after';
}

export interface DocumentKindEntry {
  letters: string;
  kind: string;
  otherKinds: string[];
}

function trieOf<V>(entries: Iterable<[string, V]>): PhraseTrie<V> {
  const trie = new PhraseTrie<V>();
  for (const [phrase, value] of entries) trie.add(keysOf(phrase), value);
  return trie;
}

const postRows = rows('posts.tsv', 2).map(([post, kind, role]): PostEntry => {
  if (kind !== 'head' && kind !== 'fused')
    throw new LexiconError(`posts.tsv: kind of ${post} must be head or fused, got ${kind}`);
  return { post: post!, kind, role: role || null };
});
export const POSTS = trieOf(postRows.map((p) => [p.post, p]));

const bodyRows = rows('bodies.tsv', 2).map(([head, complement]): BodyEntry => {
  if (!COMPLEMENTS.includes(complement as BodyComplement)) {
    throw new LexiconError(
      `bodies.tsv: complement of ${head} must be one of ${COMPLEMENTS.join(', ')}, got ${complement}`,
    );
  }
  return { head: head!, kind: bodyKind(head!, 'vi'), complement: complement as BodyComplement };
});
export const BODIES = trieOf(bodyRows.map((b) => [b.head, b]));
/** A brand read by its shape after a post ("Giám đốc Vietcombank Quy Nhơn"): an enterprise with no head word (decision 0091). */
export const BRAND_BODY: BodyEntry = { head: '', kind: bodyKind('Công ty', 'vi'), complement: 'fixed' };
/** The Prime Minister read as the issuer of a document ("… số 20/CT-TTg của Thủ tướng Chính phủ", decision 0126): a body only there. */
export const ISSUING_PRIME_MINISTER: BodyEntry = {
  head: 'Thủ tướng Chính phủ',
  kind: bodyKind('Thủ tướng Chính phủ', 'vi'),
  complement: 'fixed',
};

export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  rows('abbreviations.tsv', 2).map(([abbr, expansion]) => [matchKey(abbr!), matchKey(expansion!)]),
);

const verbRows = rows('verbs.tsv', 3).map(([words, relation, direction]): VerbEntry => ({
  words: words!,
  relation: relation as VerbRelation,
  direction: direction === 'after' ? 'after' : 'before',
}));
export const VERBS = trieOf(verbRows.map((v) => [v.words, v]));

export const DOCUMENT_KINDS: ReadonlyMap<string, DocumentKindEntry> = new Map(
  rows('document-kinds.tsv', 2).map(([letters, kind, ...others]) => [
    letters!.toUpperCase(),
    { letters: letters!, kind: kind!, otherKinds: others.filter(Boolean) },
  ]),
);
export const DOCUMENT_WORDS = trieOf(rows('document-words.txt', 1).map(([w]) => [w!, w!]));

export const HONORIFICS = trieOf(rows('honorifics.txt', 1).map(([w]) => [w!, w!]));
export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  rows('family-names.txt', 1).map(([w]) => matchKey(w!)),
);
export const LOCALITIES = trieOf(rows('localities.txt', 1).map(([w]) => [w!, w!]));
// Places, never persons: the provinces and cities of the one province table, by their name and every
// spelling written with capitals ("TP.HCM", "Thừa Thiên - Huế"; the lower-case newspaper host words
// are no place in running text), and the other place names of places.txt ("Việt Nam").
const PROVINCE_PLACES = PROVINCES.flatMap((p) => [p.name, ...p.spellings.filter((s) => /\p{Lu}/u.test(s))]);
export const PLACES = trieOf(
  [...PROVINCE_PLACES, ...rows('places.txt', 1).map(([w]) => w!)].map((w) => [w, w]),
);
export const FIELDS = trieOf(rows('fields.txt', 1).map(([w]) => [w!, w!]));
/** Foreign countries (countries.txt): a post, a country, then a foreign holder's name. */
export const COUNTRIES = trieOf(rows('countries.txt', 1).map(([w]) => [w!, w!]));
/** The same countries as the words' keys joined by spaces, as a body's key ends with them ("quốc hội campuchia"). */
export const COUNTRY_KEYS: ReadonlySet<string> = new Set(
  rows('countries.txt', 1).map(([w]) => keysOf(w!).join(' ')),
);

/** Issuer suffix of a code ("TU") → match key of the body head it stands for ("tỉnh ủy"). */
export const ISSUER_CODES: ReadonlyMap<string, string> = new Map(
  rows('issuer-codes.tsv', 2).map(([suffix, body]) => [suffix!.toUpperCase(), matchKey(body!)]),
);

export type EventKindWord = 'conference' | 'congress' | 'session' | 'working-visit' | 'ceremony';
export interface EventNounEntry {
  noun: string;
  kind: EventKindWord;
  /** The noun names a reported meeting even in a sentence that gives no date ("Tại Hội nghị"). */
  undated: boolean;
}
const EVENT_KIND_WORDS: EventKindWord[] = ['conference', 'congress', 'session', 'working-visit', 'ceremony'];
export const EVENT_NOUNS: readonly EventNounEntry[] = rows('event-nouns.tsv', 2).map(
  ([noun, kind, undated]) => {
    if (!EVENT_KIND_WORDS.includes(kind as EventKindWord)) {
      throw new LexiconError(
        `event-nouns.tsv: kind of ${noun} must be one of ${EVENT_KIND_WORDS.join(', ')}, got ${kind}`,
      );
    }
    return { noun: noun!, kind: kind as EventKindWord, undated: undated === 'undated' };
  },
);

/** Alternatives of a word list for a pattern, longest first so that the longest wins. */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
}

const DOCUMENT_KIND_WORDS = alternation(
  [...DOCUMENT_KINDS.values()].flatMap((k) => [k.kind, ...k.otherKinds]),
);

/** The named patterns of ingest/lexicon/vi/patterns.tsv (sources; each module compiles its own flags). */
export const PATTERNS: ReadonlyMap<string, string> = readPatterns(
  new URL('patterns.tsv', LEXICON_DIR),
  new Map([
    // The kinds of document-kinds.tsv, as written there (capitalised: "Nghị quyết"); patterns
    // compiled with 'i' read them in any case, the others only as a name writes them.
    ['document-kind-words', DOCUMENT_KIND_WORDS],
    ['document-kind-capitalised', DOCUMENT_KIND_WORDS],
  ]),
);

/** The source of a named pattern; a missing one is a LexiconError naming the file to fix. */
export function pattern(name: string): string {
  const source = PATTERNS.get(name);
  if (source === undefined)
    throw new LexiconError(`ingest/lexicon/vi/patterns.tsv: no pattern named ${name}; add it`);
  return source;
}

/** A word list as pattern alternatives (longest first), for a module building its own expression. */
export const alternativesOf = alternation;
