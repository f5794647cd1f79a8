/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers, shaped by the queries in queries.ts */
// The entity pages: person, body, document, event, post. Each is one GraphQL request whose claim
// edges carry their evidence, so every relation row opens its sources.
import { html, nothing, type TemplateResult } from 'lit-html';
import { gql } from './api.ts';
import { evidenceButton, showEvidence } from './evidence.ts';
import { formatDate, t } from './i18n.ts';
import { BODY, DOCUMENT, EVENT, PERSON, POST } from './queries.ts';
import {
  pathOf,
  type Article,
  type ClaimEdge,
  type Connection,
  type EntityKind,
  type Evidence,
  type Named,
} from './model.ts';
import {
  dateCell,
  entityLink,
  facts,
  tableSection,
  timeline,
  type Bound,
  type Column,
  type Span,
} from './ui.ts';

/** Columns every claim table ends with: first and last seen, and the evidence button. */
function claimColumns<E extends ClaimEdge<Named>>(describe: (edge: E) => [string, string[]]): Column<E>[] {
  return [
    { header: t.firstSeen, cell: (e) => dateCell(e.firstSeen), csv: (e) => e.firstSeen },
    { header: t.lastSeen, cell: (e) => dateCell(e.lastSeen), csv: (e) => e.lastSeen },
    {
      header: t.evidence,
      cell: (e) => evidenceButton(e, ...describe(e)),
      csv: (e) => e.evidence.map((x) => x.article.url ?? x.article.title).join(' | '),
    },
  ];
}

/** One person in one post from a start to an end (the API's Tenure, decision 0013). */
interface Tenure {
  start: string | null;
  startBound: Bound | null;
  end: string | null;
  endBound: Bound | null;
  ended: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  events: TenureEvent[];
  evidenceCount: number;
  evidence: Evidence[];
}

interface TenureEvent {
  kind: string;
  date: string | null;
  dateStated: boolean;
  evidence: Evidence;
}

/** The same appointment told in several sentences (a headline and its lead) is one event with their evidence. */
function groupedEvents(events: TenureEvent[]): { kind: string; date: string | null; evidence: Evidence[] }[] {
  const byKey = new Map<string, { kind: string; date: string | null; evidence: Evidence[] }>();
  for (const e of events) {
    const key = `${e.kind}|${e.date ?? ''}`;
    const known = byKey.get(key);
    if (known) known.evidence.push(e.evidence);
    else byKey.set(key, { kind: e.kind, date: e.date, evidence: [e.evidence] });
  }
  return [...byKey.values()];
}

const tenureSpan = (c: Tenure, label: string): Span => ({
  label,
  start: c.start,
  end: c.end,
  startBound: c.startBound,
  endBound: c.endBound,
});

function boundLabel(bound: Bound | null, side: 'START' | 'END'): string {
  if (!bound) return '';
  return bound === 'SEEN' ? t.bound[`SEEN_${side}`]! : t.bound[bound]!;
}

/** A tenure's start and end, each with how it is known, its stated events and its evidence. */
function tenureColumns<R extends Tenure>(describe: (row: R) => [string, string[]]): Column<R>[] {
  return [
    {
      header: t.start,
      cell: (c) => html`${dateCell(c.start)}<span class="bound">${boundLabel(c.startBound, 'START')}</span>`,
      csv: (c) => c.start,
    },
    { header: `${t.start} (${t.kind})`, cell: () => nothing, csv: (c) => c.startBound, csvOnly: true },
    {
      header: t.end,
      cell: (c) =>
        html`${dateCell(c.end)}<span class="bound"
            >${boundLabel(c.endBound, 'END')}${c.ended ? '' : `; ${t.mayStillHold}`}</span
          >`,
      csv: (c) => c.end,
    },
    { header: `${t.end} (${t.kind})`, cell: () => nothing, csv: (c) => c.endBound, csvOnly: true },
    {
      header: t.tenureEvents,
      cell: (c) => {
        const events = groupedEvents(c.events);
        if (events.length === 0) return '–';
        const [title, names] = describe(c);
        return html`<ul class="tenure-events">
          ${events.map(
            (e) =>
              html`<li>
                <button
                  class="link-button"
                  @click=${() =>
                    showEvidence({
                      title: `${title} — ${t.tenureEvent[e.kind] ?? e.kind}`,
                      names,
                      evidenceCount: e.evidence.length,
                      evidence: e.evidence,
                    })}
                >
                  ${t.tenureEvent[e.kind] ?? e.kind} ${formatDate(e.date)}
                </button>
              </li>`,
          )}
        </ul>`;
      },
      csv: (c) =>
        groupedEvents(c.events)
          .map((e) => `${e.kind} ${e.date ?? ''}`.trim())
          .join('; '),
    },
    {
      header: t.evidence,
      cell: (c) => evidenceButton(c, ...describe(c)),
      csv: (c) => c.evidence.map((x) => x.article.url ?? x.article.title).join(' | '),
    },
  ];
}

/** A table of one connection's edges, its total from the API (the page may hold fewer). */
const connectionSection = (
  id: string,
  title: string,
  connection: Connection<ClaimEdge<Named>>,
  columns: Column<ClaimEdge<Named>>[],
) => tableSection({ id, title, rows: connection.edges, total: connection.totalCount, columns });

const byFirstSeen = <E extends { firstSeen: string | null }>(a: E, b: E) =>
  (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999');

function pageHeader(kind: EntityKind, typeLabel: string, id: string, title: string, extra?: TemplateResult) {
  return html`<header class="entity-header">
    <p class="entity-type">${typeLabel}</p>
    <h1>${title}</h1>
    ${extra ?? nothing}
    <p class="entity-actions">
      <a class="button" href=${`/network/${kind}/${encodeURIComponent(id)}`}>${t.openNetwork}</a>
    </p>
  </header>`;
}

const eventColumns = (subject: string, relation: string): Column<ClaimEdge<Named>>[] => [
  { header: t.date, cell: (e) => dateCell(e.node.date), csv: (e) => e.node.date },
  { header: t.Event, cell: (e) => entityLink('event', e.node.id, e.node.name), csv: (e) => e.node.name },
  ...claimColumns<ClaimEdge<Named>>((e) => [
    `${subject} — ${relation} — ${e.node.name}`,
    [subject, e.node.name],
  ]),
];

interface HeldPost extends ClaimEdge<Named> {
  role: string;
  organization: Named | null;
}

export async function personPage(id: string): Promise<TemplateResult> {
  const { person } = await gql<{ person: any }>(PERSON, { id });
  if (!person) return html`<h1>${t.notFound}</h1>`;
  const name: string = person.name;
  const tenures: (Tenure & { position: Named & { role: string; organization: Named | null } })[] =
    person.career.edges.map((e: { node: unknown }) => e.node);
  const bodies = new Map<string, Named>();
  for (const p of person.positions.edges as HeldPost[])
    if (p.organization) bodies.set(p.organization.id, p.organization);
  for (const c of tenures)
    if (c.position.organization) bodies.set(c.position.organization.id, c.position.organization);
  const rel = t.relation;
  return html`${pageHeader(
    'person',
    t.Person,
    id,
    name,
    html`${person.aliases.length > 1 ? html`<p>${t.aliases}: ${person.aliases.filter((a: string) => a !== name).join(', ')}</p>` : nothing}
    ${
      person.possiblySameAs.length > 0
        ? html`<aside class="note" aria-label=${t.possiblySameAs}>
            <strong>${t.possiblySameAs}:</strong>
            ${person.possiblySameAs.map(
              (other: any, i: number) =>
                html`${i > 0 ? ', ' : ''}${entityLink('person', other.id, other.name)}${
                  other.positions.edges[0]
                    ? ` (${other.positions.edges[0].role}, ${other.positions.edges[0].organization?.name ?? ''})`
                    : ''
                }`,
            )}
            <br /><small>${t.possiblySameAsNote}</small>
          </aside>`
        : nothing
    }`,
  )}
  ${tableSection<Tenure & { position: Named & { role: string; organization: Named | null } }>({
    id: 'career',
    title: t.career,
    rows: tenures,
    total: person.career.totalCount,
    before: html`${timeline(tenures.map((c) => tenureSpan(c, c.position.name)))}
    ${tenures.length ? html`<p class="hint">${t.tenureNote}</p>` : nothing}`,
    columns: [
      {
        header: t.post,
        cell: (c) => entityLink('post', c.position.id, c.position.name),
        csv: (c) => c.position.name,
      },
      {
        header: t.body,
        cell: (c) =>
          c.position.organization
            ? entityLink('body', c.position.organization.id, c.position.organization.name)
            : '–',
        csv: (c) => c.position.organization?.name,
      },
      ...tenureColumns<Tenure & { position: Named & { role: string; organization: Named | null } }>((c) => [
        `${name} — ${c.position.name}`,
        [name, c.position.role, c.position.organization?.name ?? c.position.name],
      ]),
    ],
  })}
  ${connectionSection('chaired', t.chaired, person.chaired, eventColumns(name, rel.CHAIRED!))}
  ${connectionSection('attended', t.attended, person.attended, eventColumns(name, rel.ATTENDED!))}
  ${tableSection<Named>({
    id: 'bodies',
    title: t.bodiesOf,
    rows: [...bodies.values()],
    columns: [
      { header: t.body, cell: (b) => entityLink('body', b.id, b.name), csv: (b) => b.name },
      { header: t.province, cell: (b) => b.province ?? '–', csv: (b) => b.province },
    ],
  })}`;
}

interface Official extends ClaimEdge<Named> {
  role: string;
  position: Named;
}

export async function bodyPage(id: string): Promise<TemplateResult> {
  const { organization: body } = await gql<{ organization: any }>(BODY, { id });
  if (!body) return html`<h1>${t.notFound}</h1>`;
  const name: string = body.name;
  // "Now" is the most recently seen holder of each post; the others held it before (as far as the articles tell).
  const latestByPost = new Map<string, Official>();
  for (const o of body.officials.edges as Official[]) {
    const latest = latestByPost.get(o.position.id);
    if (!latest || (o.lastSeen ?? '') > (latest.lastSeen ?? '')) latestByPost.set(o.position.id, o);
  }
  const now = [...latestByPost.values()];
  const before = (body.officials.edges as Official[]).filter((o) => !now.includes(o));
  const officialColumns: Column<Official>[] = [
    { header: t.name, cell: (o) => entityLink('person', o.node.id, o.node.name), csv: (o) => o.node.name },
    {
      header: t.post,
      cell: (o) => entityLink('post', o.position.id, o.position.name),
      csv: (o) => o.position.name,
    },
    ...claimColumns<Official>((o) => [`${o.node.name} — ${o.position.name}`, [o.node.name, o.role, name]]),
  ];
  const documentColumns = (relation: string): Column<ClaimEdge<Named>>[] => [
    {
      header: t.Document,
      cell: (e) => entityLink('document', e.node.id, e.node.code ?? e.node.name),
      csv: (e) => e.node.code ?? e.node.name,
    },
    { header: t.name, cell: (e) => e.node.name, csv: (e) => e.node.name },
    ...claimColumns<ClaimEdge<Named>>((e) => [
      `${name} — ${relation} — ${e.node.code ?? e.node.name}`,
      [name, e.node.code ?? e.node.name],
    ]),
  ];
  return html`${pageHeader(
    'body',
    t.Organization,
    id,
    name,
    facts([
      [t.province, body.province],
      [t.parent, body.parent && entityLink('body', body.parent.id, body.parent.name)],
      [
        t.parts,
        body.parts.length > 0 &&
          html`${body.parts.map((p: Named, i: number) => html`${i ? ', ' : ''}${entityLink('body', p.id, p.name)}`)}`,
      ],
      [t.aliases, body.aliases.filter((a: string) => a !== name).join(', ')],
    ]),
  )}
  ${tableSection<Official>({ id: 'officials-now', title: t.officialsNow, rows: now, columns: officialColumns })}
  ${before.length ? tableSection<Official>({ id: 'officials-before', title: t.officialsBefore, rows: before, columns: officialColumns }) : nothing}
  ${connectionSection('organized', t.organized, body.organized, eventColumns(name, t.relation.ORGANIZED!))}
  ${connectionSection('issued', t.issued, body.issued, documentColumns(t.relation.ISSUED!))}
  ${connectionSection('implements', t.implements, body.implements, documentColumns(t.relation.IMPLEMENTS!))}`;
}

function articlesSection(mentions: Connection<{ node: Article }>) {
  return tableSection<{ node: Article }>({
    id: 'mentioned-in',
    title: t.mentionedIn,
    rows: mentions.edges,
    total: mentions.totalCount,
    columns: [
      { header: t.date, cell: (e) => dateCell(e.node.publishedAt), csv: (e) => e.node.publishedAt },
      {
        header: t.name,
        cell: (e) =>
          e.node.url
            ? html`<a href=${e.node.url} target="_blank" rel="noopener noreferrer"
                >${e.node.title ?? e.node.url}</a
              >`
            : (e.node.title ?? e.node.id),
        csv: (e) => e.node.title,
      },
      { header: t.source, cell: (e) => e.node.source ?? '–', csv: (e) => e.node.url },
    ],
  });
}

export async function documentPage(id: string): Promise<TemplateResult> {
  const { document: doc } = await gql<{ document: any }>(DOCUMENT, { id });
  if (!doc) return html`<h1>${t.notFound}</h1>`;
  const label: string = doc.code ?? doc.name;
  const implementers: ClaimEdge<Named>[] = [...doc.implementedBy.edges].sort(byFirstSeen);
  return html`${pageHeader(
    'document',
    doc.kind ?? t.Document,
    id,
    doc.name,
    facts([
      [t.code, doc.code],
      [t.date, doc.date && formatDate(doc.date)],
      [t.subject, doc.subject],
      [
        t.issuer,
        html`${doc.issuer ? entityLink('body', doc.issuer.id, doc.issuer.name) : '–'}
        ${doc.issuedBy.edges.map((e: ClaimEdge<Named>) =>
          evidenceButton(e, `${e.node.name} — ${t.relation.ISSUED} — ${label}`, [e.node.name, label]),
        )}`,
      ],
    ]),
  )}
  ${tableSection<ClaimEdge<Named>>({
    id: 'diffusion',
    title: t.diffusion,
    rows: implementers,
    total: doc.implementedBy.totalCount,
    before: implementers.length
      ? timeline(implementers.map((e) => ({ label: e.node.name, start: e.firstSeen, end: e.lastSeen })))
      : html`<p class="empty">${t.diffusionEmpty}</p>`,
    columns: [
      { header: t.body, cell: (e) => entityLink('body', e.node.id, e.node.name), csv: (e) => e.node.name },
      { header: t.province, cell: (e) => e.node.province ?? '–', csv: (e) => e.node.province },
      ...claimColumns<ClaimEdge<Named>>((e) => [
        `${e.node.name} — ${t.relation.IMPLEMENTS} — ${label}`,
        [e.node.name, label],
      ]),
    ],
  })}
  ${connectionSection('events', t.aboutEvents, doc.events, eventColumns(label, t.relation.ABOUT!))}
  ${articlesSection(doc.mentionedIn)}`;
}

export async function eventPage(id: string): Promise<TemplateResult> {
  const { event } = await gql<{ event: any }>(EVENT, { id });
  if (!event) return html`<h1>${t.notFound}</h1>`;
  const name: string = event.name;
  const people = (relation: string): Column<ClaimEdge<Named>>[] => [
    { header: t.name, cell: (e) => entityLink('person', e.node.id, e.node.name), csv: (e) => e.node.name },
    ...claimColumns<ClaimEdge<Named>>((e) => [`${e.node.name} — ${relation} — ${name}`, [e.node.name, name]]),
  ];
  return html`${pageHeader(
    'event',
    t.Event,
    id,
    name,
    facts([
      [t.date, formatDate(event.date)],
      [
        t.organizer,
        html`${event.organizer ? entityLink('body', event.organizer.id, event.organizer.name) : '–'}
        ${event.organizers.edges.map((e: ClaimEdge<Named>) =>
          evidenceButton(e, `${e.node.name} — ${t.relation.ORGANIZED} — ${name}`, [e.node.name, name]),
        )}`,
      ],
    ]),
  )}
  ${connectionSection('chairs', t.chairs, event.chairs, people(t.relation.CHAIRED!))}
  ${connectionSection('attendees', t.attendees, event.attendees, people(t.relation.ATTENDED!))}
  ${connectionSection('documents', t.aboutDocuments, event.documents, [
    {
      header: t.Document,
      cell: (e: ClaimEdge<Named>) => entityLink('document', e.node.id, e.node.code ?? e.node.name),
      csv: (e: ClaimEdge<Named>) => e.node.code ?? e.node.name,
    },
    ...claimColumns<ClaimEdge<Named>>((e) => [
      `${name} — ${t.relation.ABOUT} — ${e.node.code ?? e.node.name}`,
      [name, e.node.code ?? e.node.name],
    ]),
  ])}
  ${articlesSection(event.mentionedIn)}`;
}

export async function postPage(id: string): Promise<TemplateResult> {
  const { position } = await gql<{ position: any }>(POST, { id });
  if (!position) return html`<h1>${t.notFound}</h1>`;
  const succession: (Tenure & { person: Named })[] = position.succession.edges.map(
    (e: { node: unknown }) => e.node,
  );
  return html`${pageHeader(
    'post',
    t.Position,
    id,
    position.name,
    facts([
      [t.role, position.role],
      [
        t.body,
        position.organization
          ? entityLink('body', position.organization.id, position.organization.name)
          : '–',
      ],
    ]),
  )}
  ${tableSection<Tenure & { person: Named }>({
    id: 'succession',
    title: t.holders,
    rows: succession,
    total: position.succession.totalCount,
    before: html`${timeline(succession.map((c) => tenureSpan(c, c.person.name)))}
    ${succession.length ? html`<p class="hint">${t.tenureNote}</p>` : nothing}`,
    columns: [
      {
        header: t.name,
        cell: (c) => entityLink('person', c.person.id, c.person.name),
        csv: (c) => c.person.name,
      },
      ...tenureColumns<Tenure & { person: Named }>((c) => [
        `${c.person.name} — ${position.name}`,
        [c.person.name, position.role],
      ]),
    ],
  })}`;
}

export const PAGES: Record<EntityKind, (id: string) => Promise<TemplateResult>> = {
  person: personPage,
  body: bodyPage,
  document: documentPage,
  event: eventPage,
  post: postPage,
};

export { pathOf };
