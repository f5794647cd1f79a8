// The folded statement's text is built once per shape and reused (decision 0054): a request's
// values travel as parameters, renamed per part, so asking again with other values must give the
// same statement and other parameters, and two shapes must not share a text.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { allCypherNames, cypher } from '../../src/api/cypher.ts';
import {
  eventParticipantsStatement,
  foldedStatement,
  participantPages,
  specialisedText,
} from '../../src/api/fold.ts';
import { relationPages } from '../../src/api/relation-pages.ts';
import { eventsListParams } from '../../src/api/resolvers/query.ts';

const root = (code: string) => ({ query: cypher('documents-by-code'), params: { codes: [code] } });

describe('foldedStatement', () => {
  it('reuses the text of a shape asked again, with the new values as parameters', () => {
    const first = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.implementedBy({ first: 5 }, undefined)],
      true,
    );
    const again = foldedStatement(
      root('12-CT/TW'),
      [relationPages.Document.implementedBy({ first: 9 }, undefined)],
      true,
    );
    expect(again.query).toBe(first.query);
    expect(first.params).toMatchObject({ withArticles: true, root_codes: ['05-CT/TW'] });
    expect(again.params).toMatchObject({ withArticles: true, root_codes: ['12-CT/TW'] });
    expect(Number(first.params.p0_limit)).toBe(5);
    expect(Number(again.params.p0_limit)).toBe(9);
  });

  it("renames every part's parameters in the text, and builds another text for another shape", () => {
    const one = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.implementedBy({}, undefined)],
      false,
    );
    const two = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.issuer(), relationPages.Document.implementedBy({}, undefined)],
      false,
    );
    expect(two.query.text).not.toBe(one.query.text);
    expect(two.query.text).toContain('$p1_limit');
    expect(two.query.text).not.toMatch(/\$limit\b/);
    expect(two.params).toMatchObject({ p0_relation: 'ISSUED', p1_relation: 'IMPLEMENTS' });
  });
});

// Decision 0073: a folded statement's text is specialised per shape. A `// unless $name` block of a
// named query is left out when its parameter is off (no guarded subquery to plan and run per row),
// and under a list's roots the pages read the list's nodes rather than seek each root by id.
describe('a folded statement leaves out what its shape does not ask', () => {
  const eventsRoot = {
    query: cypher('events-list'),
    params: eventsListParams({ from: '2019-01-01', to: '2025-12-31', kind: null }, null, 20, false),
    list: true as const,
  };
  it('drops the count and evidence subqueries that are off, and keeps them when asked', () => {
    const bare = foldedStatement(
      eventsRoot,
      [relationPages.Event.chairs({ first: 20 }, undefined), relationPages.Event.organizer()],
      false,
      'Event',
    );
    // pageOf without a selection asks totals and evidence: a page that asks them.
    const asked = foldedStatement(
      { ...eventsRoot, params: { ...eventsRoot.params, withTotal: true } },
      [relationPages.Event.chairs({ first: 20 }, undefined), relationPages.Event.organizer()],
      false,
      'Event',
    );
    expect(bare.params).toMatchObject({ root_withTotal: false, p1_withTotal: false });
    // The organizer (one edge, nothing but its node) and the list's count: left out.
    expect(bare.query.text).not.toContain('WHERE $root_withTotal');
    expect(bare.query.text).toContain('WITH 0 AS total');
    expect(bare.query.text).not.toContain('WHERE $p1_withTotal');
    expect(bare.query.text).not.toContain('WHERE $p1_evidenceLimit > 0');
    expect(bare.query.text).toContain('WITH *, [] AS evidenced');
    expect(asked.query.text).toContain('WHERE $root_withTotal');
    expect(asked.query.text).toContain('WHERE $p0_withTotal');
    expect(asked.query.text).toContain('WHERE $p0_evidenceLimit > 0');
    expect(asked.query.text).not.toBe(bare.query.text);
    expect(asked.query.name).toBe(bare.query.name);
  });

  it("reads a list's pages from its nodes, and a node root's pages by id", () => {
    const list = foldedStatement(eventsRoot, [relationPages.Event.organizer()], false, 'Event');
    expect(list.query.text).toContain('UNWIND rootNodes AS x');
    expect(list.query.text).not.toContain('MATCH (x:Event {id: parentId})');
    const one = foldedStatement(
      { query: cypher('nodes-by-id'), params: { label: 'Event', ids: ['e'] } },
      [relationPages.Event.organizer()],
      false,
      'Event',
    );
    expect(one.query.text).toContain('MATCH (x:Event {id: parentId})');
    expect(one.query.text).not.toContain('UNWIND rootNodes');
  });

  it('specialises only on a switch that is off: false, 0 or a driver Integer 0', () => {
    const text =
      'MATCH (x)\nCALL (x) { // unless $withTotal: WITH *, 0 AS total\n  RETURN 1 AS total\n} // end unless\nRETURN x';
    expect(specialisedText(text, { withTotal: true })).toBe(text);
    expect(specialisedText(text, { withTotal: 3 })).toBe(text);
    expect(specialisedText(text, { withTotal: neo4j.int(1) })).toBe(text);
    for (const off of [false, 0, neo4j.int(0), null, undefined])
      expect(specialisedText(text, { withTotal: off })).toBe('MATCH (x)\nWITH *, 0 AS total\nRETURN x');
  });

  it("every query's `// unless` block is closed, names a parameter of its text and has a replacement", () => {
    for (const name of allCypherNames()) {
      const text = cypher(name).text;
      const opened = [...text.matchAll(/\/\/ unless \$(\w+): (.*)$/gm)];
      expect(opened.length, name).toBe([...text.matchAll(/\/\/ end unless\s*$/gm)].length);
      for (const [, param, replacement] of opened) {
        expect(text, `${name}: $${param}`).toMatch(new RegExp(`\\$${param}\\b[^:]`));
        expect(replacement!.trim(), name).toMatch(/^WITH /);
      }
    }
  });
});

// Decision 0079: a `// when $name = 'VALUE'` block is written, in a folded statement, as the
// replacement of its first line whose value the parameter holds: `document-organizations` then reads
// and seeks the one relation type asked, not both types filtered or one UNION branch per type.
describe("a folded statement is written for a string parameter's value", () => {
  it("reads one relation type per page: the issuer's ISSUED, the implementers' IMPLEMENTS, no UNION", () => {
    const both = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.issuer(), relationPages.Document.implementedBy({ first: 20 }, undefined)],
      false,
    );
    const [issuer, implementers] = both.query.text.split('AS p0\n');
    expect(issuer).toContain('MATCH (x)<-[s:ISSUED_SUMMARY]-(o:Organization)');
    expect(issuer).not.toContain('IMPLEMENTS_SUMMARY');
    expect(implementers).toContain('MATCH (x)<-[s:IMPLEMENTS_SUMMARY]-(o:Organization)');
    expect(implementers).toContain(
      'MATCH ()-[r:IMPLEMENTS {key: key}]->() USING INDEX SEEK r:IMPLEMENTS(key)',
    );
    expect(implementers).toContain('MATCH (o)-[r:IMPLEMENTS]->(x)');
    expect(both.query.text).not.toContain('UNION');
    expect(both.query.text).not.toContain('ISSUED_SUMMARY|IMPLEMENTS_SUMMARY');
    expect(both.query.text).not.toContain('ISSUED|IMPLEMENTS');
    expect(both.query.text).not.toMatch(/\$p\d_relation/);
  });

  it('builds another text for another value, and leaves out the articles when none is shown', () => {
    const implementers = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.implementedBy({}, undefined)],
      true,
    );
    const issuers = foldedStatement(root('05-CT/TW'), [relationPages.Document.issuedBy({}, undefined)], true);
    expect(issuers.query.text).not.toBe(implementers.query.text);
    expect(issuers.query.text).toContain('MATCH ()-[r:ISSUED {key: key}]->() USING INDEX SEEK r:ISSUED(key)');
    expect(implementers.query.text).toContain('WHERE $withArticles');
    const bare = foldedStatement(
      root('05-CT/TW'),
      [relationPages.Document.implementedBy({}, undefined)],
      false,
    );
    expect(bare.query.text).not.toContain('$withArticles');
    expect(bare.query.text).toContain('WITH roots, list, pages, [] AS articles');
  });

  it('keeps the block for a value no marker names, and for a parameter not given', () => {
    const text =
      "MATCH (x)\nMATCH (x)-[r:A|B]->(y) // when $rel = 'A': MATCH (x)-[:A]->(y) // when $rel = 'B': MATCH (x)-[:B]->(y)\nWHERE type(r) = $rel // end when\nRETURN y";
    expect(specialisedText(text, { rel: 'A' })).toBe('MATCH (x)\nMATCH (x)-[:A]->(y)\nRETURN y');
    expect(specialisedText(text, { rel: 'B' })).toBe('MATCH (x)\nMATCH (x)-[:B]->(y)\nRETURN y');
    expect(specialisedText(text, { rel: 'C' })).toBe(text);
    expect(specialisedText(text, {})).toBe(text);
  });

  it("every query's `// when` block is closed and, run as written, names its parameter and each value", () => {
    for (const name of allCypherNames()) {
      const text = cypher(name).text;
      const opened = text.split('\n').filter((line) => /\/\/ when \$\w+ = '/.test(line));
      expect(opened.length, name).toBe([...text.matchAll(/\/\/ end when\s*$/gm)].length);
      // The statement as the loaders run it, without the markers' replacements: it must read the
      // parameter and handle each value a marker names (`$relation = 'ISSUED' THEN …` in
      // document-organizations, `[s:CHAIRED_SUMMARY|ATTENDED_SUMMARY]` filtered on `$relation` in
      // event-people), or a folded text would answer for a value the file never reads.
      const asRun = text.replace(/\/\/ (?:when|end when|unless|end unless)\b.*$/gm, '');
      for (const [, param, value] of text.matchAll(/\/\/ when \$(\w+) = '([^']*)': /g)) {
        expect(asRun, `${name}: $${param}`).toMatch(new RegExp(`\\$${param}\\b`));
        expect(asRun, `${name}: $${param} = '${value}'`).toMatch(new RegExp(`\\b${value}\\b`));
      }
    }
  });
});

// Decision 0078: the race's events page (names of chairs, attendees and the organizer) is read by
// a statement of its own, one row per event with a subquery per page; every other shape keeps the
// generic folded statement. A range leaves the undated events' subquery out of the text, and a
// folded participant page expands the one summary type it asks.
describe('an events page of participant names has a statement of its own', () => {
  const names = { offset: 0, limit: 20, withTotal: false, withEvidence: false, withSummary: false };
  const chairs = { ...relationPages.Event.chairs({ first: 20 }, undefined), window: names };
  const attendees = { ...relationPages.Event.attendees({ first: 20 }, undefined), window: names };
  const organizer = relationPages.Event.organizer();
  const range = eventsListParams({ from: '2019-01-01', to: '2025-12-31', kind: null }, null, 20, false);
  const eventsRoot = { query: cypher('events-list'), params: range, list: true as const };

  it('takes the pages of names alone, each relation once, and nothing else', () => {
    expect(participantPages([chairs, attendees, organizer])).toEqual({
      chairs,
      attendees,
      organizers: organizer,
    });
    expect(participantPages([attendees])).toEqual({ attendees });
    // A total, evidence, summary figures, a later page, a second window of one relation, another
    // relation, or no page at all: the generic folded statement.
    expect(participantPages([{ ...chairs, window: { ...names, withTotal: true } }])).toBeNull();
    expect(
      participantPages([{ ...chairs, window: { ...names, withEvidence: true, evidenceFirst: 1 } }]),
    ).toBeNull();
    expect(participantPages([{ ...chairs, window: { ...names, withSummary: true } }])).toBeNull();
    expect(participantPages([{ ...chairs, window: { ...names, offset: 20 } }])).toBeNull();
    expect(participantPages([relationPages.Event.chairs({ first: 20 }, undefined)])).toBeNull();
    expect(participantPages([organizer, relationPages.Event.organizers({ first: 2 }, undefined)])).toBeNull();
    expect(participantPages([chairs, relationPages.Event.documents({ first: 2 }, undefined)])).toBeNull();
    expect(participantPages([])).toBeNull();
  });

  it('reads each asked page per event, leaves out the others and, for a range, the undated events', () => {
    const all = eventParticipantsStatement(eventsRoot, { chairs, attendees, organizers: organizer });
    expect(all.query.text).toContain('UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x');
    for (const type of ['CHAIRED_SUMMARY', 'ATTENDED_SUMMARY', 'ORGANIZED_SUMMARY'])
      expect(all.query.text).toContain(`(x)<-[s:${type}]-`);
    expect(all.params).toMatchObject({ root_from: '2019-01-01', root_undated: false });
    expect(
      [all.params.chairsLimit, all.params.attendeesLimit, all.params.organizersLimit].map(Number),
    ).toEqual([20, 20, 1]);
    // A range never reads undated events: their subquery is not in the text.
    expect(all.query.text).not.toContain('e.date IS NULL');
    const one = eventParticipantsStatement(eventsRoot, { attendees });
    expect(one.query.text).not.toContain('CHAIRED_SUMMARY');
    expect(one.query.text).not.toContain('ORGANIZED_SUMMARY');
    expect(one.query.text).toContain('WITH *, [] AS chairs');
    expect(Number(one.params.chairsLimit)).toBe(0);
    // No bound: undated events follow the dated ones, in the text of another shape.
    const unbounded = eventParticipantsStatement(
      { ...eventsRoot, params: eventsListParams({ from: null, to: null, kind: null }, null, 20, false) },
      { chairs },
    );
    expect(unbounded.query.text).toContain('e.date IS NULL');
    expect(unbounded.params.root_undated).toBe(true);
    // Asked again with other values: the same text.
    expect(eventParticipantsStatement(eventsRoot, { chairs, attendees, organizers: organizer }).query).toBe(
      all.query,
    );
  });

  it('a folded participant page expands the one summary type it asks, not both and a filter', () => {
    const folded = foldedStatement(
      eventsRoot,
      [
        relationPages.Event.chairs({ first: 20 }, undefined),
        relationPages.Event.attendees({ first: 5 }, undefined),
      ],
      false,
      'Event',
    );
    expect(folded.query.text).toContain('MATCH (x)<-[s:CHAIRED_SUMMARY]-(p:Person)');
    expect(folded.query.text).toContain('MATCH (x)<-[s:ATTENDED_SUMMARY]-(p:Person)');
    expect(folded.query.text).toContain('MATCH (p)-[r:CHAIRED]->(x)');
    expect(folded.query.text).not.toMatch(/WHERE type\((s|r)\) = /);
    expect(folded.query.text).not.toContain('e.date IS NULL');
    // Run as it is (by the loaders), event-people keeps both types and its filter.
    expect(cypher('event-people').text).toMatch(/WHERE type\(s\) = \$relation/);
  });
});
