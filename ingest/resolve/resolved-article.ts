// What resolution hands the loader for one article: rows keyed by stable ids, ready for UNWIND.
// Entity ids here are *curated* (after merges and splits); `resolvedId` fields keep the id the
// text alone gave, so a curator's merge can be undone exactly.
import type { EventKind, Language, OrganizationKind } from '../types.ts';

export const CLAIM_TYPES = [
  'CHAIRED',
  'ATTENDED',
  'HOLDS',
  'IMPLEMENTS',
  'ISSUED',
  'ORGANIZED',
  'ABOUT',
  // Person → Position: events of a post (decision 0013), `statedOn` the date the text gives.
  'APPOINTED',
  'ELECTED',
  'LEFT',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const ENTITY_LABELS = ['Person', 'Organization', 'Document', 'Event'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export interface ArticleRow {
  id: string;
  url: string | null;
  recordId: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  language: Language;
  province: string | null;
  /** Hash of the record's own fields: what identifies "the same article text". */
  contentHash: string;
  /** Hash of the content, the extraction and the resolver version: unchanged ⇒ skip. */
  ingestHash: string;
  authors: string[];
  extractor: string;
}

export interface PersonRow {
  id: string;
  name: string;
  nameKey: string;
  aliases: string[];
  nameScore: number;
}

export interface OrganizationRow {
  id: string;
  name: string;
  nameKey: string;
  aliases: string[];
  kind: OrganizationKind;
  province: string | null;
  /** Named only by its kind and not placed by the article's context: its id is scoped to the article. */
  unresolved: boolean;
  /** First day of a body that took over an older one's name (2025 provincial mergers), else null. */
  validFrom: string | null;
}

export interface DocumentRow {
  id: string;
  code: string | null;
  name: string;
  kind: string;
  number: string | null;
  issuerCode: string | null;
  date: string | null;
  subject: string | null;
  province: string | null;
}

export interface EventRow {
  id: string;
  name: string;
  /** Other names the article gives the same meeting. */
  aliases: string[];
  /** Language of the name: a Vietnamese name is preferred for display over an English one. */
  language: Language;
  kind: EventKind;
  date: string | null;
  organizer: string | null;
}

export interface PositionRow {
  id: string;
  role: string;
  /** The post as an English article wrote it, when it was translated ("Prime Minister" → "Thủ tướng"). */
  aliases: string[];
  name: string;
  /** Curated id of the body of the post, or null for a post named without one ("Thứ trưởng"). */
  orgId: string | null;
  orgResolvedId: string | null;
  /** A post written without a body that names no one post: scoped to its holder. */
  unresolved: boolean;
}

export interface MentionRow {
  entityId: string;
  /** Stored as the relationship's `toResolvedId`, which is also its MERGE key with the article. */
  resolvedId: string;
  /** Flattened [start, end] pairs into the cleaned article text. */
  spans: number[];
  /** Person mentions only: the name key and the context resolution used (see person-registry.ts). */
  nameKey?: string;
  postProvinces?: string[];
  orgIds?: string[];
  articleProvince?: string | null;
  seats?: string[];
  asOf?: string | null;
}

/** The evidence properties every claim relationship carries (docs/graph-model.md); the API reads them back. */
export interface ClaimEvidence {
  articleId: string;
  sentence: string;
  sentenceIndex: number;
  /** Where the sentence starts in the article's cleaned text, so the span can be shown inside it. */
  sentenceStart: number;
  start: number;
  end: number;
  asOf: string | null;
  extractor: string;
}

export interface ClaimRow extends ClaimEvidence {
  key: string;
  fromId: string;
  toId: string;
  fromResolvedId: string;
  toResolvedId: string;
  /** APPOINTED, ELECTED, LEFT: the date the sentence gives the event; null: none (then `asOf`). */
  statedOn?: string | null;
}

export interface StructuralRow {
  fromId: string;
  toId: string;
  fromResolvedId: string;
  toResolvedId: string;
}

export interface ResolvedArticle {
  article: ArticleRow;
  persons: PersonRow[];
  organizations: OrganizationRow[];
  documents: DocumentRow[];
  events: EventRow[];
  positions: PositionRow[];
  mentions: Record<EntityLabel, MentionRow[]>;
  claims: Record<ClaimType, ClaimRow[]>;
  /** Position → Organization. */
  of: StructuralRow[];
  /** Organization → parent Organization. */
  partOf: StructuralRow[];
  /** Person ↔ Person, same name in conflicting contexts; ids sorted (fromId < toId). */
  possiblySame: (StructuralRow & { nameKey: string })[];
  /** Relations the extractor gave that could not become claims, with why (for the summary). */
  dropped: { type: string; reason: string }[];
}
