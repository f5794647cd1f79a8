// Speed changes of decision 0087, each held to the form it replaces: a shortcut that leaves out a
// case gives a different answer here.
import { describe, expect, it } from 'vitest';
import { transformSync } from 'esbuild';
import { unnamed } from '../../ingest/base/unnamed.ts';
import { cleanArticle, matchTextOf } from '../../ingest/clean.ts';
import { findDocuments, holdsAnyOf, textsEveryMatchHolds } from '../../ingest/extract/en/documents.ts';
import { readEnglishArticle } from '../../ingest/extract/en/index.ts';
import { pattern } from '../../ingest/extract/en/lexicon.ts';
import { segmentArticle } from '../../ingest/pipeline.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { randomText } from '../support/random-text.ts';

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

describe('document expressions searched only in articles holding a text every match holds (decision 0087)', () => {
  // Written for this test: named resolutions and bare references, singular and plural, of each kind.
  const written = [
    'The Resolution of the 13th National Party Congress guides the work.',
    'Resolutions of the 12th Party Central Committee’s 4th plenum were studied.',
    'the 13th Party Congress’s Resolution on the economy',
    'the 6th Plenum’s Resolutions',
    'Directive 05 and Directives 05 and 35 were reviewed.',
    'Regulation No. 37, Conclusion 14, Decision 1460 and Instruction 12 apply.',
    'Resolutions 18, 19 and 20 were summed up.',
    'no document is named here, only a resolution in lower case and a decision.',
  ];
  const pieces = [
    'Resolution of the 13th Party Congress',
    'Resolutions of the 4th Plenum',
    'the 12th Central Committee’s 4th plenum’s Resolution',
    "the 6th Congress's Resolutions",
    'Directive 05',
    'Directives 05 and 35',
    'Regulation No. 37',
    'Conclusions 14, 15 and 16',
    'Decision 1460',
    'Instruction 2024',
    'resolution',
    'RESOLUTION',
    'Resolution',
    ' of the ',
    ' ',
    ', ',
    ' and ',
    '13th ',
    'Party ',
    'Congress',
    '05',
    '.',
  ];
  const texts = [...written, ...Array.from({ length: 400 }, (_, i) => randomText(i + 1, pieces, 12))];
  for (const name of ['named-resolution', 'bare-reference']) {
    it(`${name}: every text it matches holds one of the texts read from it`, () => {
      const expression = pattern(name, 'gu');
      const holds = textsEveryMatchHolds(expression);
      expect(holds).not.toBeNull();
      let matched = 0;
      for (const text of texts) {
        if ([...text.matchAll(expression)].length === 0) continue;
        matched++;
        expect(holdsAnyOf(text.toLowerCase(), holds), text).toBe(true);
      }
      // the texts meet the expression often enough to tell
      expect(matched).toBeGreaterThan(100);
    });
  }
  it('a text holding none of them is passed over, and one holding any is searched', () => {
    const holds = textsEveryMatchHolds(pattern('bare-reference', 'gu'));
    expect(holdsAnyOf('the committee met on monday.', holds)).toBe(false);
    expect(holdsAnyOf('under instruction 12', holds)).toBe(true);
    expect(textsEveryMatchHolds(/Resolution/giu)).toBeNull();
  });
  it('finds the documents of the written texts, named and bare', () => {
    const found = findDocuments(written.join(' '), '2025-03-14').map((d) => d.key);
    expect(found).toContain('Resolution of the 13th National Party Congress');
    expect(found).toContain('Directive 05');
    expect(found).toContain('Instruction 12');
  });
});

describe('closures made per article or element are not named by keepNames (decision 0087)', () => {
  it('unnamed gives the closure itself', () => {
    const blocked = new Uint8Array([0, 1, 0]);
    const closure = (i: number) => blocked[i] === 1;
    expect(unnamed(closure)).toBe(closure);
    expect([0, 1, 2].map(unnamed((i: number) => blocked[i] === 1))).toEqual([false, true, false]);
  });
  it('esbuild with keepNames, as tsx runs the code, names a const closure and not one given to unnamed', () => {
    const source = [
      'export function f(a: number[]) {',
      '  const named = (i: number) => a[i];',
      '  const plain = unnamed((i: number) => a[i]);',
      '  return { named, plain, prop: unnamed((i: number) => a[i]) };',
      '}',
    ].join('\n');
    const { code } = transformSync(source, { loader: 'ts', keepNames: true, format: 'esm' });
    expect(code).toContain('__name((i) => a[i], "named")');
    expect(code.match(/__name\(\(i\)/g)).toHaveLength(1);
  });
});
