// Speed changes of decision 0087, each held to the form it replaces: a shortcut that leaves out a
// case gives a different answer here.
import { describe, expect, it } from 'vitest';
import { cleanArticle, matchTextOf } from '../../ingest/clean.ts';
import { readEnglishArticle } from '../../ingest/extract/en/index.ts';
import { segmentArticle } from '../../ingest/pipeline.ts';
import type { ArticleRecord } from '../../ingest/types.ts';

const record = (text: string, language: 'en' | 'vi' = 'en'): ArticleRecord => ({
  id: 't',
  url: null,
  language,
  publishedAt: '2025-03-14',
  title: null,
  text,
});

// Written for this test: a coded document, persons, posts, bodies, an honorific and plain words.
const ARTICLE = [
  'HANOI — Prime Minister Pham Minh Chinh chaired a meeting of the Government Standing Board on Friday.',
  'Mr. Nguyen Van Phuc, Deputy Minister of Finance, reported on Directive 05-CT/TW of the Politburo.',
  'The Ministry of Finance and the State Bank of Vietnam will implement Resolution 57-NQ/TW.',
  'Politburo members To Lam and Tran Thanh Man attended, as did Party Central Committee member Le Minh Hung.',
  'Nguyen Thi Mai, born in 1970, spoke at the National Assembly building (Photo: VNA/ Tran Van Long).',
].join(' ');

describe('sentence elements share one hidden class (decision 0087)', () => {
  it('every element, whatever its kind, has the same fields in the same order', () => {
    const doc = readEnglishArticle(segmentArticle(record(ARTICLE)));
    const elements = doc.elementsBySentence.flat();
    const kinds = new Set(elements.map((e) => e.kind));
    // the article makes every kind of element, so a kind built apart would show
    expect([...kinds].sort()).toEqual(['body', 'document', 'person', 'post', 'skip', 'token']);
    const shapes = new Set(elements.map((e) => Object.keys(e).join(',')));
    expect([...shapes]).toEqual(['kind,first,last,token,name,post,body,doc']);
  });
});

describe('matchText made when first read (decision 0087)', () => {
  const texts: [string, 'en' | 'vi'][] = [
    ['Ban Thường vụ Tỉnh uỷ Khánh Hoà họp. Ông Nguyễn Văn A chủ trì.', 'vi'],
    ['The Khánh Hoà Provincial Party Committee met. ÁNH SÁNG and İstanbul were named.', 'en'],
    [ARTICLE, 'en'],
  ];
  it('is the lower case and tone placement of the cleaned text, as the eager form gave', () => {
    for (const [text, language] of texts) {
      const clean = cleanArticle(record(text, language));
      expect(clean.matchText).toBe(matchTextOf(clean.text));
      const segmented = segmentArticle(record(text, language));
      expect(segmented.matchText).toBe(matchTextOf(segmented.text));
      expect(segmented.matchText.length).toBe(segmented.text.length);
      // read twice, the same string
      expect(segmented.matchText).toBe(segmented.matchText);
    }
  });
  it('is an enumerable field that a copy of the article keeps', () => {
    const segmented = segmentArticle(record(texts[0]![0], 'vi'));
    expect(Object.keys(segmented)).toContain('matchText');
    expect({ ...segmented }.matchText).toBe(matchTextOf(segmented.text));
    expect(JSON.parse(JSON.stringify(segmented)).matchText).toBe(matchTextOf(segmented.text));
  });
});
