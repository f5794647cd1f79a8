// Speed changes of decision 0087, each held to the form it replaces: a shortcut that leaves out a
// case gives a different answer here.
import { describe, expect, it } from 'vitest';
import { transformSync } from 'esbuild';
import { unnamed } from '../../ingest/base/unnamed.ts';
import { cleanArticle, matchTextOf } from '../../ingest/clean.ts';
import { findDocuments, holdsAnyOf, textsEveryMatchHolds } from '../../ingest/extract/en/documents.ts';
import { readEnglishArticle } from '../../ingest/extract/en/index.ts';
import { pattern } from '../../ingest/extract/en/lexicon.ts';
import { computeTokenShape, shapeOfTokenAt } from '../../ingest/extract/en/tokens.ts';
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

describe('token shapes read in place from a table of the texts met (decision 0087)', () => {
  /** Words and their prefixes, in both cases, with possessives: many share a beginning. */
  const wordOf = (n: number) => {
    let w = '';
    for (let k = n; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
    return n % 3 === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : n % 5 === 0 ? `${w}’s` : w;
  };
  it('gives the shape computeTokenShape gives, over 90,000 distinct tokens that fill and empty the table', () => {
    const ends = [' ', ', ', '. '];
    let checked = 0;
    const wrong: string[] = [];
    for (let from = 1; from < 90_000; from += 500) {
      const words = Array.from({ length: 500 }, (_, i) => wordOf(from + i));
      // each text twice: the second reading is answered by the table
      const text = words.map((w, i) => w + ends[i % 3]).join('') + words.join(' ');
      for (let start = 0; start < text.length;) {
        if (text[start] === ' ' || text[start] === ',' || text[start] === '.') {
          start++;
          continue;
        }
        let end = start;
        while (end < text.length && !' ,.'.includes(text[end]!)) end++;
        const got = shapeOfTokenAt(text, start, end);
        const want = computeTokenShape(text.slice(start, end));
        if (
          got.text !== want.text ||
          got.key !== want.key ||
          got.kind !== want.kind ||
          got.cap !== want.cap ||
          got.acronym !== want.acronym ||
          got.possessive !== want.possessive
        )
          wrong.push(want.text);
        checked++;
        start = end;
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(170_000);
  });
});
