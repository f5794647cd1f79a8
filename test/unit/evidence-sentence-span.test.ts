// Where each claim's sentence starts in the article travels from extraction through resolution to
// the API, which gives the span inside the sentence so the explorer can mark exactly those words.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/pipeline.ts';
import { resolveArticle } from '../../ingest/resolve/resolve-article.ts';
import { NO_CURATIONS } from '../../ingest/resolve/curation-rules.ts';
import { PersonRegistry } from '../../ingest/resolve/person-registry.ts';
import { CLAIM_TYPES } from '../../ingest/resolve/resolved-article.ts';
import { sentenceSpanOf } from '../../src/api/resolvers/edges.ts';
import type { ArticleRecord } from '../../ingest/types.ts';

// Written for this test; real public posts, an illustrative meeting.
const record: ArticleRecord = {
  id: 'span-1',
  url: 'https://example.invalid/span-1',
  language: 'vi',
  publishedAt: '2021-06-10',
  title: 'Tỉnh ủy Đồng Tháp sơ kết Chỉ thị 05-CT/TW',
  text:
    'Sáng 10/6, Ban Thường vụ Tỉnh ủy Đồng Tháp tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. ' +
    'Đồng chí Lê Quốc Phong, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Đồng Tháp, chủ trì Hội nghị.',
};

describe('the evidence span inside its sentence', () => {
  const { article, extraction } = extractArticle(record);
  const resolved = resolveArticle(
    { record, article, extraction },
    { persons: new PersonRegistry(), curations: NO_CURATIONS, extractor: 'test' },
  );
  const claims = CLAIM_TYPES.flatMap((type) => resolved.claims[type]);

  it('every claim row carries where its sentence starts, and the sentence is the article text there', () => {
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of claims) {
      expect(article.text.slice(claim.sentenceStart, claim.sentenceStart + claim.sentence.length)).toBe(
        claim.sentence,
      );
    }
  });

  it('the span inside the sentence is the same words as the span in the article', () => {
    for (const claim of claims) {
      const span = sentenceSpanOf({ ...claim, extractor: claim.extractor });
      expect(span).not.toBeNull();
      expect(claim.sentence.slice(span!.start, span!.end)).toBe(article.text.slice(claim.start, claim.end));
    }
    // The second sentence's claims are not at offset 0 of the article: the offsets really move.
    const chaired = resolved.claims.CHAIRED[0]!;
    expect(chaired.sentenceStart).toBeGreaterThan(0);
    const span = sentenceSpanOf(chaired)!;
    expect(chaired.sentence.slice(span.start, span.end)).toMatch(/^Lê Quốc Phong\b.*chủ trì$/);
  });

  it('is null for claims stored before sentence starts were, and clipped to the sentence', () => {
    const base = { articleId: 'a', sentence: 'Một câu ngắn.', sentenceIndex: 0, asOf: null, extractor: null };
    expect(sentenceSpanOf({ ...base, start: 3, end: 6 })).toBeNull();
    expect(sentenceSpanOf({ ...base, sentenceStart: null, start: 3, end: 6 })).toBeNull();
    expect(sentenceSpanOf({ ...base, sentenceStart: 100, start: 104, end: 200 })).toEqual({
      start: 4,
      end: 13,
    });
    expect(sentenceSpanOf({ ...base, sentenceStart: 100, start: 90, end: 99 })).toBeNull();
  });
});
