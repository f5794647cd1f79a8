// The operations the explorer sends. Each claim edge carries its evidence (the first 10 sentences:
// page sizes multiply into the API's cost limit of 30,000), so every relation on
// screen can show the sentences that state it without another round trip.
import type { EntityKind } from './model.ts';

const EVIDENCE_FIELDS = `sentence span { start end } sentenceSpan { start end } asOf article { id title publishedAt source url }`;
const EVIDENCE = `evidence(first: 10) { ${EVIDENCE_FIELDS} }`;
const CLAIM = `firstSeen lastSeen evidenceCount ${EVIDENCE}`;

/** A tenure's dates, how each is known, and the statements behind it (Person.career, Position.succession). */
const TENURE = `start startBound end endBound ended firstSeen lastSeen events { kind date dateStated evidence { ${EVIDENCE_FIELDS} } }
  evidenceCount ${EVIDENCE}`;

export const SEARCH = `query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    score
    node {
      __typename id
      ... on Person { name aliases positions(first: 1) { edges { role organization { name province } lastSeen } } }
      ... on Organization { name bodyKind: kind province }
      ... on Document { code name documentKind: kind date }
      ... on Event { name eventKind: kind date }
    }
  }
}`;

export const PERSON = `query ExplorerPerson($id: ID!) {
  person(id: $id) {
    id name aliases
    possiblySameAs { id name positions(first: 1) { edges { role organization { name } } } }
    positions(first: 30) { totalCount edges { node { id name } role organization { id name province } ${CLAIM} } }
    career(first: 30) { totalCount edges { node { position { id name role organization { id name province } } ${TENURE} } } }
    chaired(first: 30) { totalCount edges { node { id name date kind } ${CLAIM} } }
    attended(first: 30) { totalCount edges { node { id name date kind } ${CLAIM} } }
  }
}`;

export const BODY = `query ExplorerBody($id: ID!) {
  organization(id: $id) {
    id name aliases kind province
    parent { id name }
    parts { id name }
    officials(first: 50) { totalCount edges { node { id name } position { id name } role ${CLAIM} } }
    organized(first: 30) { totalCount edges { node { id name date kind } ${CLAIM} } }
    issued(first: 30) { totalCount edges { node { id code name date } ${CLAIM} } }
    implements(first: 30) { totalCount edges { node { id code name date } ${CLAIM} } }
  }
}`;

export const DOCUMENT = `query ExplorerDocument($id: ID!) {
  document(id: $id) {
    id code name kind number issuerCode date subject
    issuer { id name }
    issuedBy(first: 20) { totalCount edges { node { id name } ${CLAIM} } }
    implementedBy(first: 60) { totalCount edges { node { id name province } ${CLAIM} } }
    events(first: 20) { totalCount edges { node { id name date kind } ${CLAIM} } }
    mentionedIn(first: 20) { totalCount edges { node { id title publishedAt source url } } }
  }
}`;

export const EVENT = `query ExplorerEvent($id: ID!) {
  event(id: $id) {
    id name kind date
    organizer { id name }
    organizers(first: 20) { totalCount edges { node { id name } ${CLAIM} } }
    chairs(first: 30) { totalCount edges { node { id name } ${CLAIM} } }
    attendees(first: 60) { totalCount edges { node { id name } ${CLAIM} } }
    documents(first: 20) { totalCount edges { node { id code name date } ${CLAIM} } }
    mentionedIn(first: 20) { totalCount edges { node { id title publishedAt source url } } }
  }
}`;

export const POST = `query ExplorerPost($id: ID!) {
  position(id: $id) {
    id name role
    organization { id name }
    holders(first: 60) { totalCount edges { node { id name } ${CLAIM} } }
    succession(first: 60) { totalCount edges { node { person { id name } ${TENURE} } } }
  }
}`;

export const CONNECTION = `query ExplorerConnection($fromId: ID!, $toId: ID!, $maxHops: Int) {
  connection(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: 5) {
    length
    nodes { __typename id ...Named }
    steps { relation from { id } to { id } evidence { ${EVIDENCE_FIELDS} } }
  }
}
fragment Named on Node {
  ... on Person { name } ... on Organization { name } ... on Document { name code }
  ... on Event { name date } ... on Position { name }
}`;

/** What the network view reads to expand one node: its claim edges, as on its page. */
export const NEIGHBOURS: Record<EntityKind, string> = {
  person: PERSON,
  body: BODY,
  document: DOCUMENT,
  event: EVENT,
  post: POST,
};
