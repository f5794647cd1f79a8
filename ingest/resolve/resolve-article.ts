// Resolution of one extracted article into graph rows: every person, body, document and event
// gets its stable id (names normalised, abbreviations expanded, province context applied, people
// resolved by name plus context against what the graph already holds), and every relation becomes
// a claim carrying its evidence.
import type {
  ArticleRecord,
  Evidence,
  ExtractedOrganization,
  ExtractedRelation,
  Extraction,
  Mention,
  SegmentedArticle,
} from '../types.ts';
import { nameKey, nfc } from '../text/normalise.ts';
import type { Province } from '../lexicon/shared/provinces.ts';
import { bodyKind } from '../lexicon/shared/body-kinds.ts';
import { articleProvince as findArticleProvince, hostOf } from './article-province.ts';
import {
  bodyShape,
  expandAbbreviations,
  identifyBody,
  impliedParent,
  type BodyContext,
  type BodyIdentity,
} from './bodies.ts';
import { identifyDocument, looksLikeCode, normaliseCode } from './documents.ts';
import { postOf } from './posts.ts';
import { seatOf } from './career-seats.ts';
import { endsInProvince, unitReading } from './person-plausibility.ts';
import { eventTopics } from './event-topics.ts';
import { eventDisplayName, eventId } from './events.ts';
import { fullHash, shortHash, slug } from './keys.ts';
import { diacriticScore, personDisplayName, personNameKey } from './person-names.ts';
import type { PersonContext, PersonRegistry } from './person-registry.ts';
import { curatedId, type CurationRules } from './curation-rules.ts';
import {
  vietnameseBodyName,
  vietnameseDocumentKind,
  vietnamesePostName,
} from '../lexicon/shared/bilingual.ts';
import {
  CLAIM_TYPES,
  type ClaimRow,
  type ClaimType,
  type MentionRow,
  type OrganizationRow,
  type PersonRow,
  type ResolvedArticle,
} from './resolved-article.ts';

/** Bumped when resolution changes what it writes, so that unchanged articles are written again. */
export const RESOLVER_VERSION = 'resolve-4';

export interface ArticleInput {
  record: ArticleRecord;
  article: SegmentedArticle;
  extraction: Extraction;
}

/** "https://Example.vn/a/b/#x" → "https://example.vn/a/b": the form an article is identified by. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.toString().replace(/\/+$/, '');
  } catch {
    return url.trim();
  }
}

// Both hashes read the whole text (and the ingest hash the whole extraction); ingest asks for them
// when it prepares a batch and again when it resolves it, so each is computed once per object.
const contentHashes = new WeakMap<ArticleRecord, string>();
const ingestHashes = new WeakMap<ArticleInput, { extractor: string; hash: string }>();

export function contentHashOf(record: ArticleRecord): string {
  let hash = contentHashes.get(record);
  if (hash === undefined) {
    hash = fullHash(record.url, record.language, record.publishedAt, record.title, nfc(record.text));
    contentHashes.set(record, hash);
  }
  return hash;
}

/** An article is identified by its url; by its content hash when it has none. */
export function articleIdOf(record: ArticleRecord): string {
  return record.url
    ? `article:${shortHash(normaliseUrl(record.url))}`
    : `article:${contentHashOf(record).slice(0, 16)}`;
}

export function ingestHashOf(input: ArticleInput, extractor: string): string {
  const known = ingestHashes.get(input);
  if (known?.extractor === extractor) return known.hash;
  const hash = fullHash(
    contentHashOf(input.record),
    JSON.stringify(input.extraction),
    RESOLVER_VERSION,
    extractor,
  );
  ingestHashes.set(input, { extractor, hash });
  return hash;
}

/** Person names the article will look up, so that a batch can load its candidates in one query. */
export function personKeysOf(extraction: Extraction): string[] {
  const keys = new Set<string>();
  for (const p of extraction.persons) keys.add(personNameKey(p.name));
  for (const r of extraction.relations) if (r.person) keys.add(personNameKey(r.person));
  return [...keys].filter(Boolean);
}

const spansOf = (mentions: Mention[]): number[] => mentions.flatMap((m) => [m.start, m.end]);
const uniq = (xs: string[]): string[] => [...new Set(xs.filter(Boolean))];
const roleKey = (role: string): string => nameKey(role);

export interface ResolveContext {
  persons: PersonRegistry;
  curations: CurationRules;
  /** Version string of the extractor, stored on every claim. */
  extractor: string;
}

export function resolveArticle(input: ArticleInput, ctx: ResolveContext): ResolvedArticle {
  const { record, article, extraction } = input;
  const articleId = articleIdOf(record);
  const province: Province | null = findArticleProvince(article, extraction);
  const asOf = record.publishedAt ?? null;
  const curate = (resolvedId: string): string => curatedId(ctx.curations, resolvedId, articleId);
  const english = extraction.language === 'en';

  const out: ResolvedArticle = {
    article: {
      id: articleId,
      url: record.url ? normaliseUrl(record.url) : null,
      recordId: record.id,
      title: record.title,
      publishedAt: record.publishedAt,
      source: hostOf(record.url),
      language: extraction.language,
      province: province?.name ?? null,
      contentHash: contentHashOf(record),
      ingestHash: ingestHashOf(input, ctx.extractor),
      authors: extraction.authors,
      extractor: ctx.extractor,
    },
    persons: [],
    organizations: [],
    documents: [],
    events: [],
    positions: [],
    mentions: { Person: [], Organization: [], Document: [], Event: [] },
    claims: Object.fromEntries(CLAIM_TYPES.map((t) => [t, []])) as unknown as Record<ClaimType, ClaimRow[]>,
    of: [],
    partOf: [],
    possiblySame: [],
    dropped: [],
  };

  // --- Organizations: every surface form of a body points at its one identity.
  const orgByRef = new Map<string, { identity: BodyIdentity; row: OrganizationRow; mention: MentionRow }>();
  // Bodies the article names in full, so that one it names only by its kind ("Đảng ủy", "Ban
  // Thường vụ") can be that body; every surface the article gives a body, relations included.
  const bodyContext: BodyContext = { province, articleId, date: asOf };
  const surfaceOf = (surface: string): string =>
    english ? (vietnameseBodyName(surface, { province: province?.name ?? null })?.name ?? surface) : surface;
  const bodySurfaces = [
    ...extraction.organizations.flatMap((o) => [o.name, ...o.aliases]),
    ...extraction.relations.map((r) => r.organization ?? ''),
    ...extraction.events.map((e) => e.organizer ?? ''),
  ].filter(Boolean);
  bodyContext.namedBodies = bodySurfaces
    .map((surface) => surfaceOf(surface))
    .filter((surface) => !bodyShape(expandAbbreviations(surface)).generic)
    .map((surface) => identifyBody(surface, bodyContext))
    .filter((b) => !b.unresolved);
  const addOrganization = (
    surface: string,
    extracted?: ExtractedOrganization,
  ): { identity: BodyIdentity; row: OrganizationRow; mention: MentionRow } => {
    const known = orgByRef.get(nameKey(surface));
    if (known) return known;
    // English body names land on the Vietnamese body ("Lang Son provincial Party Committee" → "Tỉnh ủy Lạng Sơn").
    const vietnamese = english ? vietnameseBodyName(surface, { province: province?.name ?? null }) : null;
    const identity = identifyBody(vietnamese?.name ?? surface, bodyContext, extracted?.province);
    const id = curate(identity.id);
    let entry = [...orgByRef.values()].find((e) => e.identity.id === identity.id);
    if (!entry) {
      const row: OrganizationRow = {
        id,
        name: identity.name,
        nameKey: identity.nameKey,
        aliases: [],
        kind: extracted?.kind ?? vietnamese?.kind ?? bodyKind(identity.name, 'vi'),
        province: identity.province,
        unresolved: identity.unresolved ?? false,
        validFrom: identity.validFrom ?? null,
      };
      const mention: MentionRow = { entityId: id, resolvedId: identity.id, spans: [] };
      entry = { identity, row, mention };
      out.organizations.push(row);
      out.mentions.Organization.push(mention);
    }
    orgByRef.set(nameKey(surface), entry);
    return entry;
  };
  for (const org of extraction.organizations) {
    const entry = addOrganization(org.name, org);
    for (const alias of org.aliases) orgByRef.set(nameKey(alias), entry);
    const surfaces = [org.name, ...org.aliases, ...org.mentions.map((m) => m.text)].map((s) => nfc(s).trim());
    entry.row.aliases = uniq([...entry.row.aliases, ...surfaces.filter((s) => s !== entry.row.name)]);
    entry.mention.spans.push(...spansOf(org.mentions));
  }
  const orgFor = (surface: string | null | undefined) => (surface ? addOrganization(surface) : null);
  // Parent bodies: stated by the extractor, or implied by the name ("Ban Thường vụ Tỉnh ủy X" → "Tỉnh ủy X").
  for (const org of extraction.organizations) {
    const child = orgByRef.get(nameKey(org.name))!;
    const parentName = org.parent ?? impliedParent(child.identity.name);
    if (!parentName) continue;
    const parent = addOrganization(parentName);
    if (parent.identity.id === child.identity.id) continue;
    out.partOf.push({
      fromId: child.row.id,
      toId: parent.row.id,
      fromResolvedId: child.identity.id,
      toResolvedId: parent.identity.id,
    });
  }

  // --- Documents and events.
  const docByRef = new Map<string, { id: string; resolvedId: string }>();
  const addDocument = (
    doc: Parameters<typeof identifyDocument>[0],
    extra?: { date?: string | null; subject?: string | null },
  ) => {
    // An English article stores the Vietnamese kind ("Directive" → "Chỉ thị", and the name
    // "Chỉ thị 05-CT/TW" when it has no other), so the node reads the same whichever came first.
    const kind = (english ? vietnameseDocumentKind(doc.type) : null) ?? doc.type;
    const identity = identifyDocument({ ...doc, type: kind }, province);
    const id = curate(identity.id);
    if (!out.documents.some((d) => d.id === id)) {
      out.documents.push({
        id,
        code: identity.code,
        name: identity.name,
        kind,
        number: identity.number,
        issuerCode: identity.issuerCode,
        date: extra?.date ?? null,
        subject: extra?.subject ?? null,
        province: identity.province,
      });
      out.mentions.Document.push({ entityId: id, resolvedId: identity.id, spans: [] });
    }
    const ref = { id, resolvedId: identity.id };
    if (identity.code) docByRef.set(identity.code, ref);
    docByRef.set(nameKey(identity.name), ref);
    return ref;
  };
  for (const doc of extraction.documents) {
    const ref = addDocument(doc, doc);
    if (doc.name) docByRef.set(nameKey(doc.name), ref);
    out.mentions.Document.find((m) => m.entityId === ref.id)!.spans.push(...spansOf(doc.mentions));
  }
  const documentFor = (docRef: string | undefined) => {
    if (!docRef) return null;
    const known = docByRef.get(normaliseCode(docRef)) ?? docByRef.get(nameKey(docRef));
    if (known) return known;
    const type = looksLikeCode(docRef) ? '' : docRef.split(/\s+/).slice(0, 2).join(' ');
    return addDocument(looksLikeCode(docRef) ? { code: docRef, type } : { code: null, name: docRef, type });
  };

  // --- People: name plus context, against the registry of what is already known.
  const holdsOf = (key: string): ExtractedRelation[] =>
    extraction.relations.filter(
      (r) => r.type === 'HOLDS_POSITION' && r.person && personNameKey(r.person) === key,
    );
  const personByKey = new Map<
    string,
    { id: string; resolvedId: string; row: PersonRow; mention: MentionRow }
  >();
  const addPerson = (rawName: string) => {
    const key = personNameKey(rawName);
    const known = personByKey.get(key);
    if (known) return known;
    const posts = holdsOf(key)
      .map((r) => orgFor(r.organization))
      .filter((o) => o !== null);
    const context: PersonContext = {
      postProvinces: uniq(posts.map((o) => o.identity.province ?? '')).sort(),
      orgIds: uniq(posts.map((o) => o.identity.id)).sort(),
      articleProvince: province?.name ?? null,
      seats: uniq(posts.map((o) => seatOf(o.identity) ?? '')).sort(),
      asOf,
    };
    const { resolvedId, conflictsWith } = ctx.persons.resolve(key, context);
    ctx.persons.add(resolvedId, key, context);
    const id = curate(resolvedId);
    const name = personDisplayName(rawName);
    const row: PersonRow = { id, name, nameKey: key, aliases: [], nameScore: diacriticScore(name) };
    const mention: MentionRow = { entityId: id, resolvedId, spans: [], nameKey: key, ...context };
    out.persons.push(row);
    out.mentions.Person.push(mention);
    for (const other of conflictsWith) {
      const otherId = curate(other);
      if (otherId === id) continue;
      const [a, b] =
        id < otherId
          ? [
              [id, resolvedId],
              [otherId, other],
            ]
          : [
              [otherId, other],
              [id, resolvedId],
            ];
      out.possiblySame.push({
        fromId: a![0]!,
        fromResolvedId: a![1]!,
        toId: b![0]!,
        toResolvedId: b![1]!,
        nameKey: key,
      });
    }
    const entry = { id, resolvedId, row, mention };
    personByKey.set(key, entry);
    return entry;
  };
  // A "person" whose name reads as a body or a place ("Ban Tổ chức", "tỉnh Đồng Tháp") is not one;
  // nor one whose name ends in a province and who does nothing in the article ("Đoàn Than Quảng
  // Ninh" in a list of units). Anyone the article gives a post or a role is kept.
  const actors = new Set(extraction.relations.flatMap((r) => (r.person ? [personNameKey(r.person)] : [])));
  const notAPerson = (name: string): boolean =>
    unitReading(name) !== null || (!actors.has(personNameKey(name)) && endsInProvince(name));
  for (const person of extraction.persons) {
    if (!personNameKey(person.name) || notAPerson(person.name)) continue;
    const entry = addPerson(person.name);
    const surfaces = [person.name, ...person.mentions.map((m) => m.text)].map((s) => nfc(s).trim());
    entry.row.aliases = uniq([...entry.row.aliases, ...surfaces.filter((s) => s !== entry.row.name)]);
    entry.mention.spans.push(...spansOf(person.mentions));
  }

  // --- Events: keyed by date and chair (or organizer), so that one meeting told by two papers, or in
  // two languages, is one Event; a delegation ("Đoàn công tác của Chính phủ") is who came, not the
  // meeting, which is named as their working session.
  const eventByRef = new Map<string, { id: string; resolvedId: string }>();
  const chairsOf = (eventName: string): string[] =>
    uniq(
      extraction.relations
        .filter(
          (r) => r.type === 'CHAIRED' && r.person && (!r.event || nameKey(r.event) === nameKey(eventName)),
        )
        .map((r) => addPerson(r.person!).resolvedId),
    ).sort();
  for (const ev of extraction.events) {
    const organizer = orgFor(ev.organizer);
    const resolvedId = eventId(ev, organizer?.identity.id ?? null, chairsOf(ev.name), articleId);
    const id = curate(resolvedId);
    const name = eventDisplayName(nfc(ev.name));
    const known = out.events.find((e) => e.id === id);
    if (!known) {
      out.events.push({
        id,
        name,
        aliases: [],
        language: extraction.language,
        kind: ev.kind,
        date: ev.date,
        organizer: organizer?.row.name ?? null,
      });
      out.mentions.Event.push({ entityId: id, resolvedId, spans: [] });
    } else if (known.name !== name && !known.aliases.includes(name)) known.aliases.push(name);
    out.mentions.Event.find((m) => m.entityId === id)!.spans.push(...spansOf(ev.mentions));
    eventByRef.set(nameKey(ev.name), { id, resolvedId });
  }
  // A relation without its event refers to the one the article reports (the first listed).
  const eventFor = (ref: string | undefined) =>
    (ref ? eventByRef.get(nameKey(ref)) : undefined) ?? [...eventByRef.values()][0] ?? null;

  // "Bộ trưởng Nguyễn Kim Sơn" beside "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn" in one
  // article: the post written alone is the one with its body.
  const sameRoleBodyOf = (person: string, role: string): string | null => {
    const key = personNameKey(person);
    const bodies = new Set(
      holdsOf(key)
        .filter((h) => h.organization && roleKey(h.role ?? '') === roleKey(role))
        .map((h) => nameKey(h.organization!)),
    );
    if (bodies.size !== 1) return null;
    return holdsOf(key).find((h) => h.organization && nameKey(h.organization) === [...bodies][0])!
      .organization!;
  };

  // --- Claims: one per relation, keyed by type, resolved endpoints, article and span.
  const claim = (
    type: ClaimType,
    from: { id: string; resolvedId: string },
    to: { id: string; resolvedId: string },
    ev: Evidence,
    statedOn?: string | null,
  ): void => {
    out.claims[type].push({
      key: fullHash(type, from.resolvedId, to.resolvedId, articleId, ev.start, ev.end).slice(0, 32),
      fromId: from.id,
      toId: to.id,
      fromResolvedId: from.resolvedId,
      toResolvedId: to.resolvedId,
      articleId,
      sentence: ev.sentence,
      sentenceIndex: ev.sentenceIndex,
      sentenceStart: ev.sentenceStart,
      start: ev.start,
      end: ev.end,
      asOf,
      extractor: ctx.extractor,
      ...(statedOn !== undefined ? { statedOn } : {}),
    });
  };
  const orgRef = (surface: string | null | undefined) => {
    const o = orgFor(surface);
    return o ? { id: o.row.id, resolvedId: o.identity.id } : null;
  };
  // The post a person is said to hold (or to have been appointed to, elected to, left): the same
  // Position node whichever statement names it, created with its body the first time.
  const heldPost = (personName: string, writtenRole: string, organization: string | null | undefined) => {
    const written = nfc(writtenRole).trim();
    const post = postOf(
      (english ? vietnamesePostName(written) : null) ?? written,
      organization ?? sameRoleBodyOf(personName, written),
    );
    const role = post.role;
    const org = orgFor(post.body);
    const person = addPerson(personName);
    // A post with no body that names no one post is this person's post of that role: one real
    // chair, never a node shared by every "Bộ trưởng" of every ministry.
    const resolvedId = org
      ? `position:${slug(roleKey(role))}@${org.identity.id.replace(/^org:/, '')}`
      : post.national
        ? `position:${slug(roleKey(role))}`
        : `position:${slug(roleKey(role))}~${person.resolvedId.replace(/^person:/, '')}`;
    const known = out.positions.find((p) => p.id === resolvedId);
    if (known && written !== role && !known.aliases.includes(written)) known.aliases.push(written);
    if (!known) {
      out.positions.push({
        id: resolvedId,
        role,
        aliases: written !== role ? [written] : [],
        name: org ? `${role} ${org.row.name}` : role,
        orgId: org?.row.id ?? null,
        orgResolvedId: org?.identity.id ?? null,
        unresolved: !org && !post.national,
      });
      if (org)
        out.of.push({
          fromId: resolvedId,
          toId: org.row.id,
          fromResolvedId: resolvedId,
          toResolvedId: org.identity.id,
        });
    }
    return { person, post: { id: resolvedId, resolvedId } };
  };
  for (const r of extraction.relations) {
    const drop = (reason: string) => out.dropped.push({ type: r.type, reason });
    switch (r.type) {
      case 'CHAIRED':
      case 'ATTENDED': {
        if (!r.person || notAPerson(r.person)) {
          drop(r.person ? 'names a body or a place, not a person' : 'no person');
          break;
        }
        const event = eventFor(r.event);
        if (!event) {
          drop('no event in the article');
          break;
        }
        claim(r.type, addPerson(r.person), event, r.evidence);
        break;
      }
      case 'HOLDS_POSITION': {
        if (!r.person || !r.role || notAPerson(r.person)) {
          drop(r.person && r.role ? 'names a body or a place, not a person' : 'no person or no role');
          break;
        }
        const held = heldPost(r.person, r.role, r.organization);
        claim('HOLDS', held.person, held.post, r.evidence);
        break;
      }
      case 'IMPLEMENTS':
      case 'ISSUED': {
        const org = orgRef(r.organization);
        const doc = documentFor(r.document);
        if (!org || !doc) {
          drop(org ? 'no document' : 'no organization');
          break;
        }
        claim(r.type, org, doc, r.evidence);
        break;
      }
      case 'ORGANIZED': {
        const org = orgRef(r.organization);
        const event = eventFor(r.event);
        if (!org || !event) {
          drop(org ? 'no event in the article' : 'no organization');
          break;
        }
        claim('ORGANIZED', org, event, r.evidence);
        break;
      }
    }
  }
  // What each meeting was about: the documents named after it in the same sentence with a cue.
  const topics = eventTopics(
    article,
    extraction.events.map((e) => ({ ref: e.name, mentions: e.mentions })),
    extraction.documents.map((d) => ({ ref: d.code ?? d.name ?? '', mentions: d.mentions })),
  );
  for (const link of topics) {
    const event = eventByRef.get(nameKey(link.event));
    const doc = documentFor(link.document);
    if (event && doc) claim('ABOUT', event, doc, link.evidence);
  }
  // Appointments, elections and departures: dated events of the post HOLDS names (decision 0013).
  for (const a of extraction.appointments ?? []) {
    const held = heldPost(a.person, a.role, a.organization);
    claim(a.kind, held.person, held.post, a.evidence, a.date);
  }
  for (const type of CLAIM_TYPES) {
    const seen = new Set<string>();
    out.claims[type] = out.claims[type].filter((c) => !seen.has(c.key) && seen.add(c.key));
  }
  const pairSeen = new Set<string>();
  out.possiblySame = out.possiblySame.filter((p) => {
    const k = `${p.fromId}|${p.toId}`;
    return !pairSeen.has(k) && pairSeen.add(k);
  });
  return out;
}
