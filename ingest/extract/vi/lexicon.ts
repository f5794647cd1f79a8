// Loads the Vietnamese lexicon files (ingest/lexicon/vi/) once, at module load, into phrase tries.
// Adding a post, a body type, a verb or a document kind is one line in one of those files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OrganizationKind } from '../../types.ts';
import { matchKey } from '../../text/normalise.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { phraseKeys } from './tokens.ts';

const LEXICON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../lexicon/vi');

export class LexiconError extends Error {
  override name = 'LexiconError';
}

/** Non-empty, non-comment lines of a lexicon file, split on tabs. */
function rows(file: string, minColumns: number): string[][] {
  const full = path.join(LEXICON_DIR, file);
  const out: string[][] = [];
  readFileSync(full, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) return;
      const cols = line.split('\t').map((c) => c.trim().normalize('NFC'));
      if (cols.length < minColumns || cols.some((c, j) => j < minColumns && !c)) {
        throw new LexiconError(
          `${full} line ${i + 1}: expected ${minColumns} tab-separated columns, got ${JSON.stringify(line)}; fix the line`,
        );
      }
      out.push(cols);
    });
  return out;
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
  | 'field'
  | 'any'
  | 'nested'
  | 'nested-or-fixed'
  | 'place-after-locality'
  | 'field-or-fixed'
  | 'field-name'
  | 'field-name-or-fixed';
const COMPLEMENTS: BodyComplement[] = ['fixed', 'place', 'field', 'any', 'nested', 'nested-or-fixed', 'place-after-locality', 'field-or-fixed', 'field-name', 'field-name-or-fixed'];
export interface BodyEntry {
  head: string;
  kind: OrganizationKind;
  complement: BodyComplement;
}

// 'none': words that contain a verb but are not one ("Ủy viên dự khuyết"); the longest match
// consumes them so the verb inside is not read.
export type VerbRelation = 'chair' | 'chair-by' | 'attend' | 'speak' | 'implement' | 'issue' | 'appoint' | 'none';
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
  if (kind !== 'head' && kind !== 'fused') throw new LexiconError(`posts.tsv: kind of ${post} must be head or fused, got ${kind}`);
  return { post: post!, kind, role: role || null };
});
export const POSTS = trieOf(postRows.map((p) => [p.post, p]));

const bodyRows = rows('bodies.tsv', 3).map(([head, kind, complement]): BodyEntry => {
  if (!COMPLEMENTS.includes(complement as BodyComplement)) {
    throw new LexiconError(`bodies.tsv: complement of ${head} must be one of ${COMPLEMENTS.join(', ')}, got ${complement}`);
  }
  return { head: head!, kind: kind as OrganizationKind, complement: complement as BodyComplement };
});
export const BODIES = trieOf(bodyRows.map((b) => [b.head, b]));

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
export const FAMILY_NAMES: ReadonlySet<string> = new Set(rows('family-names.txt', 1).map(([w]) => matchKey(w!)));
export const LOCALITIES = trieOf(rows('localities.txt', 1).map(([w]) => [w!, w!]));
export const PLACES = trieOf(rows('places.txt', 1).map(([w]) => [w!, w!]));
export const FIELDS = trieOf(rows('fields.txt', 1).map(([w]) => [w!, w!]));

/** Issuer suffix of a code ("TU") → match key of the body head it stands for ("tỉnh ủy"). */
export const ISSUER_CODES: ReadonlyMap<string, string> = new Map(
  rows('issuer-codes.tsv', 2).map(([suffix, body]) => [suffix!.toUpperCase(), matchKey(body!)]),
);
