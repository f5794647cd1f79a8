// The one document an English article is read into: each named component (index.ts lists them in
// order) is a function of the layers before it that returns its own layer, and the document is
// those layers side by side. A component never changes an earlier layer, so each can be read,
// tested and profiled on its own.
import type {
  ExtractedDocument,
  ExtractedEvent,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedRelation,
  SegmentedArticle,
} from '../../../types.ts';
import type { BodyPhrase } from '../body-phrase.ts';
import type { DocumentMention } from '../documents.ts';
import type { NameSpan } from '../names.ts';
import type { PhraseContext } from '../phrase-words.ts';
import type { PostPhrase } from '../post-phrase.ts';
import type { Token } from '../tokens.ts';

/** What a sentence is read into, left to right. */
export type Element =
  | { kind: 'person'; name: NameSpan; first: number; last: number }
  | { kind: 'post'; post: PostPhrase; first: number; last: number }
  | { kind: 'body'; body: BodyPhrase; first: number; last: number }
  | { kind: 'document'; doc: DocumentMention; first: number; last: number }
  | { kind: 'skip'; first: number; last: number }
  | { kind: 'token'; token: Token; first: number; last: number };
/**
 * An element with every field of every kind, in one order (those its kind lacks are undefined), so
 * that all elements share one hidden class: every component reads `kind`, `first`, `last` of elements
 * of all kinds, and six shapes made those reads megamorphic (decision 0087). Every element is made
 * here; `test/unit/extract-en-mechanics.test.ts` holds them to one shape.
 */
export function makeElement(
  kind: Element['kind'],
  first: number,
  last: number,
  token: Token | undefined,
  name: NameSpan | undefined,
  post: PostPhrase | undefined,
  body: BodyPhrase | undefined,
  doc: DocumentMention | undefined,
): Element {
  return { kind, first, last, token, name, post, body, doc } as Element;
}
export type PersonElement = Extract<Element, { kind: 'person' }>;
export type BodyElement = Extract<Element, { kind: 'body' }>;
export type DocumentElement = Extract<Element, { kind: 'document' }>;

/** A relation with the key that makes it one claim: a later reading of the same claim is dropped. */
export interface KeyedRelation {
  key: string;
  relation: ExtractedRelation;
}

/** tokens: the article's words, its sentences and the spans no phrase may read into. */
export interface TokenLayer {
  article: SegmentedArticle;
  text: string;
  publishedAt: string | null;
  /** Index of the sentence holding a character offset, -1 between sentences. */
  sentenceOf(offset: number): number;
  tokens: Token[];
  /** Coded and named documents, in text order. */
  documentMentions: DocumentMention[];
  /** Bylines and photo credits: their names are authors. */
  credits: { start: number; end: number; name: string }[];
  /** Inside a document reference or a credit, or between sentences. */
  blocked(i: number): boolean;
  /** Token index where a document mention starts → the mention and its last token. */
  documentAtToken: Map<number, { doc: DocumentMention; last: number }>;
}

/** persons: every person name, each with the key that joins its mentions. */
export interface PersonLayer {
  personNames: NameSpan[];
  nameAt: Map<number, NameSpan>;
  personKey(name: NameSpan): string;
  /** By key, with their mentions (titles come with the posts layer). */
  personMentions: Map<string, ExtractedPerson>;
}

/** phrases: each sentence read into elements (names, posts, bodies, documents). */
export interface PhraseLayer {
  elementsBySentence: Element[][];
  /** Named (not generic, not anaphoric) body phrases in text order. */
  bodyMentions: { body: BodyPhrase; sentence: number }[];
  /** "(PPC)" → the body it was defined after. */
  acronymBody: Map<string, string>;
  phraseContext: PhraseContext;
}

/** bodies: the organisations the body phrases name, and the name each phrase resolves to. */
export interface BodyLayer {
  organizations: ExtractedOrganization[];
  orgNameOf(body: BodyPhrase | null, atOffset: number): string | null;
  orgNamed(surface: string): string | null;
}

/** posts: each person with the titles read for them, and HOLDS_POSITION. */
export interface PostLayer {
  persons: Map<string, ExtractedPerson>;
  positions: KeyedRelation[];
}

/** documents: each document once, with its mentions, and ISSUED (issuer and co-issuers). */
export interface DocumentLayer {
  documents: Map<string, ExtractedDocument>;
  issued: KeyedRelation[];
}

/** participation: who chaired and who attended (by person key), and where implementing cues stand. */
export interface ParticipationLayer {
  chairs: Map<string, ExtractedRelation>;
  attendees: Map<string, ExtractedRelation>;
  implementsCues: { sentence: number; start: number; end: number }[];
  /** The sentences where a chair's or attendee's cue (not a speaker's) named someone, ascending. */
  meetingSentences: number[];
}

/** events: the meetings the article reports (the first, then later ones on days of their own), the first one's organisers, and the participation bound to each. */
export interface EventLayer {
  events: ExtractedEvent[];
  organizers: string[];
  eventRelations: KeyedRelation[];
}

export type EnglishArticle = TokenLayer &
  PersonLayer &
  PhraseLayer &
  BodyLayer &
  PostLayer &
  DocumentLayer &
  ParticipationLayer &
  EventLayer;

/** Words that may stand between two names of one list: "A, B and C", "A; and B". */
const LIST_JOINER = new Set([',', ';', 'and', '&']);
/** Elements that may stand in a list beside its names: their posts, honorifics, an age in brackets. */
const inList = (e: Element) =>
  e.kind === 'post' || e.kind === 'skip' || (e.kind === 'token' && ['(', ')'].includes(e.token.text));

/**
 * The list of persons that the person at `from` heads (step 1) or ends (step -1): names joined by
 * commas and "and", each with its posts ("Prime Minister A, Deputy Prime Minister B and C").
 * The list ends at any other word: "A met B and chaired" gives B alone before "chaired".
 */
export function personList(els: Element[], from: number, step: 1 | -1): PersonElement[] {
  const out = [els[from] as PersonElement];
  let joined = false;
  for (let k = from + step; k >= 0 && k < els.length; k += step) {
    const e = els[k]!;
    if (e.kind === 'person') {
      if (!joined) break;
      out.push(e);
      joined = false;
    } else if (e.kind === 'token' && LIST_JOINER.has(e.token.key || e.token.text)) joined = true;
    // "A and Lao Deputy Prime Minister B": a capitalised word right before a post qualifies it.
    else if (e.kind === 'token' && e.token.cap && els[k + 1]?.kind === 'post') continue;
    else if (!inList(e)) break;
  }
  return step === 1 ? out : out.reverse();
}

/** The relations of several layers as one list, each claim once, in the order given. */
export function distinctRelations(...lists: KeyedRelation[][]): ExtractedRelation[] {
  const seen = new Set<string>();
  const out: ExtractedRelation[] = [];
  for (const list of lists)
    for (const { key, relation } of list) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(relation);
    }
  return out;
}
