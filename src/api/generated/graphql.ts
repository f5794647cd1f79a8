import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonNode, OrganizationNode, DocumentNode, EventNode, PositionNode, ArticleNode, EvidenceRow, ClaimEdgeRow, HeldPositionEdgeRow, OfficialEdgeRow, MentionEdgeRow, ArticleMentionEdgeRow, PathRow, PathStepRow, SearchHitRow, CurationRow } from '../model.ts';
import type { TenureRow, TenureEventRow } from '../../analytics/tenures.ts';
import type { ReviewItem as ReviewItemRow } from '../review-queue.ts';
import type { IntegrityExample as IntegrityExampleRow } from '../../check/integrity.ts';
import type { DiffusionRow, DiffusionBodyRow, CoParticipantEdgeRow, BodyLinkEdgeRow, CentralityRow, CommunityRow, NetworkAnalysisRow } from '../network-model.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: string; output: string; }
};

export type Article = Node & {
  __typename?: 'Article';
  authors: Array<Scalars['String']['output']>;
  graphId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  language: Maybe<Scalars['String']['output']>;
  /** Entities the article mentions, with where. */
  mentions: ArticleMentionConnection;
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** Host the article came from. */
  source: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};


export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleInput = {
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Your id for the record; errors refer to it. */
  id: Scalars['String']['input'];
  /** vi or en; detected from the text when omitted. */
  language?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Entities an article mentions, with the spans where. */
export type ArticleMentionConnection = {
  __typename?: 'ArticleMentionConnection';
  edges: Array<ArticleMentionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleMentionEdge = {
  __typename?: 'ArticleMentionEdge';
  cursor: Scalars['String']['output'];
  node: Node;
  spans: Array<Span>;
};

export type ArticleOrder = {
  direction?: InputMaybe<SortDirection>;
  field: ArticleOrderField;
};

export type ArticleOrderField =
  /** By publication date (undated articles sort as the earliest), then title. */
  | 'PUBLISHED_AT'
  /** By title. */
  | 'TITLE';

/** What `articles(where:)` keeps: every field given must hold. */
export type ArticleWhere = {
  /** The article's language: "vi" or "en". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Articles that mention this entity (its global id: a person, body, document, event or post). */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Published on or after this day (inclusive); undated articles are then left out. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Published on or before this day (inclusive); undated articles are then left out. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** The host the article came from, as `Article.source` gives it ("baodongthap.vn"). */
  source?: InputMaybe<Scalars['String']['input']>;
};

export type BodyLinkConnection = {
  __typename?: 'BodyLinkConnection';
  edges: Array<BodyLinkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Another body linked through people (decision 0022). */
export type BodyLinkEdge = {
  __typename?: 'BodyLinkEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
  /** Up to five of the shared people, by name. */
  people: Array<Person>;
  /** Events that an official of each body chaired or attended. */
  sharedEvents: Scalars['Int']['output'];
  /** People who held a post of both bodies (at any time). */
  sharedPeople: Scalars['Int']['output'];
  /** sharedPeople + sharedEvents: the order of the list. */
  weight: Scalars['Int']['output'];
};

/** Where a person or body stands in the co-attendance and post graph, as of the last `kg analyse`. */
export type Centrality = {
  __typename?: 'Centrality';
  /** The run these come from; null when its record is gone (a graph imported from a snapshot: run kg analyse). */
  analysis: Maybe<NetworkAnalysis>;
  /** Betweenness, normalised to 0–1: how often it lies on the shortest paths between others. */
  betweenness: Scalars['Float']['output'];
  community: Maybe<Community>;
  /** Links in the analysed graph (people met, bodies served; weighted). */
  degree: Scalars['Int']['output'];
  /** PageRank (weighted by shared events), summing to 1 over the analysed graph. */
  pagerank: Scalars['Float']['output'];
};

export type CoParticipantConnection = {
  __typename?: 'CoParticipantConnection';
  edges: Array<CoParticipantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Another person met at events: how many events both chaired or attended, and the latest. */
export type CoParticipantEdge = {
  __typename?: 'CoParticipantEdge';
  cursor: Scalars['String']['output'];
  latestDate: Maybe<Scalars['Date']['output']>;
  /** The latest of those events (by date). */
  latestEvent: Event;
  node: Person;
  /** Distinct events both took part in (chaired or attended). */
  sharedEvents: Scalars['Int']['output'];
};

/** A community found by Louvain in the co-attendance and post graph. */
export type Community = {
  __typename?: 'Community';
  /** Stable within one analysis only: `kg analyse` numbers them afresh, largest first. */
  id: Scalars['ID']['output'];
  organizationCount: Scalars['Int']['output'];
  /** Its bodies, highest PageRank first. */
  organizations: Array<Organization>;
  /** Its people, highest PageRank first. */
  people: Array<Person>;
  peopleCount: Scalars['Int']['output'];
  /** Its rank by size (1 = largest). */
  rank: Scalars['Int']['output'];
  size: Scalars['Int']['output'];
};


/** A community found by Louvain in the co-attendance and post graph. */
export type CommunityOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A community found by Louvain in the co-attendance and post graph. */
export type CommunityPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  edges: Array<CommunityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  cursor: Scalars['String']['output'];
  node: Community;
};

/** A curator's correction, as recorded in the audit trail. */
export type Curation = {
  __typename?: 'Curation';
  /** merge, split, distinct or unsure */
  action: Scalars['String']['output'];
  /** split: the articles whose statements moved. */
  articleIds: Maybe<Array<Scalars['String']['output']>>;
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  curationId: Scalars['String']['output'];
  /** merge: the graph id merged away; split: the graph id whose mentions were split off; a judgement: the first entity. */
  fromId: Scalars['String']['output'];
  /** The entity that holds the statements now (the kept one after a merge, the new one after a split). */
  into: Maybe<Node>;
  /** merge: the graph id kept; split: the new entity's graph id; a judgement: the second entity. */
  intoId: Scalars['String']['output'];
  /** Relationships moved. */
  moved: Scalars['Int']['output'];
  reason: Maybe<Scalars['String']['output']>;
  undoneAt: Maybe<Scalars['DateTime']['output']>;
};

/** How a document spread: who took it up, when first, how long after its issue (decision 0022). */
export type Diffusion = {
  __typename?: 'Diffusion';
  /** Those bodies, earliest first evidence first. */
  bodies: DiffusionBodyConnection;
  /** Bodies with any evidence of taking it up. */
  bodyCount: Scalars['Int']['output'];
  /** Counts and lags per level, CENTRAL to COMMUNE (levels without a body left out). */
  byLevel: Array<DiffusionLevel>;
  /** Counts and lags per province, earliest first; bodies without a province are in CENTRAL. */
  byProvince: Array<DiffusionProvince>;
  /** The issue date an article stated ("Chỉ thị số 05-CT/TW ngày 15/5/2016"); null when none did, and then every lag is null. */
  issuedOn: Maybe<Scalars['Date']['output']>;
  /** Bodies by the month (YYYY-MM) of their first evidence, oldest first, every month between the first and the last included: the series for a chart. */
  monthly: Array<DiffusionMonth>;
};


/** How a document spread: who took it up, when first, how long after its issue (decision 0022). */
export type DiffusionBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** How a document spread: who took it up, when first, how long after its issue (decision 0022). */
export type DiffusionByProvinceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DiffusionBody = {
  __typename?: 'DiffusionBody';
  /** Articles saying the body implements it (one per statement). */
  evidenceCount: Scalars['Int']['output'];
  /** The date of the first evidence of taking it up. */
  firstEvidence: Maybe<Scalars['Date']['output']>;
  firstEvidenceKind: DiffusionEvidence;
  /** Days from the issue date to the first evidence; null when the issue date is not known. */
  lagDays: Maybe<Scalars['Int']['output']>;
  level: GovernmentLevel;
  organization: Organization;
  province: Maybe<Scalars['String']['output']>;
};

export type DiffusionBodyConnection = {
  __typename?: 'DiffusionBodyConnection';
  edges: Array<DiffusionBodyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DiffusionBodyEdge = {
  __typename?: 'DiffusionBodyEdge';
  cursor: Scalars['String']['output'];
  node: DiffusionBody;
};

/** What first showed a body taking a document up. */
export type DiffusionEvidence =
  /** It organized a meeting about the document (ORGANIZED an Event ABOUT it): the meeting's date. */
  | 'EVENT'
  /** An article says it is implementing the document (IMPLEMENTS): the earliest such article's date. */
  | 'IMPLEMENTS';

export type DiffusionLevel = {
  __typename?: 'DiffusionLevel';
  bodies: Scalars['Int']['output'];
  firstEvidence: Maybe<Scalars['Date']['output']>;
  level: GovernmentLevel;
  /** The median lag of the level's bodies, in days; null when the issue date is not known. */
  medianLagDays: Maybe<Scalars['Int']['output']>;
};

export type DiffusionMonth = {
  __typename?: 'DiffusionMonth';
  /** Bodies whose first evidence falls in the month. */
  bodies: Scalars['Int']['output'];
  /** Bodies with first evidence up to the end of the month. */
  cumulative: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

export type DiffusionProvince = {
  __typename?: 'DiffusionProvince';
  bodies: Scalars['Int']['output'];
  firstEvidence: Maybe<Scalars['Date']['output']>;
  /** Days from the issue date to the province's first evidence. */
  lagDays: Maybe<Scalars['Int']['output']>;
  province: Scalars['String']['output'];
};

export type Document = Node & {
  __typename?: 'Document';
  /** Upper case, no spaces ("05-CT/TW"); null for named resolutions. */
  code: Maybe<Scalars['String']['output']>;
  date: Maybe<Scalars['Date']['output']>;
  /** How it spread: the bodies taking it up, when first, how long after its issue, by level, province and month. */
  diffusion: Diffusion;
  /** Meetings held about it ("Hội nghị quán triệt …"), with evidence, oldest first. */
  events: EventClaimConnection;
  graphId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Bodies implementing it, with evidence on each edge, most recently seen first. */
  implementedBy: OrganizationClaimConnection;
  /** Every body said to have issued it, with evidence. */
  issuedBy: OrganizationClaimConnection;
  /** The body that issued it, the one with the most evidence; null when no article says. */
  issuer: Maybe<Organization>;
  issuerCode: Maybe<Scalars['String']['output']>;
  /** Kind in words: "Chỉ thị", "Nghị quyết", "Quy định" … */
  kind: Maybe<Scalars['String']['output']>;
  mentionedIn: MentionConnection;
  /** The full reference ("Chỉ thị số 05-CT/TW") or, for named ones, their name. */
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  subject: Maybe<Scalars['String']['output']>;
};


export type DocumentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DocumentImplementedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DocumentIssuedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DocumentMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentClaimConnection = {
  __typename?: 'DocumentClaimConnection';
  edges: Array<DocumentClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentClaimEdge = {
  __typename?: 'DocumentClaimEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
  node: Document;
};


export type DocumentClaimEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentOrder = {
  direction?: InputMaybe<SortDirection>;
  field: DocumentOrderField;
};

export type DocumentOrderField =
  /** By code (or name, for a document without one). */
  | 'CODE'
  /** By date (undated documents sort as the earliest), then code. */
  | 'DATE';

/** What `documents(where:)` keeps: every field given must hold. */
export type DocumentWhere = {
  /** Dated on or after this day (inclusive); undated documents are then left out. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Dated on or before this day (inclusive); undated documents are then left out. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Implemented by a body of this province ("Lạng Sơn"). */
  implementedIn?: InputMaybe<Scalars['String']['input']>;
  /** Issued by this issuer code ("TW", "TU"), any case. */
  issuerCode?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this kind, as the graph writes it ("Chỉ thị", "Nghị quyết"). */
  kind?: InputMaybe<Scalars['String']['input']>;
};

/** The entity types that `search` can return. */
export type EntityType =
  | 'DOCUMENT'
  | 'EVENT'
  | 'ORGANIZATION'
  | 'PERSON';

export type Event = Node & {
  __typename?: 'Event';
  attendees: PersonClaimConnection;
  chairs: PersonClaimConnection;
  date: Maybe<Scalars['Date']['output']>;
  /** The documents it was about ("Hội nghị quán triệt Chỉ thị 05-CT/TW"), with evidence. */
  documents: DocumentClaimConnection;
  graphId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  mentionedIn: MentionConnection;
  name: Scalars['String']['output'];
  /** The body that organized it, the one with the most evidence. */
  organizer: Maybe<Organization>;
  organizers: OrganizationClaimConnection;
};


export type EventAttendeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventChairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventOrganizersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventClaimConnection = {
  __typename?: 'EventClaimConnection';
  edges: Array<EventClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventClaimEdge = {
  __typename?: 'EventClaimEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
  node: Event;
};


export type EventClaimEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventGroup =
  /** The event's kind, as in `EventKind`. */
  | 'KIND'
  /** The levels of its organizers, as in `OrganizationLevel` (null: no organizer). */
  | 'LEVEL'
  /** `YYYY-MM` of the event's date (null: undated). */
  | 'MONTH'
  /** The provinces of the event's organizers (null: no organizer of a province). */
  | 'PROVINCE';

export type EventKind =
  | 'CEREMONY'
  | 'CONFERENCE'
  | 'CONGRESS'
  | 'OTHER'
  | 'SESSION'
  | 'WORKING_VISIT';

export type EventOrder = {
  direction?: InputMaybe<SortDirection>;
  field: EventOrderField;
};

export type EventOrderField =
  /** By date (undated events sort as the earliest), then name. */
  | 'DATE'
  | 'NAME';

/** What `events(where:)` and `eventCounts(where:)` keep: every field given must hold. */
export type EventWhere = {
  /** Held about this document ("Hội nghị quán triệt …"): its code as typed or its global id. */
  about?: InputMaybe<Scalars['String']['input']>;
  /** On or after this date (inclusive); undated events are then left out. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** On or before this date (inclusive). */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Any of these kinds. */
  kind?: InputMaybe<Array<EventKind>>;
  /** Organized by a body of this level. */
  level?: InputMaybe<OrganizationLevel>;
  /** Organized by this body (its global id). */
  organizer?: InputMaybe<Scalars['ID']['input']>;
  /** Organized by a body of this province. */
  province?: InputMaybe<Scalars['String']['input']>;
};

/** Where a relation was read: the article, the sentence, and the words' span in the article's cleaned text. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  /** The article's date: the statement is true as of then. */
  asOf: Maybe<Scalars['Date']['output']>;
  /** Version of the extractor that read it. */
  extractor: Maybe<Scalars['String']['output']>;
  sentence: Scalars['String']['output'];
  sentenceIndex: Scalars['Int']['output'];
  /**
   * The same words' span inside `sentence` (offsets into `sentence`, clipped to it), to highlight them.
   * Null for claims loaded before sentence starts were stored (re-ingest fills it) or when the span
   * lies outside the sentence.
   */
  sentenceSpan: Maybe<Span>;
  span: Span;
};

/** A level of government, read from a body's name and province (docs/decisions/0022-network-analytics.md). */
export type GovernmentLevel =
  /** No province: the Politburo, the Government, ministries, central commissions. */
  | 'CENTRAL'
  /** Đảng ủy xã / phường / thị trấn, bodies of a commune. */
  | 'COMMUNE'
  /** Huyện ủy, Quận ủy, Thị ủy, bodies of a huyện, quận, thị xã. */
  | 'DISTRICT'
  /** Tỉnh ủy, Thành ủy of a province-level city, UBND / HĐND tỉnh, Sở … */
  | 'PROVINCE';

/** One group of an aggregate and how many it counts. */
export type GroupCount = {
  __typename?: 'GroupCount';
  count: Scalars['Int']['output'];
  /** The group: a province, a month `YYYY-MM`, an enum value (`CONFERENCE`, `CENTRAL` …) or a role; null for those that have none. */
  key: Maybe<Scalars['String']['output']>;
};

/** A person's posts: the post is the node, its role and body are repeated on the edge for convenience. */
export type HeldPositionConnection = {
  __typename?: 'HeldPositionConnection';
  edges: Array<HeldPositionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HeldPositionEdge = {
  __typename?: 'HeldPositionEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
  node: Position;
  organization: Maybe<Organization>;
  role: Scalars['String']['output'];
};


export type HeldPositionEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type HolderGroup =
  | 'KIND'
  | 'LEVEL'
  | 'PROVINCE'
  /** The post's role ("Bí thư"). */
  | 'ROLE';

/** What `holderCounts(where:)` keeps: posts of this role, in bodies of this province, kind or level. */
export type HolderWhere = {
  kind?: InputMaybe<Array<OrganizationKind>>;
  level?: InputMaybe<OrganizationLevel>;
  province?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

export type IngestError = {
  __typename?: 'IngestError';
  id: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  articlesRead: Scalars['Int']['output'];
  articlesSkipped: Scalars['Int']['output'];
  /** Already in the graph with the same content: nothing written. */
  articlesUnchanged: Scalars['Int']['output'];
  /** New or changed articles written. */
  articlesWritten: Scalars['Int']['output'];
  /** Claim relationships (with evidence) written. */
  claims: Scalars['Int']['output'];
  /** One per record that was skipped, with the reason. */
  errors: Array<IngestError>;
  nodesCreated: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
};

/** One suspect finding: the nodes involved, the articles that put them there, and what is wrong. */
export type IntegrityExample = {
  __typename?: 'IntegrityExample';
  /** Graph ids of the articles involved (at most 50). */
  articleIds: Array<Scalars['String']['output']>;
  /** Graph ids (what `kg merge` and `kg split` take), the suspect first. */
  ids: Array<Scalars['String']['output']>;
  /** The nodes' names, in the order of `ids`. */
  names: Array<Scalars['String']['output']>;
  /** The nodes, in the order of `ids` (their `id` is what `mergeEntities` takes); null for one deleted since. */
  nodes: Array<Maybe<Node>>;
  note: Scalars['String']['output'];
};

export type IntegrityInvariant = {
  __typename?: 'IntegrityInvariant';
  /** Suspect findings in the whole graph. */
  count: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** Up to `limit` of them, the worst or the first by id. */
  examples: Array<IntegrityExample>;
  /** Stable name, e.g. `generic-body-shared`. */
  name: Scalars['String']['output'];
};

/** What the integrity check found (docs/integrity.md). Every count 0: nothing suspect. */
export type IntegrityReport = {
  __typename?: 'IntegrityReport';
  /** When the check these figures come from started (the API keeps the last one; `kg check` runs now). */
  checkedAt: Scalars['DateTime']['output'];
  /** One entry per invariant, always all of them, in a fixed order. */
  invariants: Array<IntegrityInvariant>;
  /**
   * True when `writtenAt` is after `checkedAt`: the figures may not show that write. A new check has
   * been started (or will be by the next request, once ten times the last check's length has passed).
   */
  stale: Scalars['Boolean']['output'];
  /**
   * When the last write through this server (an ingest, a merge, a split, a judgement, an undo) ended;
   * null if none since it started. Writes made elsewhere (`kg ingest`, another server) are not known.
   */
  writtenAt: Maybe<Scalars['DateTime']['output']>;
};

/** A curator's judgement on two entities; the positive one (they are the same) is `mergeEntities`. */
export type Judgement =
  /** Two different entities, for good: no re-ingest fuses them, and a merge of the two is refused. */
  | 'DISTINCT'
  /** Looked at, could not tell: recorded, the pair stays possibly the same, last in the review queue. */
  | 'UNSURE';

/** Articles mentioning an entity, with the spans where. */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  edges: Array<MentionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentionEdge = {
  __typename?: 'MentionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
  spans: Array<Span>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Extract and write articles, exactly as `kg ingest` does. At most 100 per call. */
  ingestArticles: IngestResult;
  /**
   * Curation: a judgement on two entities of one type. DISTINCT keeps them apart for good (their
   * POSSIBLY_SAME_AS link goes; re-ingest never fuses them; a merge of the two is refused); UNSURE
   * records the doubt. Reversible with `undoCuration`.
   */
  judgeEntities: Curation;
  /**
   * Curation: fold the entity `dropId` into `keepId` (same type). Reversible with `undoCuration`;
   * recorded in the audit trail, and it survives re-ingest.
   */
  mergeEntities: Curation;
  /**
   * Curation: what the given articles said about entity `id` moves to a new entity (for two
   * namesakes resolution fused). Reversible with `undoCuration`.
   */
  splitEntities: Curation;
  /** Reverses a merge, a split or a judgement; the curation stays in the audit trail, marked undone. */
  undoCuration: Curation;
};


export type MutationIngestArticlesArgs = {
  articles: Array<ArticleInput>;
};


export type MutationJudgeEntitiesArgs = {
  aId: Scalars['ID']['input'];
  bId: Scalars['ID']['input'];
  by?: InputMaybe<Scalars['String']['input']>;
  judgement: Judgement;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMergeEntitiesArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  dropId: Scalars['ID']['input'];
  keepId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSplitEntitiesArgs = {
  articleIds: Array<Scalars['ID']['input']>;
  by?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUndoCurationArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  curationId: Scalars['String']['input'];
};

/** One run of `kg analyse`: what it read and what it found. */
export type NetworkAnalysis = {
  __typename?: 'NetworkAnalysis';
  communities: Scalars['Int']['output'];
  computedAt: Scalars['DateTime']['output'];
  /** Person–person co-attendance links and person–body post links read. */
  links: Scalars['Int']['output'];
  /** Louvain's modularity of the partition. */
  modularity: Scalars['Float']['output'];
  organizations: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  seconds: Scalars['Float']['output'];
  /** Increases by one at every run. */
  version: Scalars['Int']['output'];
};

export type Node = {
  /** Opaque global id: pass it to `node(id:)` or to the typed lookups (`person(id:)` …). */
  id: Scalars['ID']['output'];
};

/** A body's officials: one edge per (person, post). */
export type OfficialConnection = {
  __typename?: 'OfficialConnection';
  edges: Array<OfficialEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OfficialEdge = {
  __typename?: 'OfficialEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
  node: Person;
  position: Position;
  role: Scalars['String']['output'];
};


export type OfficialEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Organization = Node & {
  __typename?: 'Organization';
  /** Every other form seen, abbreviations included. */
  aliases: Array<Scalars['String']['output']>;
  /** PageRank, betweenness and community from the last `kg analyse`; null if not analysed. */
  centrality: Maybe<Centrality>;
  graphId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Documents this body is implementing. */
  implements: DocumentClaimConnection;
  /** Documents this body issued. */
  issued: DocumentClaimConnection;
  kind: OrganizationKind;
  /** Who held each post of this body on a date (Position.holderOn for each), by role. */
  leadersOn: TenureConnection;
  mentionedIn: MentionConnection;
  name: Scalars['String']['output'];
  /**
   * Bodies linked to this one through people: those who held posts in both (`sharedPeople`), and
   * events where officials of both took part (`sharedEvents`); strongest link first.
   */
  network: BodyLinkConnection;
  /** Officials: each (person, post in this body) with its evidence, most recently seen first. */
  officials: OfficialConnection;
  /** Events this body organized, oldest first. */
  organized: EventClaimConnection;
  /** The body this one is part of (Ban Thường vụ Tỉnh ủy → Tỉnh ủy). */
  parent: Maybe<Organization>;
  /** Bodies that are part of this one. */
  parts: Array<Organization>;
  /** The posts of this body, alphabetically. */
  positions: PositionConnection;
  province: Maybe<Scalars['String']['output']>;
};


export type OrganizationImplementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationIssuedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationLeadersOnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationNetworkArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationOrganizedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type OrganizationPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationClaimConnection = {
  __typename?: 'OrganizationClaimConnection';
  edges: Array<OrganizationClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationClaimEdge = {
  __typename?: 'OrganizationClaimEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
  node: Organization;
};


export type OrganizationClaimEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationGroup =
  | 'KIND'
  | 'LEVEL'
  | 'PROVINCE';

export type OrganizationKind =
  | 'DEPARTMENT'
  | 'FRONT_OR_UNION'
  | 'GOVERNMENT'
  | 'INSPECTION_COMMITTEE'
  | 'MINISTRY'
  | 'NATIONAL_ASSEMBLY'
  | 'NA_DELEGATION'
  | 'OTHER'
  | 'PARTY_CENTRAL'
  | 'PARTY_COMMISSION'
  | 'PARTY_COMMITTEE'
  | 'PARTY_ORGANISATION'
  | 'PEOPLE_COMMITTEE'
  | 'PEOPLE_COUNCIL'
  | 'PRESS'
  | 'STANDING_COMMITTEE';

/** Whether a body is national or of a province (the glossary's central and local levels). */
export type OrganizationLevel =
  /** A body with no province: national (Bộ Chính trị, a ministry, Quốc hội). */
  | 'CENTRAL'
  /** A body of a province or below it (Tỉnh ủy, a Sở, a commune's Đảng ủy). */
  | 'LOCAL';

export type OrganizationOrder = {
  direction?: InputMaybe<SortDirection>;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  /** By kind, then name. */
  | 'KIND'
  /** By folded name. */
  | 'NAME'
  /** By province (bodies with none first when ascending), then name. */
  | 'PROVINCE';

/** What `organizations(where:)` keeps: every field given must hold. */
export type OrganizationWhere = {
  /** Bodies implementing this document: its code as typed ("05-CT/TW") or its global id. */
  implements?: InputMaybe<Scalars['String']['input']>;
  /** Any of these kinds. */
  kind?: InputMaybe<Array<OrganizationKind>>;
  level?: InputMaybe<OrganizationLevel>;
  /** Exactly this province, as the graph writes it ("Đồng Tháp"). */
  province?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A chain of relations from one entity to another. */
export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  /** The entities along the way, `from` first and `to` last. */
  nodes: Array<Node>;
  steps: Array<PathStep>;
};

/** One relation in a path; `from` and `to` follow the relation's direction, not the path's. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Empty for structural relations (OF, PART_OF). */
  evidence: Array<Evidence>;
  from: Node;
  relation: Scalars['String']['output'];
  to: Node;
};

export type Person = Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  /** Events attended, oldest first, optionally between two dates. */
  attended: EventClaimConnection;
  /** Tenures in posts, oldest first: each with its start and end and how each is known. */
  career: TenureConnection;
  /** PageRank, betweenness and community from the last `kg analyse`; null if not analysed since this person appeared. */
  centrality: Maybe<Centrality>;
  /** Events chaired, oldest first, optionally between two dates. */
  chaired: EventClaimConnection;
  /**
   * People who chaired or attended the same events as this person (optionally between two
   * dates), most shared events first, with how many and the latest.
   */
  coParticipants: CoParticipantConnection;
  /** The graph's own id (what `kg merge` takes). */
  graphId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Articles that mention this person, newest first. */
  mentionedIn: MentionConnection;
  name: Scalars['String']['output'];
  /** Posts held, most recently seen first; `asOf` keeps those seen on or before that date. */
  positions: HeldPositionConnection;
  /** People with the same name whose context conflicted: a curator should decide. */
  possiblySameAs: Array<Person>;
};


export type PersonAttendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonCareerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonChairedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonCoParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonClaimConnection = {
  __typename?: 'PersonClaimConnection';
  edges: Array<PersonClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonClaimEdge = {
  __typename?: 'PersonClaimEdge';
  cursor: Scalars['String']['output'];
  evidence: Array<Evidence>;
  /** How many statements support it. */
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
  node: Person;
};


export type PersonClaimEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonOrder = {
  direction?: InputMaybe<SortDirection>;
  field: PersonOrderField;
};

export type PersonOrderField =
  /** By folded name, then id. */
  | 'NAME';

/**
 * What `people(where:)` keeps: people seen holding a post for which every field given holds (one
 * same post: role and province together mean "Bí thư" of a body of that province).
 */
export type PersonWhere = {
  /** Held a post of this body (its global id). */
  body?: InputMaybe<Scalars['ID']['input']>;
  /** Held a post of a body of this province. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Held a post of this role ("Bí thư"). */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** A post, such as "Bí thư Tỉnh ủy Đồng Tháp": a role in a body, held by people over time. */
export type Position = Node & {
  __typename?: 'Position';
  graphId: Scalars['String']['output'];
  /**
   * Who held it on a date: the tenure that started latest on or before it, unless a departure is
   * stated before the date; null when none had started.
   */
  holderOn: Maybe<Tenure>;
  /** Who has held this post, most recently seen first. */
  holders: PersonClaimConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization: Maybe<Organization>;
  role: Scalars['String']['output'];
  /** Its holders in order of their tenures, oldest first. */
  succession: TenureConnection;
};


/** A post, such as "Bí thư Tỉnh ủy Đồng Tháp": a role in a body, held by people over time. */
export type PositionHolderOnArgs = {
  date: Scalars['Date']['input'];
};


/** A post, such as "Bí thư Tỉnh ủy Đồng Tháp": a role in a body, held by people over time. */
export type PositionHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A post, such as "Bí thư Tỉnh ủy Đồng Tháp": a role in a body, held by people over time. */
export type PositionSuccessionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PositionConnection = {
  __typename?: 'PositionConnection';
  edges: Array<PositionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PositionEdge = {
  __typename?: 'PositionEdge';
  cursor: Scalars['String']['output'];
  node: Position;
};

export type PositionOrder = {
  direction?: InputMaybe<SortDirection>;
  field: PositionOrderField;
};

export type PositionOrderField =
  /** By name, then id. */
  | 'NAME'
  /** By the province of its body (posts of national bodies first when ascending), then name. */
  | 'PROVINCE'
  /** By role, then name. */
  | 'ROLE';

/** What `positions(where:)` keeps: every field given must hold. */
export type PositionWhere = {
  /** Posts of this body (its global id). */
  body?: InputMaybe<Scalars['ID']['input']>;
  /** Posts of a body of this province ("Đồng Tháp"). */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this role, as the graph writes it ("Bí thư"). */
  role?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  article: Maybe<Article>;
  /**
   * Articles, newest first. For dashboards, `where` filters by source, language, publication dates
   * and an entity mentioned, and `orderBy` sorts (keyset-paged).
   */
  articles: ArticleConnection;
  /**
   * Communities of the co-attendance and post graph (Louvain, computed by `kg analyse`), largest
   * first; empty until it has run. `networkAnalysis` says when and over what.
   */
  communities: CommunityConnection;
  /**
   * The shortest chains of relations between two entities, at most `maxHops` (1–6) long,
   * through claims and structure (posts, bodies), not through articles that merely mention both.
   * At most `first` paths, in no set order. Paths of one or two hops are looked for first, from
   * the entity with fewer relations, stopping at `first`, so two busy people (a province's
   * secretary and deputy) cost what the page costs; longer paths by a breadth-first search.
   */
  connection: Array<Path>;
  /**
   * A document by its code typed any way ("05-CT/TW", "05 ct/tw", "Chỉ thị 05-CT/TW",
   * "03-NQ/DUK" for 03-NQ/ĐUK), or by its global id. Give exactly one of the two.
   */
  document: Maybe<Document>;
  /**
   * Documents, newest first; optionally of one kind ("Chỉ thị") or issuer code ("TW"). For
   * dashboards, `where` filters by kind, issuer, dates and the province implementing them (not
   * together with `kind` / `issuerCode`) and `orderBy` sorts (keyset-paged).
   */
  documents: DocumentConnection;
  event: Maybe<Event>;
  /**
   * Events counted by group (a province of their organizers, a month, a kind, a level), largest
   * first (months in date order), at most `first` (1–500) groups. An event organized by bodies of two
   * provinces counts in both. Priced by its date range: give `dateFrom` and `dateTo`, or an
   * `organizer` or `about` (docs/api.md, "Dashboards").
   */
  eventCounts: Array<GroupCount>;
  /**
   * Events between two dates (inclusive, either bound optional), oldest first. For dashboards,
   * `where` filters on several fields (not together with `from` / `to` / `kind`) and `orderBy` sorts
   * (keyset-paged).
   */
  events: EventConnection;
  /**
   * People seen holding a post, counted by the post's role or its body's province, kind or level,
   * largest first; a person counts once per group. Narrow it with `role`, `province` or `kind`.
   */
  holderCounts: Array<GroupCount>;
  /**
   * The bodies implementing a document (its code as typed, or its global id), counted by province,
   * kind or level, largest first.
   */
  implementerCounts: Array<GroupCount>;
  /**
   * The graph's integrity check, as `kg check` prints it: for each invariant (bodies named only by
   * their kind shared by several articles, bodiless post twins, persons named like a body or a
   * place, doubled words in body names, same-day events sharing people, orphan nodes) how many
   * suspect findings there are and up to `limit` (0–100) examples. Read-only. Every invariant is a
   * pass over the whole graph, so the server answers from its last check (`checkedAt`), run in the
   * background: an answer older than a minute (KG_INTEGRITY_MAX_AGE_S), or older than a write through
   * this server (`stale`), starts a new one, which a later request sees; only the first request after
   * start waits for a check (NOT_AVAILABLE if it outlasts the request's budget).
   */
  integrity: IntegrityReport;
  /** The last `kg analyse`: when, over how many people, bodies and links; null if never run. */
  networkAnalysis: Maybe<NetworkAnalysis>;
  /** Any node by its global id; null when no such node exists. */
  node: Maybe<Node>;
  /** Several nodes at once, in the order asked; null for ids that do not exist. */
  nodes: Array<Maybe<Node>>;
  organization: Maybe<Organization>;
  /**
   * Bodies, alphabetically; optionally of one kind or one province. For dashboards, `where` filters
   * on several fields (not together with `kind` / `province`) and `orderBy` sorts (keyset-paged).
   */
  organizations: OrganizationConnection;
  /**
   * People by name (folded prefix match on any word sequence when `name` is given), alphabetically.
   * For dashboards, `where` keeps those holding a post of a role, body or province (not together
   * with `name`) and `orderBy` sorts (keyset-paged).
   */
  people: PersonConnection;
  person: Maybe<Person>;
  position: Maybe<Position>;
  /**
   * Posts ("Bí thư Tỉnh ủy Đồng Tháp"), alphabetically; optionally those of one role ("Bí thư").
   * For dashboards, `where` filters by role, body and province (not together with `role`) and
   * `orderBy` sorts (keyset-paged).
   */
  positions: PositionConnection;
  /**
   * The curators' review queue: entities recorded as POSSIBLY_SAME_AS that no curator has judged,
   * strongest evidence of sameness first; then bodies named only by their kind that resolution
   * could not place (`unresolved`, each scoped to its article); then pairs judged UNSURE, last.
   * Each item says why it is there. Decide with `mergeEntities` (the same) or `judgeEntities`.
   */
  reviewQueue: ReviewConnection;
  /**
   * Full-text search over people, bodies, documents and events: accent- and case-insensitive
   * ("pham ngoc thuong" finds "Phạm Ngọc Thưởng"), partial words allowed at the end
   * ("pham ngoc th"), best match first.
   */
  search: Array<SearchHit>;
  /** Counts of the whole graph. */
  stats: Stats;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
  where?: InputMaybe<ArticleWhere>;
};


export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryDocumentArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  issuerCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<DocumentOrder>;
  where?: InputMaybe<DocumentWhere>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventCountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy: EventGroup;
  where?: InputMaybe<EventWhere>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<EventKind>;
  orderBy?: InputMaybe<EventOrder>;
  to?: InputMaybe<Scalars['Date']['input']>;
  where?: InputMaybe<EventWhere>;
};


export type QueryHolderCountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy: HolderGroup;
  where?: InputMaybe<HolderWhere>;
};


export type QueryImplementerCountsArgs = {
  document: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy: OrganizationGroup;
};


export type QueryIntegrityArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
  province?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<OrganizationWhere>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PositionOrder>;
  role?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<PositionWhere>;
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};

export type RelationCount = {
  __typename?: 'RelationCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  edges: Array<ReviewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  cursor: Scalars['String']['output'];
  node: ReviewItem;
};

export type ReviewItem = {
  __typename?: 'ReviewItem';
  /** Articles mentioning each entity, in the order of `entities`. */
  articleCounts: Array<Scalars['Int']['output']>;
  /** The two entities of a possible duplicate, or the one unresolved body (null if gone meanwhile). */
  entities: Array<Maybe<Node>>;
  /** Their graph ids, as `kg merge`, `kg distinct` and `kg unsure` take them. */
  graphIds: Array<Scalars['String']['output']>;
  /** UNSURE when a curator judged the pair unsure (then `judgementId` undoes it). */
  judgement: Maybe<Judgement>;
  judgementId: Maybe<Scalars['String']['output']>;
  kind: ReviewItemKind;
  names: Array<Scalars['String']['output']>;
  /** Why the item is in the queue. */
  reason: Scalars['String']['output'];
  /**
   * Strength of the evidence, higher first: for a pair, bodies in common ×4 + provinces of posts in
   * common ×2 + provinces seen in common; for a body, the statements on it.
   */
  score: Scalars['Int']['output'];
};

/** What an item of the review queue asks a curator to decide. */
export type ReviewItemKind =
  /** Two entities of one name that resolution kept apart: the same or not? */
  | 'POSSIBLE_DUPLICATE'
  /** A body named only by its kind that resolution could not place: which body is it? */
  | 'UNRESOLVED_BODY';

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  /** Relevance, higher is better; only comparable within one answer. */
  score: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Half-open character range [start, end) into the article's cleaned text. */
export type Span = {
  __typename?: 'Span';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  /** Claim relationships stored (one per article and statement). */
  claims: Scalars['Int']['output'];
  documents: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  organizations: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  positions: Scalars['Int']['output'];
  relations: Array<RelationCount>;
};

/** One person in one post from a start to an end (docs/decisions/0013-analytics.md). */
export type Tenure = {
  __typename?: 'Tenure';
  /** The departure's date, else the last time seen in the post. */
  end: Maybe<Scalars['Date']['output']>;
  endBound: Maybe<TenureBound>;
  /** True when a departure is stated; false: may still hold it. */
  ended: Scalars['Boolean']['output'];
  /** Appointments, elections and the departure, in date order. */
  events: Array<TenureEvent>;
  evidence: Array<Evidence>;
  /** Statements of holding the post within the tenure. */
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['Date']['output']>;
  lastSeen: Maybe<Scalars['Date']['output']>;
  person: Person;
  position: Position;
  /** Null when only a departure is known ("nguyên Bí thư"). */
  start: Maybe<Scalars['Date']['output']>;
  startBound: Maybe<TenureBound>;
};


/** One person in one post from a start to an end (docs/decisions/0013-analytics.md). */
export type TenureEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How a tenure's start or end is known. */
export type TenureBound =
  /** An appointment, election or departure stated without a date: the article's date, the latest it can be. */
  | 'REPORTED'
  /** Nothing stated: the first (start) or last (end) article seen with the person in the post. */
  | 'SEEN'
  /** An appointment, election or departure the text states, with the date the sentence gives. */
  | 'STATED';

export type TenureConnection = {
  __typename?: 'TenureConnection';
  edges: Array<TenureEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TenureEdge = {
  __typename?: 'TenureEdge';
  cursor: Scalars['String']['output'];
  node: Tenure;
};

/** An appointment, election or departure, as one sentence states it. */
export type TenureEvent = {
  __typename?: 'TenureEvent';
  /** The date the sentence gives, else the article's date. */
  date: Maybe<Scalars['Date']['output']>;
  /** True when the sentence gives the date. */
  dateStated: Scalars['Boolean']['output'];
  evidence: Evidence;
  kind: TenureEventKind;
};

export type TenureEventKind =
  | 'APPOINTED'
  | 'ELECTED'
  /** Left the post: "thôi giữ chức", "nghỉ hưu", or written "nguyên …" / "former …". */
  | 'LEFT';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleNode )
    | ( DocumentNode )
    | ( EventNode )
    | ( OrganizationNode )
    | ( PersonNode )
    | ( PositionNode )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleNode>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  ArticleMentionConnection: ResolverTypeWrapper<Omit<ArticleMentionConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleMentionEdge']> }>;
  ArticleMentionEdge: ResolverTypeWrapper<ArticleMentionEdgeRow>;
  ArticleOrder: ArticleOrder;
  ArticleOrderField: ArticleOrderField;
  ArticleWhere: ArticleWhere;
  BodyLinkConnection: ResolverTypeWrapper<Omit<BodyLinkConnection, 'edges'> & { edges: Array<ResolversTypes['BodyLinkEdge']> }>;
  BodyLinkEdge: ResolverTypeWrapper<BodyLinkEdgeRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Centrality: ResolverTypeWrapper<CentralityRow>;
  CoParticipantConnection: ResolverTypeWrapper<Omit<CoParticipantConnection, 'edges'> & { edges: Array<ResolversTypes['CoParticipantEdge']> }>;
  CoParticipantEdge: ResolverTypeWrapper<CoParticipantEdgeRow>;
  Community: ResolverTypeWrapper<CommunityRow>;
  CommunityConnection: ResolverTypeWrapper<Omit<CommunityConnection, 'edges'> & { edges: Array<ResolversTypes['CommunityEdge']> }>;
  CommunityEdge: ResolverTypeWrapper<Omit<CommunityEdge, 'node'> & { node: ResolversTypes['Community'] }>;
  Curation: ResolverTypeWrapper<CurationRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Diffusion: ResolverTypeWrapper<DiffusionRow>;
  DiffusionBody: ResolverTypeWrapper<DiffusionBodyRow>;
  DiffusionBodyConnection: ResolverTypeWrapper<Omit<DiffusionBodyConnection, 'edges'> & { edges: Array<ResolversTypes['DiffusionBodyEdge']> }>;
  DiffusionBodyEdge: ResolverTypeWrapper<Omit<DiffusionBodyEdge, 'node'> & { node: ResolversTypes['DiffusionBody'] }>;
  DiffusionEvidence: DiffusionEvidence;
  DiffusionLevel: ResolverTypeWrapper<DiffusionLevel>;
  DiffusionMonth: ResolverTypeWrapper<DiffusionMonth>;
  DiffusionProvince: ResolverTypeWrapper<DiffusionProvince>;
  Document: ResolverTypeWrapper<DocumentNode>;
  DocumentClaimConnection: ResolverTypeWrapper<Omit<DocumentClaimConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentClaimEdge']> }>;
  DocumentClaimEdge: ResolverTypeWrapper<ClaimEdgeRow<DocumentNode>>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentEdge']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentOrder: DocumentOrder;
  DocumentOrderField: DocumentOrderField;
  DocumentWhere: DocumentWhere;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EventNode>;
  EventClaimConnection: ResolverTypeWrapper<Omit<EventClaimConnection, 'edges'> & { edges: Array<ResolversTypes['EventClaimEdge']> }>;
  EventClaimEdge: ResolverTypeWrapper<ClaimEdgeRow<EventNode>>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventGroup: EventGroup;
  EventKind: EventKind;
  EventOrder: EventOrder;
  EventOrderField: EventOrderField;
  EventWhere: EventWhere;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GovernmentLevel: GovernmentLevel;
  GroupCount: ResolverTypeWrapper<GroupCount>;
  HeldPositionConnection: ResolverTypeWrapper<Omit<HeldPositionConnection, 'edges'> & { edges: Array<ResolversTypes['HeldPositionEdge']> }>;
  HeldPositionEdge: ResolverTypeWrapper<HeldPositionEdgeRow>;
  HolderGroup: HolderGroup;
  HolderWhere: HolderWhere;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestError: ResolverTypeWrapper<IngestError>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntegrityExample: ResolverTypeWrapper<IntegrityExampleRow>;
  IntegrityInvariant: ResolverTypeWrapper<Omit<IntegrityInvariant, 'examples'> & { examples: Array<ResolversTypes['IntegrityExample']> }>;
  IntegrityReport: ResolverTypeWrapper<Omit<IntegrityReport, 'invariants'> & { invariants: Array<ResolversTypes['IntegrityInvariant']> }>;
  Judgement: Judgement;
  MentionConnection: ResolverTypeWrapper<Omit<MentionConnection, 'edges'> & { edges: Array<ResolversTypes['MentionEdge']> }>;
  MentionEdge: ResolverTypeWrapper<MentionEdgeRow<ArticleNode>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkAnalysis: ResolverTypeWrapper<NetworkAnalysisRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OfficialConnection: ResolverTypeWrapper<Omit<OfficialConnection, 'edges'> & { edges: Array<ResolversTypes['OfficialEdge']> }>;
  OfficialEdge: ResolverTypeWrapper<OfficialEdgeRow>;
  Organization: ResolverTypeWrapper<OrganizationNode>;
  OrganizationClaimConnection: ResolverTypeWrapper<Omit<OrganizationClaimConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationClaimEdge']> }>;
  OrganizationClaimEdge: ResolverTypeWrapper<ClaimEdgeRow<OrganizationNode>>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationGroup: OrganizationGroup;
  OrganizationKind: OrganizationKind;
  OrganizationLevel: OrganizationLevel;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  OrganizationWhere: OrganizationWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRow>;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  Person: ResolverTypeWrapper<PersonNode>;
  PersonClaimConnection: ResolverTypeWrapper<Omit<PersonClaimConnection, 'edges'> & { edges: Array<ResolversTypes['PersonClaimEdge']> }>;
  PersonClaimEdge: ResolverTypeWrapper<ClaimEdgeRow<PersonNode>>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  PersonWhere: PersonWhere;
  Position: ResolverTypeWrapper<PositionNode>;
  PositionConnection: ResolverTypeWrapper<Omit<PositionConnection, 'edges'> & { edges: Array<ResolversTypes['PositionEdge']> }>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  PositionOrder: PositionOrder;
  PositionOrderField: PositionOrderField;
  PositionWhere: PositionWhere;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationCount: ResolverTypeWrapper<RelationCount>;
  ReviewConnection: ResolverTypeWrapper<Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewEdge']> }>;
  ReviewEdge: ResolverTypeWrapper<Omit<ReviewEdge, 'node'> & { node: ResolversTypes['ReviewItem'] }>;
  ReviewItem: ResolverTypeWrapper<ReviewItemRow>;
  ReviewItemKind: ReviewItemKind;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  SortDirection: SortDirection;
  Span: ResolverTypeWrapper<Span>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tenure: ResolverTypeWrapper<TenureRow>;
  TenureBound: TenureBound;
  TenureConnection: ResolverTypeWrapper<Omit<TenureConnection, 'edges'> & { edges: Array<ResolversTypes['TenureEdge']> }>;
  TenureEdge: ResolverTypeWrapper<Omit<TenureEdge, 'node'> & { node: ResolversTypes['Tenure'] }>;
  TenureEvent: ResolverTypeWrapper<TenureEventRow>;
  TenureEventKind: TenureEventKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleNode;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  ArticleMentionConnection: Omit<ArticleMentionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleMentionEdge']> };
  ArticleMentionEdge: ArticleMentionEdgeRow;
  ArticleOrder: ArticleOrder;
  ArticleWhere: ArticleWhere;
  BodyLinkConnection: Omit<BodyLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['BodyLinkEdge']> };
  BodyLinkEdge: BodyLinkEdgeRow;
  Boolean: Scalars['Boolean']['output'];
  Centrality: CentralityRow;
  CoParticipantConnection: Omit<CoParticipantConnection, 'edges'> & { edges: Array<ResolversParentTypes['CoParticipantEdge']> };
  CoParticipantEdge: CoParticipantEdgeRow;
  Community: CommunityRow;
  CommunityConnection: Omit<CommunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommunityEdge']> };
  CommunityEdge: Omit<CommunityEdge, 'node'> & { node: ResolversParentTypes['Community'] };
  Curation: CurationRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Diffusion: DiffusionRow;
  DiffusionBody: DiffusionBodyRow;
  DiffusionBodyConnection: Omit<DiffusionBodyConnection, 'edges'> & { edges: Array<ResolversParentTypes['DiffusionBodyEdge']> };
  DiffusionBodyEdge: Omit<DiffusionBodyEdge, 'node'> & { node: ResolversParentTypes['DiffusionBody'] };
  DiffusionLevel: DiffusionLevel;
  DiffusionMonth: DiffusionMonth;
  DiffusionProvince: DiffusionProvince;
  Document: DocumentNode;
  DocumentClaimConnection: Omit<DocumentClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentClaimEdge']> };
  DocumentClaimEdge: ClaimEdgeRow<DocumentNode>;
  DocumentConnection: Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentEdge']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentOrder: DocumentOrder;
  DocumentWhere: DocumentWhere;
  Event: EventNode;
  EventClaimConnection: Omit<EventClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventClaimEdge']> };
  EventClaimEdge: ClaimEdgeRow<EventNode>;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventOrder: EventOrder;
  EventWhere: EventWhere;
  Evidence: EvidenceRow;
  Float: Scalars['Float']['output'];
  GroupCount: GroupCount;
  HeldPositionConnection: Omit<HeldPositionConnection, 'edges'> & { edges: Array<ResolversParentTypes['HeldPositionEdge']> };
  HeldPositionEdge: HeldPositionEdgeRow;
  HolderWhere: HolderWhere;
  ID: Scalars['ID']['output'];
  IngestError: IngestError;
  IngestResult: IngestResult;
  Int: Scalars['Int']['output'];
  IntegrityExample: IntegrityExampleRow;
  IntegrityInvariant: Omit<IntegrityInvariant, 'examples'> & { examples: Array<ResolversParentTypes['IntegrityExample']> };
  IntegrityReport: Omit<IntegrityReport, 'invariants'> & { invariants: Array<ResolversParentTypes['IntegrityInvariant']> };
  MentionConnection: Omit<MentionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentionEdge']> };
  MentionEdge: MentionEdgeRow<ArticleNode>;
  Mutation: Record<PropertyKey, never>;
  NetworkAnalysis: NetworkAnalysisRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OfficialConnection: Omit<OfficialConnection, 'edges'> & { edges: Array<ResolversParentTypes['OfficialEdge']> };
  OfficialEdge: OfficialEdgeRow;
  Organization: OrganizationNode;
  OrganizationClaimConnection: Omit<OrganizationClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationClaimEdge']> };
  OrganizationClaimEdge: ClaimEdgeRow<OrganizationNode>;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationOrder: OrganizationOrder;
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfo;
  Path: PathRow;
  PathStep: PathStepRow;
  Person: PersonNode;
  PersonClaimConnection: Omit<PersonClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonClaimEdge']> };
  PersonClaimEdge: ClaimEdgeRow<PersonNode>;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonOrder: PersonOrder;
  PersonWhere: PersonWhere;
  Position: PositionNode;
  PositionConnection: Omit<PositionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PositionEdge']> };
  PositionEdge: Omit<PositionEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  PositionOrder: PositionOrder;
  PositionWhere: PositionWhere;
  Query: Record<PropertyKey, never>;
  RelationCount: RelationCount;
  ReviewConnection: Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewEdge']> };
  ReviewEdge: Omit<ReviewEdge, 'node'> & { node: ResolversParentTypes['ReviewItem'] };
  ReviewItem: ReviewItemRow;
  SearchHit: SearchHitRow;
  Span: Span;
  Stats: Stats;
  String: Scalars['String']['output'];
  Tenure: TenureRow;
  TenureConnection: Omit<TenureConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenureEdge']> };
  TenureEdge: Omit<TenureEdge, 'node'> & { node: ResolversParentTypes['Tenure'] };
  TenureEvent: TenureEventRow;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  graphId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['ArticleMentionConnection'], ParentType, ContextType, RequireFields<ArticleMentionsArgs, 'first'>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleMentionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleMentionConnection'] = ResolversParentTypes['ArticleMentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleMentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleMentionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleMentionEdge'] = ResolversParentTypes['ArticleMentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  spans?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
};

export type BodyLinkConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BodyLinkConnection'] = ResolversParentTypes['BodyLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BodyLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BodyLinkEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BodyLinkEdge'] = ResolversParentTypes['BodyLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  sharedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedPeople?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CentralityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Centrality'] = ResolversParentTypes['Centrality']> = {
  analysis?: Resolver<Maybe<ResolversTypes['NetworkAnalysis']>, ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pagerank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CoParticipantConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoParticipantConnection'] = ResolversParentTypes['CoParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CoParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoParticipantEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoParticipantEdge'] = ResolversParentTypes['CoParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sharedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<CommunityOrganizationsArgs, 'first'>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<CommunityPeopleArgs, 'first'>>;
  peopleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommunityConnection'] = ResolversParentTypes['CommunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CommunityEdge'] = ResolversParentTypes['CommunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
};

export type CurationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Curation'] = ResolversParentTypes['Curation']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  articleIds?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  into?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  intoId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  moved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DiffusionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Diffusion'] = ResolversParentTypes['Diffusion']> = {
  bodies?: Resolver<ResolversTypes['DiffusionBodyConnection'], ParentType, ContextType, RequireFields<DiffusionBodiesArgs, 'first'>>;
  bodyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['DiffusionLevel']>, ParentType, ContextType>;
  byProvince?: Resolver<Array<ResolversTypes['DiffusionProvince']>, ParentType, ContextType, RequireFields<DiffusionByProvinceArgs, 'first'>>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  monthly?: Resolver<Array<ResolversTypes['DiffusionMonth']>, ParentType, ContextType>;
};

export type DiffusionBodyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DiffusionBody'] = ResolversParentTypes['DiffusionBody']> = {
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstEvidence?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstEvidenceKind?: Resolver<ResolversTypes['DiffusionEvidence'], ParentType, ContextType>;
  lagDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['GovernmentLevel'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DiffusionBodyConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DiffusionBodyConnection'] = ResolversParentTypes['DiffusionBodyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DiffusionBodyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiffusionBodyEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DiffusionBodyEdge'] = ResolversParentTypes['DiffusionBodyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DiffusionBody'], ParentType, ContextType>;
};

export type DiffusionLevelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DiffusionLevel'] = ResolversParentTypes['DiffusionLevel']> = {
  bodies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstEvidence?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['GovernmentLevel'], ParentType, ContextType>;
  medianLagDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DiffusionMonthResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DiffusionMonth'] = ResolversParentTypes['DiffusionMonth']> = {
  bodies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cumulative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DiffusionProvinceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DiffusionProvince'] = ResolversParentTypes['DiffusionProvince']> = {
  bodies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstEvidence?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lagDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  diffusion?: Resolver<ResolversTypes['Diffusion'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventClaimConnection'], ParentType, ContextType, RequireFields<DocumentEventsArgs, 'first'>>;
  graphId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<ResolversTypes['OrganizationClaimConnection'], ParentType, ContextType, RequireFields<DocumentImplementedByArgs, 'first'>>;
  issuedBy?: Resolver<ResolversTypes['OrganizationClaimConnection'], ParentType, ContextType, RequireFields<DocumentIssuedByArgs, 'first'>>;
  issuer?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  issuerCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<DocumentMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentClaimConnection'] = ResolversParentTypes['DocumentClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentClaimEdge'] = ResolversParentTypes['DocumentClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<DocumentClaimEdgeEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  attendees?: Resolver<ResolversTypes['PersonClaimConnection'], ParentType, ContextType, RequireFields<EventAttendeesArgs, 'first'>>;
  chairs?: Resolver<ResolversTypes['PersonClaimConnection'], ParentType, ContextType, RequireFields<EventChairsArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['DocumentClaimConnection'], ParentType, ContextType, RequireFields<EventDocumentsArgs, 'first'>>;
  graphId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<EventMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizers?: Resolver<ResolversTypes['OrganizationClaimConnection'], ParentType, ContextType, RequireFields<EventOrganizersArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventClaimConnection'] = ResolversParentTypes['EventClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventClaimEdge'] = ResolversParentTypes['EventClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<EventClaimEdgeEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  extractor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentenceSpan?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
};

export type GroupCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GroupCount'] = ResolversParentTypes['GroupCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HeldPositionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HeldPositionConnection'] = ResolversParentTypes['HeldPositionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HeldPositionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HeldPositionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HeldPositionEdge'] = ResolversParentTypes['HeldPositionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<HeldPositionEdgeEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestError'] = ResolversParentTypes['IngestError']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  articlesRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articlesSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articlesUnchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articlesWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['IngestError']>, ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntegrityExampleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IntegrityExample'] = ResolversParentTypes['IntegrityExample']> = {
  articleIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntegrityInvariantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IntegrityInvariant'] = ResolversParentTypes['IntegrityInvariant']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['IntegrityExample']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntegrityReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IntegrityReport'] = ResolversParentTypes['IntegrityReport']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  invariants?: Resolver<Array<ResolversTypes['IntegrityInvariant']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  writtenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  spans?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticles?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'articles'>>;
  judgeEntities?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationJudgeEntitiesArgs, 'aId' | 'bId' | 'judgement'>>;
  mergeEntities?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'dropId' | 'keepId'>>;
  splitEntities?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationSplitEntitiesArgs, 'articleIds' | 'id'>>;
  undoCuration?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationUndoCurationArgs, 'curationId'>>;
};

export type NetworkAnalysisResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkAnalysis'] = ResolversParentTypes['NetworkAnalysis']> = {
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Document' | 'Event' | 'Organization' | 'Person' | 'Position', ParentType, ContextType>;
};

export type OfficialConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OfficialConnection'] = ResolversParentTypes['OfficialConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OfficialEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfficialEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OfficialEdge'] = ResolversParentTypes['OfficialEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OfficialEdgeEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  centrality?: Resolver<Maybe<ResolversTypes['Centrality']>, ParentType, ContextType>;
  graphId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implements?: Resolver<ResolversTypes['DocumentClaimConnection'], ParentType, ContextType, RequireFields<OrganizationImplementsArgs, 'first'>>;
  issued?: Resolver<ResolversTypes['DocumentClaimConnection'], ParentType, ContextType, RequireFields<OrganizationIssuedArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  leadersOn?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<OrganizationLeadersOnArgs, 'date' | 'first'>>;
  mentionedIn?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<OrganizationMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['BodyLinkConnection'], ParentType, ContextType, RequireFields<OrganizationNetworkArgs, 'first'>>;
  officials?: Resolver<ResolversTypes['OfficialConnection'], ParentType, ContextType, RequireFields<OrganizationOfficialsArgs, 'first'>>;
  organized?: Resolver<ResolversTypes['EventClaimConnection'], ParentType, ContextType, RequireFields<OrganizationOrganizedArgs, 'first'>>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<OrganizationPositionsArgs, 'first'>>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationClaimConnection'] = ResolversParentTypes['OrganizationClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationClaimEdge'] = ResolversParentTypes['OrganizationClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OrganizationClaimEdgeEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['EventClaimConnection'], ParentType, ContextType, RequireFields<PersonAttendedArgs, 'first'>>;
  career?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<PersonCareerArgs, 'first'>>;
  centrality?: Resolver<Maybe<ResolversTypes['Centrality']>, ParentType, ContextType>;
  chaired?: Resolver<ResolversTypes['EventClaimConnection'], ParentType, ContextType, RequireFields<PersonChairedArgs, 'first'>>;
  coParticipants?: Resolver<ResolversTypes['CoParticipantConnection'], ParentType, ContextType, RequireFields<PersonCoParticipantsArgs, 'first'>>;
  graphId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PersonMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['HeldPositionConnection'], ParentType, ContextType, RequireFields<PersonPositionsArgs, 'first'>>;
  possiblySameAs?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonClaimConnection'] = ResolversParentTypes['PersonClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonClaimEdge'] = ResolversParentTypes['PersonClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PersonClaimEdgeEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  graphId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderOn?: Resolver<Maybe<ResolversTypes['Tenure']>, ParentType, ContextType, RequireFields<PositionHolderOnArgs, 'date'>>;
  holders?: Resolver<ResolversTypes['PersonClaimConnection'], ParentType, ContextType, RequireFields<PositionHoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  succession?: Resolver<ResolversTypes['TenureConnection'], ParentType, ContextType, RequireFields<PositionSuccessionArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PositionConnection'] = ResolversParentTypes['PositionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PositionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PositionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PositionEdge'] = ResolversParentTypes['PositionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  communities?: Resolver<ResolversTypes['CommunityConnection'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'first'>>;
  connection?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'first' | 'fromId' | 'maxHops' | 'toId'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, Partial<QueryDocumentArgs>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  eventCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<QueryEventCountsArgs, 'first' | 'groupBy'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  holderCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<QueryHolderCountsArgs, 'first' | 'groupBy'>>;
  implementerCounts?: Resolver<Array<ResolversTypes['GroupCount']>, ParentType, ContextType, RequireFields<QueryImplementerCountsArgs, 'document' | 'first' | 'groupBy'>>;
  integrity?: Resolver<ResolversTypes['IntegrityReport'], ParentType, ContextType, RequireFields<QueryIntegrityArgs, 'limit'>>;
  networkAnalysis?: Resolver<Maybe<ResolversTypes['NetworkAnalysis']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<QueryPositionArgs, 'id'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<QueryPositionsArgs, 'first'>>;
  reviewQueue?: Resolver<ResolversTypes['ReviewConnection'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
};

export type RelationCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationCount'] = ResolversParentTypes['RelationCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewItem'], ParentType, ContextType>;
};

export type ReviewItemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewItem'] = ResolversParentTypes['ReviewItem']> = {
  articleCounts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  entities?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType>;
  graphIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  judgement?: Resolver<Maybe<ResolversTypes['Judgement']>, ParentType, ContextType>;
  judgementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewItemKind'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SpanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['RelationCount']>, ParentType, ContextType>;
};

export type TenureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = {
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endBound?: Resolver<Maybe<ResolversTypes['TenureBound']>, ParentType, ContextType>;
  ended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TenureEvent']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<TenureEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startBound?: Resolver<Maybe<ResolversTypes['TenureBound']>, ParentType, ContextType>;
};

export type TenureConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TenureConnection'] = ResolversParentTypes['TenureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TenureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TenureEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TenureEdge'] = ResolversParentTypes['TenureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tenure'], ParentType, ContextType>;
};

export type TenureEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TenureEvent'] = ResolversParentTypes['TenureEvent']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TenureEventKind'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleMentionConnection?: ArticleMentionConnectionResolvers<ContextType>;
  ArticleMentionEdge?: ArticleMentionEdgeResolvers<ContextType>;
  BodyLinkConnection?: BodyLinkConnectionResolvers<ContextType>;
  BodyLinkEdge?: BodyLinkEdgeResolvers<ContextType>;
  Centrality?: CentralityResolvers<ContextType>;
  CoParticipantConnection?: CoParticipantConnectionResolvers<ContextType>;
  CoParticipantEdge?: CoParticipantEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityConnection?: CommunityConnectionResolvers<ContextType>;
  CommunityEdge?: CommunityEdgeResolvers<ContextType>;
  Curation?: CurationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Diffusion?: DiffusionResolvers<ContextType>;
  DiffusionBody?: DiffusionBodyResolvers<ContextType>;
  DiffusionBodyConnection?: DiffusionBodyConnectionResolvers<ContextType>;
  DiffusionBodyEdge?: DiffusionBodyEdgeResolvers<ContextType>;
  DiffusionLevel?: DiffusionLevelResolvers<ContextType>;
  DiffusionMonth?: DiffusionMonthResolvers<ContextType>;
  DiffusionProvince?: DiffusionProvinceResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentClaimConnection?: DocumentClaimConnectionResolvers<ContextType>;
  DocumentClaimEdge?: DocumentClaimEdgeResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventClaimConnection?: EventClaimConnectionResolvers<ContextType>;
  EventClaimEdge?: EventClaimEdgeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GroupCount?: GroupCountResolvers<ContextType>;
  HeldPositionConnection?: HeldPositionConnectionResolvers<ContextType>;
  HeldPositionEdge?: HeldPositionEdgeResolvers<ContextType>;
  IngestError?: IngestErrorResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IntegrityExample?: IntegrityExampleResolvers<ContextType>;
  IntegrityInvariant?: IntegrityInvariantResolvers<ContextType>;
  IntegrityReport?: IntegrityReportResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkAnalysis?: NetworkAnalysisResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OfficialConnection?: OfficialConnectionResolvers<ContextType>;
  OfficialEdge?: OfficialEdgeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationClaimConnection?: OrganizationClaimConnectionResolvers<ContextType>;
  OrganizationClaimEdge?: OrganizationClaimEdgeResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonClaimConnection?: PersonClaimConnectionResolvers<ContextType>;
  PersonClaimEdge?: PersonClaimEdgeResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelationCount?: RelationCountResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  ReviewItem?: ReviewItemResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
  TenureConnection?: TenureConnectionResolvers<ContextType>;
  TenureEdge?: TenureEdgeResolvers<ContextType>;
  TenureEvent?: TenureEventResolvers<ContextType>;
};

