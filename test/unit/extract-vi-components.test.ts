// The Vietnamese components over one article document (ingest/extract/vi/doc.ts, pipeline.ts), on
// sentences written for these tests: each adds its own layer, leaves the layers before it as they
// were, and can be run and checked on its own.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../ingest/types.ts';
import { extractArticle, segmentArticle } from '../../ingest/pipeline.ts';
import { tokenLayer } from '../../ingest/extract/vi/doc.ts';
import { bodyLayer, bodySpanLayer } from '../../ingest/extract/vi/bodies.ts';
import { personLayer } from '../../ingest/extract/vi/persons.ts';
import { documentLayer } from '../../ingest/extract/vi/documents.ts';
import { eventLayer } from '../../ingest/extract/vi/events.ts';
import { relationLayer } from '../../ingest/extract/vi/relations.ts';

const TEXT =
  'Sáng 12/3, đồng chí Đoàn Văn Đông, Bí thư Tỉnh ủy Nam Định, chủ trì Hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị. ' +
  'Dự hội nghị có đồng chí Trần Thị Bình, Phó Chủ tịch UBND tỉnh Nam Định.';
const record: ArticleRecord = {
  id: 'c',
  url: null,
  language: 'vi',
  publishedAt: '2024-03-12',
  title: null,
  text: TEXT,
};

describe('the Vietnamese components', () => {
  it('each add their own layer in order, and the whole chain gives what the recogniser gives', () => {
    const tokens = tokenLayer(segmentArticle(record));
    expect(tokens.tokens.length).toBeGreaterThan(40);
    expect(tokens.sentenceAt(TEXT.indexOf('Dự hội nghị'))).toBe(1);

    const spans = bodySpanLayer(tokens);
    expect(spans.tokens).toBe(tokens.tokens);
    const surface = (s: { from: number; to: number }) =>
      TEXT.slice(tokens.tokens[s.from]!.start, tokens.tokens[s.to - 1]!.end);
    expect(spans.bodySpans.map(surface)).toContain('Bộ Chính trị');

    const persons = personLayer(spans);
    expect(persons.persons.map((p) => p.name)).toEqual(['Đoàn Văn Đông', 'Trần Thị Bình']);
    expect(persons.bodySpans).toBe(spans.bodySpans);

    const bodies = bodyLayer(persons);
    expect(bodies.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Tỉnh ủy Nam Định', 'UBND tỉnh Nam Định', 'Bộ Chính trị']),
    );

    const documents = documentLayer(bodies);
    expect([...documents.documents.keys()]).toEqual(['35-CT/TW']);
    const events = eventLayer(documents);
    expect(events.eventHits.map((e) => e.date)).toEqual(['2024-03-12']);

    const withRelations = relationLayer(events);
    const types = withRelations.relations.map((r) => `${r.type} ${r.person ?? r.organization}`).sort();
    expect(types).toEqual(
      expect.arrayContaining([
        'ATTENDED Trần Thị Bình',
        'CHAIRED Đoàn Văn Đông',
        'IMPLEMENTS Tỉnh ủy Nam Định',
        'ISSUED Bộ Chính trị',
      ]),
    );
    expect(withRelations.relations).toEqual(extractArticle(record).extraction.relations);
  });

  it('fill a document’s issuer in a new map, leaving the documents layer they read as it was', () => {
    const events = eventLayer(
      documentLayer(bodyLayer(personLayer(bodySpanLayer(tokenLayer(segmentArticle(record)))))),
    );
    const out = relationLayer(events);
    expect(out.documents.get('35-CT/TW')?.issuer).toBe('Bộ Chính trị');
    expect(events.documents.get('35-CT/TW')?.issuer).toBeNull();
  });
});
