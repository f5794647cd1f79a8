// First meetings (decision 0044): a document's diffusion dates a body by its earliest dated meeting
// about the document from one ORGANIZED_ABOUT_SUMMARY per (body, document), which the loader and
// curation keep in their write transaction, instead of reading every meeting about the document.
// On articles of our own, through the real loader and curation: document-diffusion.cypher returns
// exactly the rows the query from the meetings returns (the statement it replaced, kept here as
// the reference), after an ingest in batches, a re-ingest, a changed article that drops a body's
// first meeting, a curator's merge of two bodies and its undo; `kg check`'s invariant finds nothing
// then, and finds a pair removed by hand. The read's database hits stay flat when a body gains
// 300 meetings about the document, while the reference's grow with them.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { mergeEntities, undoCuration } from '../../ingest/curate/curation.ts';
import { raiseFirstMeetings } from '../../ingest/load/first-meetings.ts';
import { cypher } from '../../src/api/cypher.ts';
import { GraphReader } from '../../src/api/graph-reader.ts';
import { clearGraph, openTestGraph, profiledDbHits } from '../support/graph.ts';

let graph: Graph;

const article = (id: string, published: string, text: string): ArticleRecord => ({
  id: `first-meetings-${id}`,
  url: `https://first-meetings.kg.invalid/${id}`,
  language: 'vi',
  publishedAt: published,
  title: `Tin ${id}`,
  text: `Tin ${id}\n\n${text}`,
});

// Our own sentences about real public bodies and a real directive; the dates are the fixture's.
const meeting = (province: string, date: string) =>
  `Ngày ${date}, Tỉnh ủy ${province} tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.`;
const ARTICLES: ArticleRecord[] = [
  article(
    'qb-1',
    '2024-07-02',
    `${meeting('Quảng Bình', '1/7/2024')} Tỉnh ủy Quảng Bình thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.`,
  ),
  article('qb-2', '2024-07-11', meeting('Quảng Bình', '10/7/2024')),
  article('ht-1', '2024-07-06', meeting('Hà Tĩnh', '5/7/2024')),
  article('ht-2', '2024-07-16', meeting('Hà Tĩnh', '15/7/2024')),
  article(
    'na-1',
    '2024-07-09',
    `${meeting('Nghệ An', '8/7/2024')} Tỉnh ủy Nghệ An thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.`,
  ),
];

// The statement document-diffusion.cypher was before decision 0044: the first meeting of each
// body computed from every meeting about the document. The reference the kept pairs must equal.
const FROM_THE_MEETINGS = `
UNWIND $ids AS parentId
MATCH (d:Document {id: parentId})
CALL (d) {
  MATCH (d)<-[s:IMPLEMENTS_SUMMARY]-(o:Organization)
  RETURN o, s.firstSeen AS implementsFrom, s.evidence AS evidence, null AS eventFrom
  UNION ALL
  MATCH (d)<-[:ABOUT_SUMMARY]-(e:Event)<-[:ORGANIZED_SUMMARY]-(o:Organization)
  WHERE e.date IS NOT NULL
  RETURN o, null AS implementsFrom, 0 AS evidence, min(e.date) AS eventFrom
}
WITH parentId, o, min(implementsFrom) AS implementsFrom, sum(evidence) AS evidence, min(eventFrom) AS eventFrom
ORDER BY o.id
WITH parentId, collect({organization: o {.*}, implementsFrom: implementsFrom, evidence: evidence, eventFrom: eventFrom})[..10000] AS rows
RETURN parentId, rows`;

let documentId: string;
const reader = () => new GraphReader(graph, 60_000);
const diffusionRows = async (text: { name: string; text: string }) =>
  (await reader().rows(text, { ids: [documentId] }))[0]?.rows;

/** Each body's first meeting as kept, by province: what the articles state. */
const firstMeetings = () =>
  graph.read(async (tx) =>
    Object.fromEntries(
      (
        await tx.run(
          `MATCH (o:Organization)-[m:ORGANIZED_ABOUT_SUMMARY]->(:Document {id: $documentId})
           RETURN o.province AS province, m.firstMeeting AS first ORDER BY province`,
          { documentId },
        )
      ).records.map((r) => [r.get('province'), r.get('first')]),
    ),
  );

async function findings(): Promise<number> {
  const [row] = await reader().rows(cypher('integrity-first-meetings'), { limit: neo4j.int(5) });
  return Number(row?.count);
}

/** The kept pairs give the rows the meetings give; the invariant finds nothing. */
async function expectRowsFromTheMeetings(): Promise<void> {
  const kept = await diffusionRows(cypher('document-diffusion'));
  expect(kept).toEqual(await diffusionRows({ name: 'from-the-meetings', text: FROM_THE_MEETINGS }));
  expect(await findings()).toBe(0);
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  // Batches of two: a body's later meeting arrives in another transaction than its first.
  await ingestRecords(graph, ARTICLES, { batchSize: 2 });
  documentId = await graph.read(async (tx) =>
    String((await tx.run("MATCH (d:Document {code: '35-CT/TW'}) RETURN d.id AS id")).records[0]?.get('id')),
  );
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
});

describe('first meetings about a document', () => {
  it('are the earliest meeting each body organized about it, as the meetings say', async () => {
    expect(await firstMeetings()).toEqual({
      'Hà Tĩnh': '2024-07-05',
      'Nghệ An': '2024-07-08',
      'Quảng Bình': '2024-07-01',
    });
    await expectRowsFromTheMeetings();
  });

  it('are not written again when the same articles are ingested again', async () => {
    const before = await firstMeetings();
    const summary = await ingestRecords(graph, ARTICLES);
    expect(summary.unchanged).toBe(ARTICLES.length);
    expect(await firstMeetings()).toEqual(before);
    await expectRowsFromTheMeetings();
  });

  it('move later when a changed article no longer tells the first meeting', async () => {
    const changed = {
      ...ARTICLES[2]!,
      text: ARTICLES[2]!.text.replace(
        'quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị',
        'sơ kết công tác sáu tháng đầu năm',
      ),
    };
    expect((await ingestRecords(graph, [changed])).written).toBe(1);
    expect((await firstMeetings())['Hà Tĩnh']).toBe('2024-07-15');
    await expectRowsFromTheMeetings();
  });

  it('follow a curator merging two bodies and undoing it', async () => {
    const before = await firstMeetings();
    const ids = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (o:Organization)-[:ORGANIZED_ABOUT_SUMMARY]->(:Document {id: $documentId})
           WHERE o.province IN ['Quảng Bình', 'Hà Tĩnh'] RETURN o.id AS id ORDER BY o.province`,
          { documentId },
        )
      ).records.map((r) => r.get('id') as string),
    );
    expect(ids).toHaveLength(2);
    // Hà Tĩnh's committee merged into Quảng Bình's: one body, dated by the earlier of their meetings.
    const merge = await mergeEntities(graph, ids[1]!, ids[0]!, { by: 'tester', reason: 'test' });
    expect(await firstMeetings()).toEqual({ 'Nghệ An': '2024-07-08', 'Quảng Bình': '2024-07-01' });
    await expectRowsFromTheMeetings();
    await undoCuration(graph, merge.id, { by: 'tester' });
    expect(await firstMeetings()).toEqual(before);
    await expectRowsFromTheMeetings();
  });

  it('read the same database hits for a body with 300 more meetings about the document', async () => {
    const hits = async (text: string) => {
      await graph.write(async (tx) => {
        await tx.run('CALL db.clearQueryCaches()');
      });
      return profiledDbHits(graph, text, { ids: [documentId] });
    };
    const few = {
      kept: await hits(cypher('document-diffusion').text),
      meetings: await hits(FROM_THE_MEETINGS),
    };
    // 300 more dated meetings of Nghệ An's committee about 35-CT/TW, one of them before its first,
    // written as the loader writes summaries and then dated by the loader's own statement.
    const ids = Array.from({ length: 300 }, (_, i) => `event:first-meetings-extra-${i}`);
    await graph.write(async (tx) => {
      await tx.run(
        `MATCH (d:Document {id: $documentId})
         MATCH (o:Organization {province: 'Nghệ An'})-[:ORGANIZED_ABOUT_SUMMARY]->(d)
         UNWIND range(0, size($ids) - 1) AS i
         CREATE (e:Event:Entity {id: $ids[i], name: 'Hội nghị ' + i,
                                 date: CASE WHEN i = 0 THEN '2024-06-30' ELSE '2024-08-' + right('0' + toString(1 + i % 28), 2) END})
         CREATE (o)-[:ORGANIZED_SUMMARY {evidence: 1}]->(e)-[:ABOUT_SUMMARY {evidence: 1}]->(d)`,
        { documentId, ids },
      );
      await raiseFirstMeetings(tx, ids);
    });
    expect((await firstMeetings())['Nghệ An']).toBe('2024-06-30');
    await expectRowsFromTheMeetings();
    const many = {
      kept: await hits(cypher('document-diffusion').text),
      meetings: await hits(FROM_THE_MEETINGS),
    };
    console.log(
      `document-diffusion db hits, kept / from the meetings: ${JSON.stringify(few)} -> ${JSON.stringify(many)}`,
    );
    expect(many.meetings).toBeGreaterThan(few.meetings + 300);
    expect(many.kept).toBeLessThanOrEqual(few.kept + 10);
  });

  it('are found by kg check when a pair is removed or dated around the loader', async () => {
    await graph.write(async (tx) => {
      await tx.run(`MATCH (o:Organization {province: 'Hà Tĩnh'})-[m:ORGANIZED_ABOUT_SUMMARY]->() DELETE m`);
      await tx.run(
        `MATCH (o:Organization {province: 'Quảng Bình'})-[m:ORGANIZED_ABOUT_SUMMARY]->() SET m.firstMeeting = '2024-01-01'`,
      );
    });
    expect(await findings()).toBe(2);
  });
});
