// The one article document the Vietnamese components share (after spaCy's Doc): each component is
// a pure function that takes the document with the layers it needs and returns it with one more
// (tokens and sentences → body spans → persons and posts → bodies → documents → events →
// relations; see pipeline.ts for the order). A layer is never changed once added, so each
// component can be read, tested and replaced on its own.
import type {
  ExtractedDocument,
  ExtractedEvent,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedRelation,
  Mention,
  SegmentedArticle,
} from '../../types.ts';
import { tokenize, type Token } from './tokens.ts';
import type { OrgSpan } from './organizations.ts';
import type { NameSpan } from './persons.ts';
import type { DocumentHit } from './documents.ts';
import type { EventHit } from './events.ts';
import type { VerbEntry } from './lexicon.ts';
import { unnamed } from '../../base/unnamed.ts';

/** Tokens and sentences: where every later layer looks things up. */
export interface TokenLayer {
  article: SegmentedArticle;
  tokens: Token[];
  /** The index of the first token starting at or after a text offset. */
  tokenAt: (offset: number) => number;
  /** The index of the sentence holding a text offset. */
  sentenceAt: (offset: number) => number;
  mention: (start: number, end: number) => Mention;
  title: string | null;
}

/** Body spans found on their own; tokens inside fused posts ("Tỉnh ủy viên") are blocked. */
export interface BodySpanLayer {
  bodySpans: OrgSpan[];
}

/** Persons with the posts written around their names. */
export interface PersonLayer {
  names: NameSpan[];
  personName: (n: NameSpan) => string;
  persons: ExtractedPerson[];
  /** Tokens inside a person's posts: a body named in a post ("Phó Thủ tướng Chính phủ") is not a sentence's subject. */
  inPost: Uint8Array;
}

/** Bodies, their surface forms grouped into one organization each. */
export interface BodyLayer {
  orgSpans: OrgSpan[];
  organizations: ExtractedOrganization[];
  orgNameOfSpan: (s: OrgSpan | null) => string | null;
  orgNameAt: (tokenIndex: number) => { name: string; span: OrgSpan } | null;
}

export interface DocumentLayer {
  documentHits: DocumentHit[];
  /** By code, or by the match key of the name of a document without one. */
  documents: Map<string, ExtractedDocument>;
}

export interface EventLayer {
  eventHits: EventHit[];
}

/** The facts relations are read from (also what appointments.ts reads). */
export type ArticleFacts = TokenLayer & BodySpanLayer & PersonLayer & BodyLayer & DocumentLayer & EventLayer;

export interface VerbAt {
  from: number;
  to: number;
  entry: VerbEntry;
  sentence: number;
}

/** Per-sentence indexes, so that no relation rule scans the whole article for each verb (a 10 MB article stays linear). */
export interface ClauseLayer {
  verbs: VerbAt[];
  verbsIn: (si: number) => VerbAt[];
  namesIn: (si: number) => NameSpan[];
  orgsIn: (si: number) => OrgSpan[];
  hitsIn: (si: number) => DocumentHit[];
  sentenceOfToken: (i: number) => number;
}

/** Who issued a document: the body, any co-issuers joined by "và", and where the statement ends. */
export interface IssuerTarget {
  name: string;
  also: string[];
  si: number;
  end: number;
}

export interface IssuerLayer {
  issuerOf: Map<DocumentHit, IssuerTarget>;
}

export interface RelationLayer {
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
}

export function groupBy<T>(items: T[], keyOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function sentenceLocator(article: SegmentedArticle): (offset: number) => number {
  const starts = article.sentences.map((s) => s.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}

function tokenLocator(tokens: Token[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    let ans = tokens.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start >= offset) {
        ans = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return ans;
  };
}

/** The first component: the article's tokens, with offset → token and offset → sentence lookups. */
export function tokenLayer(article: SegmentedArticle): TokenLayer {
  const tokens = tokenize(article.text, article.matchText);
  const sentenceAt = sentenceLocator(article);
  return {
    article,
    tokens,
    tokenAt: tokenLocator(tokens),
    sentenceAt,
    mention: unnamed((start: number, end: number) => ({
      start,
      end,
      text: article.text.slice(start, end),
      sentence: sentenceAt(start),
    })),
    title: article.record.title,
  };
}
