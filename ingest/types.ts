// The typed interfaces between the pipeline stages:
//   read → clean → segment → extract → resolve → load
// Every stage takes and returns plain data so that each can be tested on its own,
// and `kg extract` (read-only) and `kg ingest` (writes) share one code path up to `resolve`.

export type Language = 'vi' | 'en';

/** An article record as it arrives (CONTRACT.md): JSON Lines, JSON, .txt or .html all become this. */
export interface ArticleRecord {
  id: string;
  url: string | null;
  language: Language | null;
  /** ISO date YYYY-MM-DD, or null when unknown. */
  publishedAt: string | null;
  title: string | null;
  text: string;
  /** Bylines found by the reader (HTML pages); extraction adds those it finds in the text. */
  authors?: string[];
  /** Where the record came from (file path and line), for error messages. */
  origin?: string;
}

/** A half-open character range [start, end) into CleanArticle.text. */
export interface Span {
  start: number;
  end: number;
}

/** The article after cleaning: chrome removed, Unicode normalised. Offsets everywhere point into `text`. */
export interface CleanArticle {
  record: ArticleRecord;
  language: Language;
  /** Display text: NFC, NBSP→space, page chrome removed. Offsets of every mention index this string. */
  text: string;
  /**
   * Matching key of `text`, same length and same offsets: lower case, new-style tone
   * placement ("uỷ"→"ủy"). Recognisers match on this and report spans valid for `text`.
   */
  matchText: string;
  /** Bylines and source credits recognised by the cleaner ("Theo …", trailing author lines). */
  authors: string[];
}

export interface Sentence extends Span {
  index: number;
  /** Paragraph number (0-based) the sentence belongs to. */
  paragraph: number;
}

export interface SegmentedArticle extends CleanArticle {
  sentences: Sentence[];
}

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** The surface form exactly as in CleanArticle.text. */
  text: string;
  /** Index into SegmentedArticle.sentences. */
  sentence: number;
}

/** Where a relation was read: the sentence and the span of the words that state it. */
export interface Evidence extends Span {
  sentenceIndex: number;
  /** The sentence text (copied so evidence stands alone in the graph). */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** Every kind a body can have; lexicon files naming a kind are checked against this list. */
export const ORGANIZATION_KINDS = [
  'party-central',
  'party-committee',
  'party-commission',
  'party-organisation',
  'standing-committee',
  'inspection-committee',
  'ministry',
  'department',
  'government',
  'people-council',
  'people-committee',
  'national-assembly',
  'na-delegation',
  'front-or-union',
  'press',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface ExtractedPerson {
  name: string;
  /** Each post as written, one string per post (gold `titles`). */
  titles: string[];
  mentions: Mention[];
}

export interface ExtractedOrganization {
  /** Fullest form in the article, "ủy" spelled the new way. */
  name: string;
  /** Every other surface form in the text (abbreviations included). */
  aliases: string[];
  kind: OrganizationKind;
  /** Province or city the body belongs to, when the text or source says. */
  province?: string | null;
  /** Name of the parent body, when known ("Ban Thường vụ Tỉnh ủy" → "Tỉnh ủy …"). */
  parent?: string | null;
  mentions: Mention[];
}

export interface ExtractedDocument {
  /** Upper case, no spaces ("05-CT/TW"); null for named resolutions without a code. */
  code: string | null;
  /** For named ones ("Nghị quyết Trung ương 4 khóa XII"); for coded ones the full reference as written. */
  name?: string | null;
  /** Kind in words: "Chỉ thị", "Nghị quyết", "Quy định", "Kết luận" … */
  type: string;
  number?: string | null;
  /** Issuer suffix of the code ("TW", "TU", "ĐUK"). */
  issuerCode?: string | null;
  /** ISO date when the text states it. */
  date?: string | null;
  /** Issuing body as written ("Bộ Chính trị"), when the text states it. */
  issuer?: string | null;
  subject?: string | null;
  mentions: Mention[];
}

export type EventKind = 'conference' | 'congress' | 'working-visit' | 'session' | 'ceremony' | 'other';

export interface ExtractedEvent {
  name: string;
  kind: EventKind;
  /** ISO date (year from publishedAt or the text when only day/month is written). */
  date: string | null;
  /** Organization name (gold `name` form), when stated. */
  organizer?: string | null;
  mentions: Mention[];
}

export type RelationType = 'CHAIRED' | 'ATTENDED' | 'HOLDS_POSITION' | 'IMPLEMENTS' | 'ISSUED' | 'ORGANIZED';

/**
 * A relation between extracted entities, referring to them by their `name` (persons,
 * organizations, events) or `code` (documents; `name` for uncoded ones) in this extraction.
 */
export interface ExtractedRelation {
  type: RelationType;
  person?: string;
  role?: string;
  organization?: string | null;
  document?: string;
  event?: string;
  evidence: Evidence;
}

/** What a sentence says happened to a post: a start (appointed, elected) or an end (left, "nguyên"). */
export type AppointmentKind = 'APPOINTED' | 'ELECTED' | 'LEFT';

/** A dated event of a post ("được bầu giữ chức Bí thư Tỉnh ủy …", "was appointed …", "nguyên …"). */
export interface ExtractedAppointment {
  kind: AppointmentKind;
  person: string;
  /** As HOLDS_POSITION's role and organization: the post is the same node. */
  role: string;
  organization: string | null;
  /** ISO date the sentence gives for it ("từ ngày 17/2/2023"); null: only the article's date is known. */
  date: string | null;
  evidence: Evidence;
}

/** What `kg extract` prints per record (gold fields of ANNOTATION.md plus offsets and evidence). */
export interface Extraction {
  id: string;
  language: Language;
  persons: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  documents: ExtractedDocument[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
  authors: string[];
  /** Optional beyond the gold format (the scorer ignores it): appointments, elections, departures. */
  appointments?: ExtractedAppointment[];
}

/** The language-specific recogniser behind one interface (Vietnamese and English implement it). */
export interface Recogniser {
  language: Language;
  /** Sentence segmentation is language-specific (Vietnamese dates and codes; compromise for English). */
  segment(article: CleanArticle): Sentence[];
  extract(article: SegmentedArticle): Omit<Extraction, 'id' | 'language'>;
}

/** A record that could not be read or processed: reported, skipped, never fatal to the run. */
export interface RecordError {
  id: string | null;
  error: string;
  origin?: string;
}
