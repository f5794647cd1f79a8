/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON checked by assertions, not by static types */
// Every question of issue 5, asked over real HTTP of the API serving the bundled sample corpus
// (ingested through the real pipeline into the real Neo4j).
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/text/normalise.ts';
import { useSampleApi } from './api-harness.ts';

// Most of the named queries are asked here: planning them all at start, two at a time, costs less
// than one by one at first use (decision 0074).
const sample = useSampleApi({ warmUp: true });

const EVIDENCE = `evidence { sentence sentenceIndex span { start end } asOf article { id url title publishedAt } }`;

async function personId(name: string): Promise<string> {
  const data = await sample.api.data(
    `query($q: String!) { search(query: $q, types: [PERSON], first: 1) { node { id ... on Person { name } } } }`,
    { q: name },
  );
  expect(data.search[0]?.node.name).toBe(name);
  return data.search[0].node.id;
}

describe('"Find Phạm Ngọc Thưởng": accent- and case-insensitive full-text search, ranked', () => {
  it.each(['Phạm Ngọc Thưởng', 'pham ngoc thuong', 'PHAM NGOC THUONG', 'Phạm Ngọc Th', 'pham ngoc'])(
    'finds the person typed as %j',
    async (typed) => {
      const data = await sample.api.data(
        `query($q: String!) { search(query: $q, first: 5) { score node { __typename id ... on Person { name } } } }`,
        { q: typed },
      );
      const hits = data.search as { score: number; node: { __typename: string; name?: string } }[];
      expect(hits[0]?.node).toMatchObject({ __typename: 'Person', name: 'Phạm Ngọc Thưởng' });
      const scores = hits.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    },
  );

  it('searches bodies, documents and events too, and can be limited by type', async () => {
    const data = await sample.api.data(`{
      bodies: search(query: "dang uy bo giao duc", types: [ORGANIZATION]) { node { __typename ... on Organization { name } } }
      docs: search(query: "05-CT/TW", types: [DOCUMENT]) { node { __typename ... on Document { code name } } }
      events: search(query: "hoi nghi so ket", types: [EVENT]) { node { __typename ... on Event { name date } } }
    }`);
    expect(data.bodies[0].node.name).toBe('Đảng ủy Bộ Giáo dục và Đào tạo');
    expect(data.bodies.every((h: any) => h.node.__typename === 'Organization')).toBe(true);
    expect(data.docs[0].node.code).toBe('05-CT/TW');
    expect(data.events[0].node.name).toMatch(/^Hội nghị sơ kết/);
  });
});

describe('"What posts has this person held, where, as of when?" and "who has held this post?"', () => {
  it('lists positions with role, body and first/last seen dates from the articles', async () => {
    const id = await personId('Lê Quốc Phong');
    const data = await sample.api.data(
      `query($id: ID!) { person(id: $id) { name positions { totalCount edges { role firstSeen lastSeen evidenceCount organization { name } node { id name } ${EVIDENCE} } } } }`,
      { id },
    );
    const edges = data.person.positions.edges as any[];
    const secretary = edges.find((e) => e.node.name === 'Bí thư Tỉnh ủy Đồng Tháp');
    expect(secretary).toBeDefined();
    expect(secretary.role).toBe('Bí thư');
    expect(secretary.organization.name).toBe('Tỉnh ủy Đồng Tháp');
    // Several articles say it: one edge, all the evidence, first/last = min/max of the article dates.
    expect(secretary.evidenceCount).toBeGreaterThanOrEqual(3);
    const dates = secretary.evidence.map((e: any) => e.asOf).sort();
    expect(secretary.firstSeen).toBe(dates[0]);
    expect(secretary.lastSeen).toBe(dates.at(-1));
    expect(secretary.firstSeen < secretary.lastSeen).toBe(true);
    for (const e of secretary.evidence) {
      expect(nameKey(e.sentence)).toContain('le quoc phong'); // English articles drop the diacritics
      expect(e.article.url).toMatch(/^https?:\/\//);
      expect(e.article.publishedAt).toBe(e.asOf);
      expect(e.span.end).toBeGreaterThan(e.span.start);
    }
  });

  it('lists who has held a post, most recently seen first', async () => {
    const id = await personId('Lê Quốc Phong');
    const data = await sample.api.data(
      `query($id: ID!) { person(id: $id) { positions { edges { node { name holders { totalCount edges { node { name } firstSeen lastSeen evidenceCount } } } } } } }`,
      { id },
    );
    const post = data.person.positions.edges.find(
      (e: any) => e.node.name === 'Bí thư Tỉnh ủy Đồng Tháp',
    ).node;
    expect(post.holders.edges.map((e: any) => e.node.name)).toContain('Lê Quốc Phong');
    const lastSeen = post.holders.edges.map((e: any) => e.lastSeen ?? '');
    expect([...lastSeen].sort().reverse()).toEqual(lastSeen);
  });

  it('asOf keeps only what was known by that date', async () => {
    const id = await personId('Lê Quốc Phong');
    const data = await sample.api.data(
      `query($id: ID!) { person(id: $id) { all: positions { edges { node { name } lastSeen } } early: positions(asOf: "2020-12-31") { edges { node { name } lastSeen evidenceCount } } } }`,
      { id },
    );
    expect(data.person.early.edges.length).toBeGreaterThan(0);
    for (const e of data.person.early.edges) expect(e.lastSeen <= '2020-12-31').toBe(true);
    const allSecretary = data.person.all.edges.find((e: any) => e.node.name === 'Bí thư Tỉnh ủy Đồng Tháp');
    expect(allSecretary.lastSeen > '2020-12-31').toBe(true);
  });
});

describe('"Who is implementing Chỉ thị 05-CT/TW, and who issued it?"', () => {
  it.each(['05-CT/TW', '05 ct/tw', '05-ct/tw', 'Chỉ thị 05-CT/TW', 'chi thi so 05 CT/TW', '5-CT/TW'])(
    'finds the directive typed as %j',
    async (code) => {
      const data = await sample.api.data(
        `query($code: String!) { document(code: $code) { code kind number issuerCode date } }`,
        { code },
      );
      expect(data.document).toMatchObject({
        code: '05-CT/TW',
        number: '05',
        issuerCode: 'TW',
        date: '2016-05-15',
      });
    },
  );

  it('finds a code with Đ typed without its diacritic', async () => {
    const data = await sample.api.data(`{ document(code: "37-qd/tw") { code } }`);
    expect(data.document.code).toBe('37-QĐ/TW');
  });

  it('answers null for a code no article mentions, and a clear error for text that is not a code', async () => {
    expect((await sample.api.data(`{ document(code: "99-CT/TW") { code } }`)).document).toBeNull();
    const bad = await sample.api.gql(`{ document(code: "hello") { code } }`);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.message).toMatch(/does not look like a document code.*05-CT\/TW/);
  });

  it('gives the issuer and the implementers, with evidence on each edge', async () => {
    const data = await sample.api.data(`{ document(code: "05 ct/tw") {
      code issuer { name }
      issuedBy { totalCount edges { node { name } evidenceCount } }
      implementedBy(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } firstSeen lastSeen evidenceCount ${EVIDENCE} } }
    } }`);
    const doc = data.document;
    expect(doc.issuer.name).toBe('Bộ Chính trị');
    expect(doc.issuedBy.edges[0].evidenceCount).toBeGreaterThanOrEqual(2);
    const implementers = doc.implementedBy.edges.map((e: any) => e.node.name);
    expect(implementers).toEqual(
      expect.arrayContaining(['Tỉnh ủy Đồng Tháp', 'Đảng ủy Bộ Giáo dục và Đào tạo']),
    );
    expect(doc.implementedBy.totalCount).toBe(implementers.length);
    for (const edge of doc.implementedBy.edges) {
      expect(edge.evidence.length).toBe(edge.evidenceCount);
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(e.sentence).toMatch(/05-CT\/TW/);
    }
  });

  it("answers the README's example as the README shows it, with the meetings held about it", async () => {
    const data = await sample.api
      .data(`{ document(code: "05 ct/tw") { code issuedBy { edges { node { name } } }
      implementedBy(first: 2) { totalCount edges { node { name } evidence(first: 1) { sentence article { title publishedAt } } } }
      events(first: 1) { totalCount edges { node { name date chairs { edges { node { name } } } } evidence { sentence } } } } }`);
    const doc = data.document;
    expect(doc.code).toBe('05-CT/TW');
    expect(doc.issuedBy.edges.map((e: any) => e.node.name)).toEqual(['Bộ Chính trị']);
    expect(doc.implementedBy.totalCount).toBe(4);
    // Most evidence first: the Standing Board has a Vietnamese and an English article.
    expect(doc.implementedBy.edges.map((e: any) => e.node.name)).toEqual([
      'Ban Thường vụ Tỉnh ủy Đồng Tháp',
      'Đảng ủy Bộ Giáo dục và Đào tạo',
    ]);
    expect(doc.implementedBy.edges[0].evidence[0].article.publishedAt).toBe('2022-04-09');
    expect(doc.implementedBy.edges[1].evidence[0].article.publishedAt).toBe('2022-12-27');
    expect(doc.events.totalCount).toBe(1);
    const meeting = doc.events.edges[0];
    expect(meeting.node.date).toBe('2021-06-10');
    expect(meeting.node.name).toMatch(/^Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT\/TW/);
    expect(meeting.node.chairs.edges.map((e: any) => e.node.name)).toEqual(['Lê Quốc Phong']);
    expect(meeting.evidence[0].sentence).toMatch(/Ban Thường vụ Tỉnh ủy Đồng Tháp tổ chức Hội nghị sơ kết/);
  });

  it('pages implementedBy with first/after and the cursors it gave', async () => {
    const q = `query($after: String) { document(code: "05-CT/TW") { implementedBy(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const page: any = (await sample.api.data(q, { after })).document.implementedBy;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.name));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(2);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe('"Who works for / leads this body?"', () => {
  it("lists a body's officials, events, documents issued and implemented", async () => {
    const found = await sample.api.data(
      `{ search(query: "Tỉnh ủy Đồng Tháp", types: [ORGANIZATION], first: 1) { node { id } } }`,
    );
    const data = await sample.api.data(
      `query($id: ID!) { organization(id: $id) {
        name kind province
        officials { totalCount edges { role node { name } position { name } firstSeen lastSeen evidenceCount } }
        implements { edges { node { code } evidenceCount } }
        issued { totalCount }
        organized { totalCount }
        parts { name }
      } }`,
      { id: found.search[0].node.id },
    );
    const org = data.organization;
    expect(org).toMatchObject({ name: 'Tỉnh ủy Đồng Tháp', kind: 'PARTY_COMMITTEE' });
    const leader = org.officials.edges.find((e: any) => e.node.name === 'Lê Quốc Phong');
    expect(leader).toMatchObject({ role: 'Bí thư', position: { name: 'Bí thư Tỉnh ủy Đồng Tháp' } });
    expect(org.implements.edges.map((e: any) => e.node.code)).toContain('05-CT/TW');
  });

  it("lists a standing committee's organized events, its parent body and documents", async () => {
    const found = await sample.api.data(
      `{ search(query: "ban thuong vu tinh uy dong thap", types: [ORGANIZATION], first: 1) { node { id ... on Organization { name } } } }`,
    );
    expect(found.search[0].node.name).toBe('Ban Thường vụ Tỉnh ủy Đồng Tháp');
    const data = await sample.api.data(
      `query($id: ID!) { organization(id: $id) { parent { name } organized { edges { node { name date } ${EVIDENCE} } } implements { edges { node { code } } } } }`,
      { id: found.search[0].node.id },
    );
    expect(data.organization.organized.edges.length).toBeGreaterThan(0);
    expect(data.organization.implements.edges.map((e: any) => e.node.code)).toEqual(
      expect.arrayContaining(['05-CT/TW', '37-QĐ/TW']),
    );
  });
});

describe('"Who chaired what, when?"', () => {
  it("lists a person's chaired and attended events over a date range", async () => {
    const id = await personId('Phạm Minh Chính');
    const q = `query($id: ID!, $from: Date, $to: Date) { person(id: $id) {
      chaired(from: $from, to: $to) { totalCount edges { node { name date } evidenceCount ${EVIDENCE} } }
      attended(from: $from, to: $to) { totalCount }
    } }`;
    const all = (await sample.api.data(q, { id })).person;
    expect(all.chaired.totalCount).toBeGreaterThanOrEqual(2);
    const dates = all.chaired.edges.map((e: any) => e.node.date);
    expect([...dates].sort()).toEqual(dates);
    const from = dates.at(-1);
    const later = (await sample.api.data(q, { id, from })).person;
    expect(later.chaired.edges.length).toBeLessThan(all.chaired.edges.length);
    for (const e of later.chaired.edges) expect(e.node.date >= from).toBe(true);
    const none = (await sample.api.data(q, { id, from: '1990-01-01', to: '1990-12-31' })).person;
    expect(none.chaired.totalCount).toBe(0);
  });

  it("lists an event's chairs, attendees and organizer; events between dates", async () => {
    const data = await sample.api.data(`{ events(from: "2021-01-01", to: "2021-12-31", first: 50) {
      totalCount edges { node { name date kind chairs { edges { node { name } } } attendees { edges { node { name } evidenceCount } } organizer { name } } }
    } }`);
    const events = data.events.edges.map((e: any) => e.node);
    expect(events.length).toBe(data.events.totalCount);
    for (const e of events) expect(e.date >= '2021-01-01' && e.date <= '2021-12-31').toBe(true);
    const review = events.find((e: any) => e.name.startsWith('Hội nghị sơ kết 5 năm thực hiện Chỉ thị'));
    expect(review.kind).toBe('CONFERENCE');
    expect(review.organizer.name).toBe('Ban Thường vụ Tỉnh ủy Đồng Tháp');
    // The provincial secretary took part (as chair or attendee, as the extractor reads the verb).
    const participants = [...review.chairs.edges, ...review.attendees.edges].map((a: any) => a.node.name);
    expect(participants).toContain('Lê Quốc Phong');
  });

  it("gives an event's participants in one order whether their evidence or summary figures are asked or not", async () => {
    // Three forms of one page read three paths of event-people / event-organizers (decision 0068):
    // names alone (no summary figures read), with the figures, and with evidence.
    const page = (edgeFields: string) => `{ events(first: 20) { edges { node { id
      chairs { edges { node { name } ${edgeFields} } } attendees { edges { node { name } ${edgeFields} } }
      organizer { name } organizers(first: 1) { edges { node { name } ${edgeFields} } } } } } }`;
    const [names, figures, evidence] = await Promise.all([
      sample.api.data(page('')),
      sample.api.data(page('evidenceCount firstSeen lastSeen')),
      sample.api.data(page('evidenceCount firstSeen lastSeen evidence(first: 1) { asOf }')),
    ]);
    const events = (data: any) => data.events.edges.map((e: any) => e.node);
    const namesOnly = (event: any) =>
      ['chairs', 'attendees', 'organizers'].map((f) => event[f].edges.map((e: any) => e.node.name));
    expect(events(names).length).toBeGreaterThan(0);
    // The sample's events have a participant or two each: the forms must agree on every one.
    expect(events(names).some((e: any) => e.chairs.edges.length + e.attendees.edges.length > 0)).toBe(true);
    expect(events(names).map(namesOnly)).toEqual(events(figures).map(namesOnly));
    expect(events(names).map(namesOnly)).toEqual(events(evidence).map(namesOnly));
    expect(events(names).map((e: any) => e.organizer)).toEqual(
      events(names).map((e: any) =>
        e.organizers.edges[0]?.node ? { name: e.organizers.edges[0].node.name } : null,
      ),
    );
    const withFigures = (event: any) =>
      ['chairs', 'attendees', 'organizers'].map((f) =>
        event[f].edges.map((e: any) => [e.evidenceCount, e.firstSeen, e.lastSeen]),
      );
    expect(events(figures).map(withFigures)).toEqual(events(evidence).map(withFigures));
    for (const event of events(evidence))
      for (const f of ['chairs', 'attendees', 'organizers']) {
        const counts = event[f].edges.map((e: any) => e.evidenceCount);
        // Most evidence first, each edge with at least one claim and its newest shown.
        expect([...counts].sort((a, b) => b - a)).toEqual(counts);
        for (const e of event[f].edges) {
          expect(e.evidenceCount).toBeGreaterThanOrEqual(1);
          expect(e.evidence[0].asOf).toBe(e.lastSeen);
        }
      }
  });

  it('refuses a reversed date range with a clear message', async () => {
    const res = await sample.api.gql(`{ events(from: "2022-01-01", to: "2021-01-01") { totalCount } }`);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.body.errors?.[0]?.message).toMatch(/from: 2022-01-01 is after to: 2021-01-01/);
  });
});

describe('"How are these two connected?"', () => {
  it('finds the shortest paths, with evidence on each step, within the hop bound', async () => {
    const from = await personId('Phạm Minh Chính');
    const to = await personId('Lê Quốc Phong');
    const q = `query($from: ID!, $to: ID!, $hops: Int) { connection(fromId: $from, toId: $to, maxHops: $hops) {
      length nodes { __typename id } steps { relation from { id } to { id } evidence { sentence article { title } } }
    } }`;
    const paths = (await sample.api.data(q, { from, to, hops: 4 })).connection as any[];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.length).toBe(p.steps.length);
      expect(p.length).toBeLessThanOrEqual(4);
      expect(p.nodes[0].id).toBe(from);
      expect(p.nodes.at(-1).id).toBe(to);
      for (const step of p.steps) {
        if (['OF', 'PART_OF'].includes(step.relation)) continue;
        expect(step.evidence.length).toBeGreaterThan(0);
      }
    }
    const lengths = new Set(paths.map((p) => p.length));
    expect(lengths.size).toBe(1); // all shortest: one length
    const tooShort = (await sample.api.data(q, { from, to, hops: Math.min(...lengths) - 1 || 1 })).connection;
    if (Math.min(...lengths) > 1) expect(tooShort).toEqual([]);
  });

  it('refuses an out-of-range hop bound and ids of the wrong kind, clearly', async () => {
    const from = await personId('Phạm Minh Chính');
    const res = await sample.api.gql(
      `query($id: ID!) { connection(fromId: $id, toId: "nonsense", maxHops: 9) { length } }`,
      { id: from },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/maxHops: 9 is out of range/);
  });
});

describe('"Where does this come from?" and Relay conventions', () => {
  it('resolves node(id:) for every kind of node, and the article behind the evidence', async () => {
    const data = await sample.api.data(
      `{ search(query: "05-CT/TW", types: [DOCUMENT], first: 1) { node { id ... on Document { implementedBy(first: 1) { edges { node { id } evidence(first: 1) { article { id title url publishedAt source } } } } } } } }`,
    );
    const doc = data.search[0].node;
    const org = doc.implementedBy.edges[0].node;
    const article = doc.implementedBy.edges[0].evidence[0].article;
    expect(article.title).toBeTruthy();
    const nodes = await sample.api.data(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: [doc.id, org.id, article.id],
    });
    expect(nodes.nodes.map((n: any) => n.__typename)).toEqual(['Document', 'Organization', 'Article']);
    const one = await sample.api.data(
      `query($id: ID!) { node(id: $id) { id ... on Article { title mentions(first: 100) { totalCount edges { node { __typename } spans { start end } } } } } }`,
      { id: article.id },
    );
    expect(one.node.title).toBe(article.title);
    expect(one.node.mentions.totalCount).toBeGreaterThan(0);
  });

  it('pages people with totalCount and pageInfo, without overlap', async () => {
    const first = (
      await sample.api.data(
        `{ people(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }`,
      )
    ).people;
    expect(first.totalCount).toBeGreaterThan(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await sample.api.data(`query($a: String) { people(first: 2, after: $a) { edges { node { name } } } }`, {
        a: first.pageInfo.endCursor,
      })
    ).people;
    const names1 = first.edges.map((e: any) => e.node.name);
    for (const e of second.edges) expect(names1).not.toContain(e.node.name);
  });

  it('counts the graph in stats', async () => {
    const s = (
      await sample.api.data(
        `{ stats { articles people organizations documents events positions claims relations { type count } } }`,
      )
    ).stats;
    expect(s.articles).toBeGreaterThanOrEqual(12);
    expect(s.documents).toBeGreaterThanOrEqual(3);
    const claims = s.relations
      .filter((r: any) =>
        ['CHAIRED', 'ATTENDED', 'HOLDS', 'IMPLEMENTS', 'ISSUED', 'ORGANIZED'].includes(r.type),
      )
      .reduce((n: number, r: any) => n + r.count, 0);
    expect(s.claims).toBe(claims);
  });

  it('shows people recorded as possibly the same (same name, conflicting context)', async () => {
    const data = await sample.api.data(
      `{ search(query: "vu dai thang", types: [PERSON]) { node { ... on Person { name graphId possiblySameAs { graphId } } } } }`,
    );
    const [a, b] = data.search.map((h: any) => h.node);
    expect(a.name).toBe('Vũ Đại Thắng');
    expect(b.name).toBe('Vũ Đại Thắng');
    expect(a.possiblySameAs.map((p: any) => p.graphId)).toContain(b.graphId);
  });
});
