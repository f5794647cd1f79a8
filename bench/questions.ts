// The question mix of the API benchmarks (bench:api on the sample graph, bench:scale on generated
// graphs of growing size): one GraphQL operation per question of the issue, about the entities given.
import { toGlobalId } from '../src/api/global-id.ts';

export interface BenchQuestion {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface QuestionSubjects {
  /** Full-text query typed by a user. */
  search: string;
  /** A person with posts (graph id), and a second person a few hops from them. */
  person: string;
  chair: string;
  /** A body with officials (graph id). */
  body: string;
  /** A document code as a user types it. */
  directive: string;
  /** The date range of the events question. */
  from: string;
  to: string;
}

const EVIDENCE = 'evidence(first: 5) { sentence span { start end } article { title url publishedAt } }';

export function benchQuestions(s: QuestionSubjects): BenchQuestion[] {
  return [
    {
      name: 'search',
      query: `query($q: String!) { search(query: $q, first: 10) { score node { __typename id ... on Person { name } ... on Organization { name } } } }`,
      variables: { q: s.search },
    },
    {
      name: 'person positions',
      query: `query($id: ID!) { person(id: $id) { name positions { edges { role firstSeen lastSeen organization { name } node { name } ${EVIDENCE} } } } }`,
      variables: { id: toGlobalId('Person', s.person) },
    },
    {
      name: 'directive implementers',
      query: `query($c: String!) { document(code: $c) { code issuer { name } implementedBy { totalCount edges { node { name } firstSeen lastSeen ${EVIDENCE} } } } }`,
      variables: { c: s.directive },
    },
    {
      name: 'body officials',
      query: `query($id: ID!) { organization(id: $id) { name officials { totalCount edges { role node { name } position { name } firstSeen lastSeen } } } }`,
      variables: { id: toGlobalId('Organization', s.body) },
    },
    {
      name: 'events with participants',
      query: `query($from: Date, $to: Date) { events(from: $from, to: $to, first: 20) { edges { node { name date chairs { edges { node { name } } } attendees { edges { node { name } } } organizer { name } } } } }`,
      variables: { from: s.from, to: s.to },
    },
    {
      name: 'connection',
      query: `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, maxHops: 4) { length steps { relation evidence { sentence article { title } } } } }`,
      variables: { a: toGlobalId('Person', s.chair), b: toGlobalId('Person', s.person) },
    },
  ];
}

// --- Issue 14's network fields that need no `kg analyse` run (decision 0022) ---------------------

export interface NetworkSubjects {
  /** A document code with implementers, as a user types it. */
  directive: string;
  /** A person who meets others at events, and a body with officials (graph ids). */
  person: string;
  body: string;
}

/** Diffusion of a directive, a person's co-participants, a body's network: in bench:api's mix. */
export function networkQuestions(s: NetworkSubjects): BenchQuestion[] {
  return [
    {
      name: 'directive diffusion',
      query: `query($c: String!) { document(code: $c) { diffusion { issuedOn bodyCount bodies { edges { node { organization { name } level province firstEvidence lagDays } } } byLevel { level bodies medianLagDays } byProvince { province bodies lagDays } monthly { month bodies cumulative } } } }`,
      variables: { c: s.directive },
    },
    {
      name: 'co-participants',
      query: `query($id: ID!) { person(id: $id) { name coParticipants { totalCount edges { node { name } sharedEvents latestDate } } } }`,
      variables: { id: toGlobalId('Person', s.person) },
    },
    {
      name: 'body network',
      query: `query($id: ID!) { organization(id: $id) { name network { totalCount edges { node { name } sharedPeople sharedEvents people { name } } } } }`,
      variables: { id: toGlobalId('Organization', s.body) },
    },
  ];
}

/** A body's leaders on a date (Organization.leadersOn): asked alone, not in bench:api's mix. */
export function leadersOnQuestion(body: string, date: string): BenchQuestion {
  return {
    name: 'leaders of a body on a date',
    query: `query($id: ID!, $date: Date!) { organization(id: $id) { name leadersOn(date: $date) { totalCount edges { node { person { name } position { name } start end } } } } }`,
    variables: { id: toGlobalId('Organization', body), date },
  };
}

// --- Dashboards (issue 14 item 7, decision 0023): filters, sorting and counts by group ----------

export interface DashboardSubjects {
  /** A province with bodies, events and posts, as the graph writes it. */
  province: string;
  /** A document code with implementers, as a user types it. */
  directive: string;
  /** A role held in several provinces ("Bí thư"). */
  role: string;
  /** The date range of the counts by province; `year` for the counts by month. */
  from: string;
  to: string;
  year: number;
}

export function dashboardQuestions(s: DashboardSubjects): BenchQuestion[] {
  const groups = '{ key count }';
  return [
    {
      name: 'dashboard: bodies implementing a directive in a province',
      query: `query($d: String!, $p: String!) { organizations(where: { implements: $d, province: $p }, first: 20) { totalCount edges { node { name kind province } } } }`,
      variables: { d: s.directive, p: s.province },
    },
    {
      name: 'dashboard: bodies of a province by kind',
      query: `query($p: String!) { organizations(where: { province: $p }, orderBy: { field: KIND }, first: 20) { totalCount edges { node { name kind } } pageInfo { endCursor } } }`,
      variables: { p: s.province },
    },
    {
      name: "dashboard: a province's events, newest first",
      query: `query($p: String!) { events(where: { province: $p }, orderBy: { field: DATE, direction: DESC }, first: 20) { totalCount edges { node { name date organizer { name } } } } }`,
      variables: { p: s.province },
    },
    {
      name: 'dashboard: events per month of a year',
      query: `query($from: Date!, $to: Date!) { eventCounts(groupBy: MONTH, where: { dateFrom: $from, dateTo: $to }) ${groups} }`,
      variables: { from: `${s.year}-01-01`, to: `${s.year}-12-31` },
    },
    {
      name: 'dashboard: events per province',
      query: `query($from: Date!, $to: Date!) { eventCounts(groupBy: PROVINCE, where: { dateFrom: $from, dateTo: $to }) ${groups} }`,
      variables: { from: s.from, to: s.to },
    },
    {
      name: 'dashboard: implementers per province',
      query: `query($d: String!) { implementerCounts(document: $d, groupBy: PROVINCE) ${groups} }`,
      variables: { d: s.directive },
    },
    {
      name: 'dashboard: holders of a role per province',
      query: `query($r: String!) { holderCounts(groupBy: PROVINCE, where: { role: $r }) ${groups} }`,
      variables: { r: s.role },
    },
    // Decision 0029: the post, people and document lists.
    {
      name: "dashboard: a role's holders in a province",
      query: `query($r: String!, $p: String!) { people(where: { role: $r, province: $p }, first: 20) { totalCount edges { node { name } } } }`,
      variables: { r: s.role, p: s.province },
    },
    {
      name: "dashboard: a province's posts by role",
      query: `query($p: String!) { positions(where: { province: $p }, orderBy: { field: ROLE }, first: 20) { totalCount edges { node { name role } } } }`,
      variables: { p: s.province },
    },
    {
      name: 'dashboard: documents implemented in a province, newest first',
      query: `query($p: String!) { documents(where: { implementedIn: $p }, first: 20) { totalCount edges { node { code date } } } }`,
      variables: { p: s.province },
    },
    // Decision 0033: the articles list.
    {
      name: 'dashboard: articles of a year, newest first',
      query: `query($from: Date!, $to: Date!) { articles(where: { publishedFrom: $from, publishedTo: $to }, first: 20) { totalCount edges { node { title publishedAt source } } } }`,
      variables: { from: `${s.year}-01-01`, to: `${s.year}-12-31` },
    },
  ];
}
