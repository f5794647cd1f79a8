// PROFILE of the Cypher behind the shared questions of bench:peer (decisions 0028, 0032, 0045): runs each
// statement once to warm it, then once under PROFILE with the parameters the API sends for that
// question, and prints the database hits (summed over the plan) and the time it took: each
// statement of the level-by-level path (root, pages, the evidence's articles) and their sum, then
// the one folded statement the API now sends instead, for the events list with its participants
// too (decision 0045); the connection question (decision 0037); a body's leaders on a date and the
// articles of a year (decision 0043); a body's network (decision 0053); the dashboard's events per
// province and a province's events (decision 0062), the latter as the API now reads it
// (province-events, decision 0069) beside the general statement it replaced.
// Prints figures; asserts nothing. Needs a graph holding the generated corpus (bench:peer or
// bench:scale left one):
//
//   NEO4J_URI=bolt://127.0.0.1:7699 npm run bench:profile -- [--evidence-limit 5]
//
// --evidence-limit: the evidence folded per edge (the questions ask `evidence(first: 5)`; the API
// sent 100 whatever was asked before decision 0028, so `--evidence-limit 100` measures that).
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { cypher } from '../src/api/cypher.ts';
import { parseDocumentCode } from '../src/api/document-code.ts';
import { openGraph } from '../src/db/index.ts';
import { foldedStatement, type RootQuery } from '../src/api/fold.ts';
import { shortestPathsQuery } from '../src/api/paths.ts';
import { pageParams } from '../src/api/loaders.ts';
import { eventsListParams } from '../src/api/resolvers/query.ts';
import { relationPages, type RelationPage } from '../src/api/relation-pages.ts';
import * as rel from '../src/api/relations.ts';
import {
  articlesInRangeParams,
  eventsWhereFirstPage,
  provinceEventsParams,
} from '../src/api/resolvers/dashboards.ts';
import { splitIntoYears } from '../src/api/month-range.ts';
import { parseBenchArgs } from './bench-args.ts';
import { BUSY_PROVINCE, scaleSubjects } from './scale-corpus.ts';

const USAGE = 'usage: NEO4J_URI=bolt://… npm run bench:profile -- [--evidence-limit 5]';
const { values: args, fail } = parseBenchArgs('bench:profile', USAGE, {
  'evidence-limit': { type: 'string', default: '5' },
});
const EVIDENCE_LIMIT = Number(args['evidence-limit']);
if (!Number.isInteger(EVIDENCE_LIMIT) || EVIDENCE_LIMIT < 0 || EVIDENCE_LIMIT > 100)
  fail(`--evidence-limit ${args['evidence-limit']}: expected a whole number from 0 to 100`);

if (!process.env.NEO4J_URI) {
  process.stderr.write(
    'bench:profile: set NEO4J_URI to a graph holding the generated corpus (see bench:peer)\n',
  );
  process.exit(2);
}

const dbHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);

/** PROFILEs one statement (after one warm run) and returns its database hits, time and rows. */
async function profiled(text: string, params: Record<string, unknown>) {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(text, params);
    const started = Date.now();
    const result = await session.run(`PROFILE ${text}`, params);
    const plan = result.summary.profile;
    return { hits: plan ? dbHits(plan) : NaN, ms: Date.now() - started, records: result.records };
  } finally {
    await session.close();
  }
}

const line = (question: string, name: string, hits: number, ms: number, note: string) =>
  process.stdout.write(
    `${question.padEnd(24)} ${name.padEnd(50)} db hits ${String(hits).padStart(9)}  ${(Number.isNaN(ms) ? '' : String(ms)).padStart(5)} ms  ${note}\n`,
  );

/** The articles the evidence of a relation query's rows cites (what the Evidence.article loader then reads). */
const citedArticles = (records: { get(key: string): unknown }[]): string[] => [
  ...new Set(
    records.flatMap((r) =>
      ((r.get('edges') as { evidence?: { articleId: string }[] }[]) ?? []).flatMap((e) =>
        (e.evidence ?? []).map((ev) => ev.articleId),
      ),
    ),
  ),
];

const graph = await openGraph();
try {
  const subjects = await scaleSubjects(graph);
  const codes = parseDocumentCode(subjects.directive).codes;
  const documentId = await graph.read(async (tx) => {
    const found = await tx.run(cypher('documents-by-code').text, { codes });
    return (found.records[0]?.get('node') as { id?: string } | undefined)?.id;
  });
  const evidence = (withTotal: boolean, evidenceFirst: number) => ({
    offset: 0,
    limit: 20,
    withTotal,
    withEvidence: evidenceFirst > 0,
    evidenceFirst,
  });
  const byId = (label: string, id: string | undefined): RootQuery => ({
    query: cypher('nodes-by-id'),
    params: { label, ids: [id] },
  });
  // Each question as the API reads it for bench/questions.ts's operation: the root, the pages its
  // fields ask (page window, total and evidence as selected), the articles its evidence cites.
  const questions: {
    question: string;
    parentId: string | undefined;
    root: RootQuery;
    pages: RelationPage[];
    withArticles: boolean;
  }[] = [
    {
      question: 'person positions',
      parentId: subjects.person,
      root: byId('Person', subjects.person),
      pages: [
        {
          relation: rel.personPositions as RelationPage['relation'],
          window: evidence(false, EVIDENCE_LIMIT),
          params: { asOf: null },
        },
      ],
      withArticles: EVIDENCE_LIMIT > 0,
    },
    {
      question: 'directive implementers',
      parentId: documentId,
      root: { query: cypher('documents-by-code'), params: { codes } },
      pages: [
        relationPages.Document.issuer(),
        {
          relation: rel.documentOrganizations as RelationPage['relation'],
          window: evidence(true, EVIDENCE_LIMIT),
          params: { relation: 'IMPLEMENTS' },
        },
      ],
      withArticles: EVIDENCE_LIMIT > 0,
    },
    {
      question: 'body officials',
      parentId: subjects.body,
      root: byId('Organization', subjects.body),
      pages: [
        {
          relation: rel.organizationOfficials as RelationPage['relation'],
          window: evidence(true, 0),
          params: {},
        },
      ],
      withArticles: false,
    },
  ];
  for (const q of questions) {
    // Level by level (before decision 0032): the root, then each page, then the cited articles.
    let sum = 0;
    let statements = 0;
    const root = await profiled(q.root.query.text, q.root.params);
    line(q.question, q.root.query.name, root.hits, root.ms, `${root.records.length} node`);
    sum += root.hits;
    statements++;
    const cited = new Set<string>();
    for (const page of q.pages) {
      const run = await profiled(page.relation.query.text, {
        ...pageParams(page.window, page.params),
        ids: [q.parentId],
      });
      const edges = (run.records[0]?.get('edges') as unknown[] | undefined)?.length ?? 0;
      line(
        q.question,
        `${page.relation.query.name} ${JSON.stringify(page.params)}`,
        run.hits,
        run.ms,
        `${edges} edges`,
      );
      sum += run.hits;
      statements++;
      for (const id of citedArticles(run.records)) cited.add(id);
    }
    if (q.withArticles && cited.size > 0) {
      const articles = await profiled(cypher('nodes-by-id').text, { label: 'Article', ids: [...cited] });
      line(
        q.question,
        "nodes-by-id (the evidence's articles)",
        articles.hits,
        articles.ms,
        `${cited.size} articles`,
      );
      sum += articles.hits;
      statements++;
    }
    line(q.question, `= level by level, ${statements} statements`, sum, NaN, '');
    const folded = foldedStatement(q.root, q.pages, q.withArticles);
    const one = await profiled(folded.query.text, folded.params);
    line(q.question, '= folded, 1 statement (decision 0032)', one.hits, one.ms, '');
  }
  // Events with participants (bench/questions.ts: 20 events of the range with their chairs,
  // attendees and organizer, no evidence): the list, then a page per field for the 20 events at
  // once, then the one statement that reads them all (decision 0045).
  const listRoot: RootQuery = {
    query: cypher('events-list'),
    params: eventsListParams({ from: subjects.from, to: subjects.to, kind: null }, null, 20, false),
    list: true,
  };
  const bare = { offset: 0, limit: 20, withTotal: false, withEvidence: false, evidenceFirst: 0 };
  const eventPages: RelationPage[] = [
    { relation: rel.eventPeople as RelationPage['relation'], window: bare, params: { relation: 'CHAIRED' } },
    { relation: rel.eventPeople as RelationPage['relation'], window: bare, params: { relation: 'ATTENDED' } },
    relationPages.Event.organizer(),
  ];
  const list = await profiled(listRoot.query.text, listRoot.params);
  const eventIds = ((list.records[0]?.get('page') as { id: string }[] | undefined) ?? []).map((e) => e.id);
  line('events with participants', 'events-list', list.hits, list.ms, `${eventIds.length} events`);
  let eventHits = list.hits;
  for (const page of eventPages) {
    const run = await profiled(page.relation.query.text, {
      ...pageParams(page.window, page.params),
      ids: eventIds,
    });
    line(
      'events with participants',
      `${page.relation.query.name} ${JSON.stringify(page.params)}`,
      run.hits,
      run.ms,
      '',
    );
    eventHits += run.hits;
  }
  line(
    'events with participants',
    `= level by level, ${1 + eventPages.length} statements`,
    eventHits,
    NaN,
    '',
  );
  const foldedEvents = foldedStatement(listRoot, eventPages, false, 'Event');
  const oneEvents = await profiled(foldedEvents.query.text, foldedEvents.params);
  line('events with participants', '= folded, 1 statement (decision 0045)', oneEvents.hits, oneEvents.ms, '');

  // The connection question (bench/questions.ts: the deputy to the secretary, maxHops 4): one
  // statement, the paths' search and their evidence (decision 0037).
  const paths = await profiled(shortestPathsQuery(4).text, {
    fromLabel: 'Person',
    fromId: subjects.chair,
    toLabel: 'Person',
    toId: subjects.person,
    first: neo4j.int(10),
  });
  line('connection', shortestPathsQuery(4).name, paths.hits, paths.ms, `${paths.records.length} paths`);
  // The analytics questions of bench:scale that grew with the hub (decision 0044): a directive's
  // diffusion (one row per body) and the busy secretary's co-participants (the first page of 20,
  // with totalCount), with the parameters the API sends.
  const diffusion = await profiled(cypher('document-diffusion').text, { ids: [documentId] });
  const bodies = (diffusion.records[0]?.get('rows') as unknown[] | undefined)?.length ?? 0;
  line('directive diffusion', 'document-diffusion', diffusion.hits, diffusion.ms, `${bodies} bodies`);
  const coParticipants = await profiled(cypher('person-co-participants').text, {
    ...pageParams(evidence(true, 0), { from: null, to: null }),
    ids: [subjects.person],
  });
  const total = coParticipants.records[0]?.get('total') as number | undefined;
  line('co-participants', 'person-co-participants', coParticipants.hits, coParticipants.ms, `of ${total}`);
  // The busy body's network (decision 0053): the first page of 20 with totalCount, as the API sends it.
  const network = await profiled(cypher('organization-network').text, {
    ...pageParams(evidence(true, 0), {}),
    ids: [subjects.body],
  });
  const links = network.records[0]?.get('total') as number | undefined;
  line('body network', 'organization-network', network.hits, network.ms, `of ${links} links`);
  // The dashboard's events per province of bench:scale's range (whole years: read from the tallies
  // by year, decision 0062) and the busy province's events newest first (a page of 20 with its
  // total; events-where reads every event of the province), with the parameters the API sends.
  const perProvince = await profiled(cypher('event-counts').text, {
    ...splitIntoYears(subjects.from.slice(0, 7), subjects.to.slice(0, 7)),
    kinds: [],
    province: '',
    level: '',
    groupBy: 'province',
  });
  line(
    'events per province',
    'event-counts',
    perProvince.hits,
    perProvince.ms,
    `${perProvince.records.length} provinces`,
  );
  const provinceEvents = await profiled(
    cypher('events-where').text,
    eventsWhereFirstPage({ province: BUSY_PROVINCE }, { field: 'date', desc: true }, 20),
  );
  line(
    "a province's events",
    'events-where',
    provinceEvents.hits,
    provinceEvents.ms,
    `of ${String(provinceEvents.records[0]?.get('total'))}`,
  );
  // What the API sends for that question since decision 0069: per body of the province, in the
  // order of its organizers' kept dates, to the page; the total from the event tallies.
  const provinceEventsKept = await profiled(
    cypher('province-events').text,
    provinceEventsParams(BUSY_PROVINCE, true, { afterKey: '', afterName: '', afterId: '' }, 20, true),
  );
  line(
    "a province's events",
    'province-events',
    provinceEventsKept.hits,
    provinceEventsKept.ms,
    `of ${String(provinceEventsKept.records[0]?.get('total'))}`,
  );
  // Two questions of bench:scale bounded in decision 0043, with the parameters the API sends: the
  // busy body's leaders on bench:scale's date, and the dashboard's articles of its year (a page of
  // 20 with its total).
  const leaders = await profiled(cypher('organization-leaders').text, {
    ids: [subjects.body],
    date: '2022-01-01',
  });
  const holdersRead = (leaders.records[0]?.get('rows') as { statements: unknown[] }[] | undefined) ?? [];
  // Statements are read only for holders with a tenure event; the others come as the summary of
  // their sightings (decision 0061).
  const statementsRead = holdersRead.reduce((n, h) => n + h.statements.length, 0);
  line(
    'leaders on a date',
    'organization-leaders',
    leaders.hits,
    leaders.ms,
    `${holdersRead.length} holders read, ${statementsRead} statements`,
  );
  const year = await profiled(
    cypher('articles-in-range').text,
    articlesInRangeParams(
      { dateFrom: '2024-01-01', dateTo: '2024-12-31' },
      true,
      { afterKey: '', afterName: '', afterId: '' },
      20,
      true,
    ),
  );
  line(
    'articles of a year',
    'articles-in-range',
    year.hits,
    year.ms,
    `total ${String(year.records[0]?.get('total'))}`,
  );
} finally {
  await graph.close();
}
