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
