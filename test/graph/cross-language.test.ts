// One official reported in Vietnamese and in English (diacritics dropped, English body names)
// must end up as ONE Person node with evidence from both articles, and the bodies and the
// document both articles name must be one node each. The two articles are written here, in
// plain sentences about public facts (the posts are those the official held at the time).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { ingestRecords } from '../../ingest/run.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

let graph: Graph;
const rows = async (query: string, params: Record<string, unknown> = {}) =>
  graph.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

const record = (
  id: string,
  language: 'vi' | 'en' | null,
  publishedAt: string,
  text: string,
): ArticleRecord => ({
  id,
  url: `https://tests.kg.invalid/cross-language/${id}`,
  language,
  publishedAt,
  title: null,
  text,
});

// Phạm Minh Chính: Politburo member and Prime Minister (2021–); Nguyễn Văn Nên: Politburo member
// and Secretary of the Ho Chi Minh City Party Committee (2020–2025). Resolution 57-NQ/TW of the
// Politburo is dated 22 December 2024.
const VIETNAMESE = record(
  'xl-vi-1',
  'vi',
  '2025-01-13',
  [
    'Ngày 13/1/2025, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt, triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
    'Dự Hội nghị có đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh.',
  ].join('\n\n'),
);
const ENGLISH = record(
  'xl-en-1',
  'en',
  '2025-01-14',
  [
    'HANOI — The Politburo and the Secretariat held a national conference on January 13 to disseminate and implement Resolution No. 57-NQ/TW of the Politburo on breakthroughs in science, technology, innovation and national digital transformation.',
    'Attending the conference were Politburo member and Prime Minister Pham Minh Chinh and Politburo member and Secretary of the Ho Chi Minh City Party Committee Nguyen Van Nen.',
  ].join('\n\n'),
);
// The same English article without its language field: the language is detected.
const ENGLISH_UNLABELLED = { ...ENGLISH, id: 'xl-en-2', url: `${ENGLISH.url}-unlabelled`, language: null };

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await ingestRecords(graph, [VIETNAMESE, ENGLISH, ENGLISH_UNLABELLED]);
});
afterAll(async () => {
  if (graph) {
    await clearGraph(graph);
    await graph.close();
  }
});

const personEvidence = (nameKey: string) =>
  rows(
    `MATCH (p:Person {nameKey: $nameKey})
     OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
     OPTIONAL MATCH (p)-[c]->() WHERE c.articleId IS NOT NULL
     RETURN p.id AS id, p.name AS name, collect(DISTINCT a.language) AS languages,
            collect(DISTINCT c.articleId) AS claimArticles, collect(DISTINCT c.sentence) AS sentences`,
    { nameKey },
  );

describe('one official across Vietnamese and English articles', () => {
  it('stores the three articles, detecting the language of the unlabelled one', async () => {
    const articles = await rows('MATCH (a:Article) RETURN a.language AS language ORDER BY language');
    expect(articles.map((a) => a.language)).toEqual(['en', 'en', 'vi']);
  });

  it('finds one Person for "Phạm Minh Chính" and "Pham Minh Chinh", with evidence from both languages', async () => {
    const people = await personEvidence('pham minh chinh');
    expect(people).toHaveLength(1);
    const [person] = people;
    expect(person!.languages.sort()).toEqual(['en', 'vi']);
    expect(person!.claimArticles).toHaveLength(3);
    const sentences = person!.sentences as string[];
    expect(sentences.some((s) => s.includes('Phạm Minh Chính'))).toBe(true);
    expect(sentences.some((s) => s.includes('Pham Minh Chinh'))).toBe(true);
  });

  it('finds one Person for a provincial party secretary named in both languages', async () => {
    const people = await personEvidence('nguyen van nen');
    expect(people).toHaveLength(1);
    expect(people[0]!.languages.sort()).toEqual(['en', 'vi']);
  });

  it('lands the English body names on the Vietnamese Organization nodes', async () => {
    const bodies = await rows(
      `MATCH (o:Organization) WHERE o.nameKey IN ['bo chinh tri', 'ban bi thu']
       OPTIONAL MATCH (a:Article)-[:MENTIONS]->(o)
       RETURN o.nameKey AS key, count(DISTINCT o) AS nodes, collect(DISTINCT a.language) AS languages ORDER BY key`,
    );
    expect(bodies.map((b) => [b.key, Number(b.nodes), (b.languages as string[]).sort()])).toEqual([
      ['ban bi thu', 1, ['en', 'vi']],
      ['bo chinh tri', 1, ['en', 'vi']],
    ]);
  });

  it('matches the document by code and records who issued it from both articles', async () => {
    const docs = await rows(
      `MATCH (d:Document {code: '57-NQ/TW'})
       OPTIONAL MATCH (o:Organization)-[i:ISSUED]->(d)
       RETURN count(DISTINCT d) AS nodes, collect(DISTINCT o.nameKey) AS issuers, collect(DISTINCT i.articleId) AS articles`,
    );
    expect(Number(docs[0]!.nodes)).toBe(1);
    expect(docs[0]!.issuers).toEqual(['bo chinh tri']);
    expect(docs[0]!.articles).toHaveLength(3);
  });

  it('stores the Vietnamese kind and name of a document an English article names first', async () => {
    await clearGraph(graph);
    // The English article alone creates the node; the Vietnamese one then meets it.
    await ingestRecords(graph, [ENGLISH]);
    const [first] = await rows(`MATCH (d:Document {code: '57-NQ/TW'}) RETURN d.kind AS kind, d.name AS name`);
    expect(first).toEqual({ kind: 'Nghị quyết', name: 'Nghị quyết 57-NQ/TW' });
    await ingestRecords(graph, [VIETNAMESE]);
    const after = await rows(`MATCH (d:Document {code: '57-NQ/TW'}) RETURN d.kind AS kind`);
    expect(after).toEqual([{ kind: 'Nghị quyết' }]);
  });
});
