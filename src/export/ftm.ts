// kg export --format ftm: FollowTheMoney entities, one JSON object a line ({id, schema, properties}),
// for Aleph / OpenAleph and tools that speak FtM (the model: followthemoney 4.x, checked in
// test/graph/export.test.ts with the followthemoney package itself). The mapping (docs/exports.md):
//
//   Article → Article (title, publishedAt, sourceUrl, author, publisher, language)
//   Person → Person · Organization → PublicBody · Position → Position (organization = its body)
//   Document → Document (fileName = code or name, title, date, summary = subject) · Event → Event (date, organizer, involved)
//   HOLDS, APPOINTED, ELECTED, LEFT → an Occupancy per tenure (holder, post; startDate/endDate the
//           tenure's, stated or first/last seen, its description says which: src/analytics/tenures.ts)
//           and, for a member's seat ("Ủy viên …", "member"), a Membership in the post's body as well
//   ISSUED, IMPLEMENTS, ABOUT, MENTIONS → Documentation (document, entity, role)
//   CHAIRED, ATTENDED, ORGANIZED → UnknownLink (subject, object, role), besides Event.involved/organizer
//   PART_OF → Membership (member body, organization body, role "part of") · POSSIBLY_SAME_AS → Similar
//
// Every statement entity carries its provenance as FtM allows: proof (the Article entities), the
// sentences (summary), and the dates of the evidence. Ids are hashes of the graph's own ids (FtM ids
// are [0-9a-zA-Z.-]), so they are the same in every export and a second export updates Aleph's
// entities instead of duplicating them. Curations are not exported (no FtM schema fits an audit record).
import { createHash } from 'node:crypto';
import { primaryLabel } from '../../ingest/load/snapshot.ts';
import { foldEdges } from './graphml.ts';
import type { ExportNode, OutgoingRelationship } from './graph-pages.ts';
import type { TextSink } from './sink.ts';
import {
  tenuresOf,
  type Statement,
  type StatementKind,
  type TenureBound,
  type TenureRow,
} from '../analytics/tenures.ts';
import type { PersonNode, PositionNode } from '../api/model.ts';
import type { FormatWriter } from './format-writer.ts';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const ID_PREFIX = 'vnkg';

/** The FtM id of a graph node, or of a statement entity derived from several graph ids. */
export function ftmId(...parts: string[]): string {
  return `${ID_PREFIX}-${createHash('sha1').update(parts.join('\u0000')).digest('hex')}`;
}

const NODE_SCHEMAS: Record<string, string> = {
  Article: 'Article',
  Person: 'Person',
  Organization: 'PublicBody',
  Position: 'Position',
  Document: 'Document',
  Event: 'Event',
};

/** ISO 639-3, which FtM's language type takes. */
const LANGUAGES: Record<string, string> = { vi: 'vie', en: 'eng' };

const TENURE_STATEMENTS = new Set<string>(['HOLDS', 'APPOINTED', 'ELECTED', 'LEFT']);

const START_SAYS: Record<TenureBound, string> = {
  STATED: 'startDate is the date an article states for the appointment or election',
  REPORTED: 'startDate is the date of the article reporting the appointment or election (it states none)',
  SEEN: 'startDate is first seen: the date of the first article that reports this post held',
};
const END_SAYS: Record<TenureBound, string> = {
  STATED: 'endDate is the date an article states for the departure',
  REPORTED: 'endDate is the date of the article reporting the departure (it states none)',
  SEEN: 'endDate is last seen: the date of the last article that reports this post held (no departure reported)',
};

/** What an occupancy's dates are, in words: FtM has no field for how a date is known. */
function tenureDescription(t: TenureRow | null): string {
  if (!t) return 'No dated article reports this post held: the tenure is unknown.';
  const parts = [
    t.startBound ? START_SAYS[t.startBound] : 'the start is unknown',
    t.endBound ? END_SAYS[t.endBound] : 'the end is unknown',
  ];
  return `${parts.join('; ')}.`;
}

/** A seat that makes its holder a member of the post's body (Ủy viên Bộ Chính trị, member). */
const MEMBER_ROLE = /^(ủy viên|uỷ viên|thành viên|member|permanent member)\b/iu;

function text(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const date = (value: unknown) => text(value).filter((d) => ISO_DATE.test(d));

function entity(id: string, schema: string, properties: Record<string, string[]>): FtmEntity {
  const kept = Object.fromEntries(
    Object.entries(properties)
      .map(([k, v]): [string, string[]] => [k, [...new Set(v)]])
      .filter(([, v]) => v.length > 0),
  );
  return { id, schema, properties: kept };
}

/** The evidence of parallel claims: the articles (as proof), the sentences, the first and last dates. */
function provenance(claims: OutgoingRelationship[]) {
  const articles = claims.map((c) => c.props.articleId).filter((a): a is string => typeof a === 'string');
  const dates = claims
    .map((c) => c.props.asOf)
    .filter((d): d is string => typeof d === 'string' && ISO_DATE.test(d))
    .sort();
  return {
    proof: articles.map((a) => ftmId(a)),
    summary: claims.map((c) => c.props.sentence).filter((s): s is string => typeof s === 'string'),
    first: dates[0],
    last: dates[dates.length - 1],
  };
}

function nodeEntity(node: ExportNode, schema: string): FtmEntity {
  const p = node.props;
  const id = ftmId(node.id);
  switch (schema) {
    case 'Article':
      return entity(id, schema, {
        name: text(p.title ?? p.url ?? p.recordId),
        title: text(p.title),
        publishedAt: date(p.publishedAt),
        sourceUrl: text(p.url),
        author: text(p.authors),
        publisher: text(p.source),
        language: text(LANGUAGES[String(p.language)]),
      });
    case 'Person':
      return entity(id, schema, { name: text(p.name), alias: text(p.aliases), country: ['vn'] });
    case 'PublicBody':
      return entity(id, schema, {
        name: text(p.name),
        alias: text(p.aliases),
        country: ['vn'],
        keywords: text(p.kind),
        incorporationDate: date(p.validFrom),
      });
    case 'Position': {
      const body = node.out.find((r) => r.type === 'OF');
      return entity(id, schema, {
        name: text(p.name),
        alias: text(p.aliases),
        country: ['vn'],
        organization: body ? [ftmId(body.to)] : [],
      });
    }
    case 'Document':
      // FtM's Document (labelled "File") requires fileName; a directive is no file, so it holds what
      // Aleph should caption it by: the code (05-CT/TW), else the name.
      return entity(id, schema, {
        fileName: text(p.code ?? p.name),
        name: [...text(p.code), ...text(p.name)],
        title: text(p.name),
        date: date(p.date),
        summary: text(p.subject),
        keywords: text(p.kind),
      });
    default: {
      const participants = node.participants;
      return entity(id, 'Event', {
        name: text(p.name),
        alias: text(p.aliases),
        date: date(p.date),
        keywords: text(p.kind),
        country: ['vn'],
        organizer: participants.filter((x) => x.type === 'ORGANIZED').map((x) => ftmId(x.from)),
        involved: participants.filter((x) => x.type !== 'ORGANIZED').map((x) => ftmId(x.from)),
      });
    }
  }
}

const ROLES: Record<string, string> = {
  ISSUED: 'issued',
  IMPLEMENTS: 'implements',
  ABOUT: 'about',
  MENTIONS: 'mentions',
  CHAIRED: 'chaired',
  ATTENDED: 'attended',
  ORGANIZED: 'organized',
};

/** The statement entities of one node's outgoing relationships, parallel claims folded into one. */
function statementEntities(node: ExportNode): FtmEntity[] {
  const out: FtmEntity[] = [];
  const from = ftmId(node.id);
  for (const edge of foldEdges(node.out)) {
    const claims = node.out.filter((r) => r.type === edge.type && r.to === edge.to);
    const evidence = provenance(claims);
    const to = ftmId(edge.to);
    const statementId = ftmId(edge.type, node.id, edge.to);
    const dated = { proof: evidence.proof, summary: evidence.summary };
    switch (edge.type) {
      case 'HOLDS':
      case 'APPOINTED':
      case 'ELECTED':
      case 'LEFT':
        // One post's statements are all handled once, below, as tenures.
        break;
      case 'ISSUED':
      case 'IMPLEMENTS':
      case 'ABOUT':
        out.push(
          entity(statementId, 'Documentation', {
            entity: [from],
            document: [to],
            role: [ROLES[edge.type]!],
            startDate: text(evidence.first),
            endDate: text(evidence.last),
            ...dated,
          }),
        );
        break;
      case 'MENTIONS':
        out.push(
          entity(statementId, 'Documentation', { document: [from], entity: [to], role: ['mentions'] }),
        );
        break;
      case 'CHAIRED':
      case 'ATTENDED':
      case 'ORGANIZED':
        out.push(
          entity(statementId, 'UnknownLink', {
            subject: [from],
            object: [to],
            role: [ROLES[edge.type]!],
            startDate: text(evidence.first),
            endDate: text(evidence.last),
            ...dated,
          }),
        );
        break;
      case 'PART_OF':
        out.push(
          entity(statementId, 'Membership', { member: [from], organization: [to], role: ['part of'] }),
        );
        break;
      case 'POSSIBLY_SAME_AS':
        out.push(
          entity(statementId, 'Similar', {
            candidate: [from],
            match: [to],
            criteria: ['same name, conflicting context (for a curator to review)'],
          }),
        );
        break;
      default: // OF: the Position's organization property
        break;
    }
  }
  out.push(...occupancies(node));
  return out;
}

/** The statements about one post held, as the tenure builder reads them. */
function statement(claim: OutgoingRelationship): Statement {
  const p = claim.props;
  return {
    kind: claim.type as StatementKind,
    statedOn: typeof p.statedOn === 'string' ? p.statedOn : null,
    articleId: String(p.articleId),
    sentence: String(p.sentence ?? ''),
    sentenceIndex: Number(p.sentenceIndex ?? 0),
    start: Number(p.start ?? 0),
    end: Number(p.end ?? 0),
    asOf: typeof p.asOf === 'string' ? p.asOf : null,
    extractor: typeof p.extractor === 'string' ? p.extractor : null,
  };
}

/**
 * A person's posts as FtM Occupancies, one per tenure (src/analytics/tenures.ts, as the API's
 * `Person.career`): dated from stated appointments, elections and departures where articles give
 * them, else first and last seen. The first tenure of a post keeps the id of the (person, post)
 * pair, so an export made before a second tenure was known still updates the same entity.
 */
function occupancies(node: ExportNode): FtmEntity[] {
  const byPost = new Map<string, OutgoingRelationship[]>();
  for (const claim of node.out) {
    if (!TENURE_STATEMENTS.has(claim.type)) continue;
    const ofPost = byPost.get(claim.to);
    if (ofPost) ofPost.push(claim);
    else byPost.set(claim.to, [claim]);
  }
  const out: FtmEntity[] = [];
  const from = ftmId(node.id);
  const person = { id: node.id } as PersonNode;
  for (const [post, claims] of byPost) {
    const statements = claims.map(statement);
    const tenures: (TenureRow | null)[] = tenuresOf(person, { id: post } as PositionNode, statements);
    if (tenures.length === 0) tenures.push(null);
    const seat = claims[0]!;
    const member = seat.toBody && MEMBER_ROLE.test(String(seat.toRole ?? '').normalize('NFC'));
    tenures.forEach((t, i) => {
      const evidence = t ? [...t.evidence, ...t.events.map((e) => e.evidence)] : statements;
      const articles = [...new Set(evidence.map((e) => e.articleId))];
      const dates = {
        startDate: date(t?.start),
        endDate: date(t?.end),
        description: [tenureDescription(t)],
        proof: articles.map((a) => ftmId(a)),
        summary: evidence.map((e) => e.sentence).filter((x) => x !== ''),
      };
      const suffix = i === 0 ? [] : [String(i)];
      out.push(
        entity(ftmId('HOLDS', node.id, post, ...suffix), 'Occupancy', {
          holder: [from],
          post: [ftmId(post)],
          ...dates,
        }),
      );
      if (member) {
        out.push(
          entity(ftmId('Membership', node.id, post, ...suffix), 'Membership', {
            member: [from],
            organization: [ftmId(seat.toBody!)],
            role: text(seat.toRole),
            ...dates,
          }),
        );
      }
    });
  }
  return out;
}

export function ftmEntities(node: ExportNode): FtmEntity[] {
  const schema = NODE_SCHEMAS[primaryLabel(node.labels)];
  if (!schema) return [];
  return [nodeEntity(node, schema), ...statementEntities(node)];
}

export function ftmWriter(sink: TextSink): FormatWriter {
  let records = 0;
  return {
    async begin() {},
    async node(node: ExportNode) {
      const entities = ftmEntities(node);
      if (entities.length === 0) return;
      records += entities.length;
      await sink.write(entities.map((e) => JSON.stringify(e)).join('\n') + '\n');
    },
    async end() {
      await sink.end();
      return records;
    },
  };
}
