// The English recogniser on sentences written for these tests (not corpus text).
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Extraction, SegmentedArticle } from '../../ingest/types.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

function run(
  text: string,
  publishedAt: string | null = '2024-12-02',
): { article: SegmentedArticle; extraction: Extraction } {
  const record: ArticleRecord = { id: 't', url: null, language: 'en', publishedAt, title: null, text };
  return extractArticle(record);
}
const rel = (e: Extraction, type: string) => e.relations.filter((r) => r.type === type);
const holds = (e: Extraction) =>
  rel(e, 'HOLDS_POSITION')
    .map((r) => `${r.person} | ${r.role} | ${r.organization ?? '-'}`)
    .sort();

describe('English sentence segmentation', () => {
  const text =
    'HANOI — The Politburo met on Monday under Resolution No. 18-NQ/TW. Sr. Lt. Gen. Nguyen Van A spoke first.\n\nMr. Tran Van B, Secretary of the Hanoi Party Committee, closed the session.';
  const { article } = run(text);

  it('keeps abbreviations and document numbers inside their sentence', () => {
    const sentences = article.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'HANOI — The Politburo met on Monday under Resolution No. 18-NQ/TW.',
      'Sr. Lt. Gen. Nguyen Van A spoke first.',
      'Mr. Tran Van B, Secretary of the Hanoi Party Committee, closed the session.',
    ]);
  });

  it('numbers sentences and paragraphs, and leaves only whitespace between sentences', () => {
    expect(article.sentences.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
    for (let i = 1; i < article.sentences.length; i++) {
      expect(text.slice(article.sentences[i - 1]!.end, article.sentences[i]!.start).trim()).toBe('');
    }
  });
});

describe('English extraction', () => {
  const text =
    'Politburo member and Secretary of the Hanoi Party Committee Dinh Tien Dung presided over a conference on December 1 to review the implementation of Directive No. 05-CT/TW of the Politburo.\n' +
    'Also present were Politburo members: Prime Minister Pham Minh Chinh; Permanent Deputy Secretary of the Hanoi Party Committee Nguyễn Văn Phong.\n' +
    'Nguyen Thi Tuyen, Deputy Secretary of the Hanoi Party Committee and Chairwoman of the Hanoi People’s Council, also attended.\n' +
    'Le Van Thanh, former member of the Standing Board of the Party Committee and Vice Chairman of the People’s Committee of Hai Phong city, was mentioned.\n' +
    'The Politburo issued Regulation 37-QĐ/TW on October 25, 2021. Participants studied President Ho Chi Minh’s thought in Lam Dong province.';
  const { article, extraction: e } = run(text);

  it('finds the people, with or without diacritics, and not names inside concepts or places', () => {
    expect(e.persons.map((p) => p.name).sort()).toEqual(
      ['Dinh Tien Dung', 'Le Van Thanh', 'Nguyen Thi Tuyen', 'Nguyễn Văn Phong', 'Pham Minh Chinh'].sort(),
    );
  });

  it('reads posts before and after names, distributes "Politburo members:" and skips former posts', () => {
    expect(holds(e)).toEqual(
      [
        'Dinh Tien Dung | Politburo member | Politburo',
        'Dinh Tien Dung | Secretary | Hanoi Party Committee',
        'Nguyen Thi Tuyen | Chairwoman | Hanoi People’s Council',
        'Nguyen Thi Tuyen | Deputy Secretary | Hanoi Party Committee',
        'Nguyễn Văn Phong | Permanent Deputy Secretary | Hanoi Party Committee',
        'Nguyễn Văn Phong | Politburo member | Politburo',
        'Pham Minh Chinh | Politburo member | Politburo',
        'Pham Minh Chinh | Prime Minister | -',
      ].sort(),
    );
    const thanh = e.persons.find((p) => p.name === 'Le Van Thanh')!;
    expect(thanh.titles[0]).toMatch(/^former member of the Standing Board/);
  });

  it('reads who chaired and who attended, a chair not also attending', () => {
    expect(rel(e, 'CHAIRED').map((r) => r.person)).toEqual(['Dinh Tien Dung']);
    expect(
      rel(e, 'ATTENDED')
        .map((r) => r.person)
        .sort(),
    ).toEqual(['Nguyen Thi Tuyen', 'Nguyễn Văn Phong', 'Pham Minh Chinh'].sort());
  });

  it('reads coded documents with kind, date, issuer and who implements them', () => {
    const docs = Object.fromEntries(e.documents.map((d) => [d.code, d]));
    expect(Object.keys(docs).sort()).toEqual(['05-CT/TW', '37-QĐ/TW']);
    expect(docs['05-CT/TW']).toMatchObject({ type: 'Directive', issuer: 'Politburo' });
    expect(docs['37-QĐ/TW']).toMatchObject({ type: 'Regulation', date: '2021-10-25', issuer: 'Politburo' });
    expect(
      rel(e, 'ISSUED')
        .map((r) => `${r.organization} ${r.document}`)
        .sort(),
    ).toEqual(['Politburo 05-CT/TW', 'Politburo 37-QĐ/TW']);
    expect(rel(e, 'IMPLEMENTS').map((r) => r.document)).toEqual(['05-CT/TW']);
  });

  it('reports the event with its date and ties chair and attendees to it', () => {
    expect(e.events).toHaveLength(1);
    expect(e.events[0]).toMatchObject({ kind: 'conference', date: '2024-12-01' });
    expect(rel(e, 'CHAIRED')[0]!.event).toBe(e.events[0]!.name);
  });

  it('names specific bodies only, and groups the forms of one body', () => {
    const names = e.organizations.map((o) => o.name);
    expect(names).toContain('Hanoi Party Committee');
    expect(names).toContain('Politburo');
    expect(names).toContain('People’s Committee of Hai Phong city');
    expect(names).not.toContain('Party Committee');
    expect(names.filter((n) => n === 'Politburo')).toHaveLength(1);
  });

  it('gives offsets that index the cleaned text exactly', () => {
    const mentions = [...e.persons, ...e.organizations, ...e.documents].flatMap((x) => x.mentions);
    expect(mentions.length).toBeGreaterThan(15);
    for (const m of mentions) {
      expect(article.text.slice(m.start, m.end)).toBe(m.text);
      const s = article.sentences[m.sentence]!;
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
    for (const r of e.relations) {
      expect(article.text.slice(r.evidence.sentenceStart, r.evidence.sentenceEnd)).toBe(r.evidence.sentence);
      expect(r.evidence.start).toBeGreaterThanOrEqual(r.evidence.sentenceStart);
      expect(r.evidence.end).toBeLessThanOrEqual(r.evidence.sentenceEnd);
      expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
    }
  });
});

describe('English extraction, other constructions', () => {
  it('normalises codes written with a hyphen before the issuer and reads "issued by"', () => {
    const { extraction: e } = run(
      'The review covered Directive 05-CT-TW issued by the Politburo on May 15, 2016.',
    );
    expect(e.documents.map((d) => [d.code, d.date, d.issuer])).toEqual([
      ['05-CT/TW', '2016-05-15', 'Politburo'],
    ]);
  });

  it('reads resolutions named by their congress, without a code', () => {
    const { extraction: e } = run(
      'The province has carried out the Resolution of the 13th National Party Congress and the 11th Provincial Party Congress’s Resolution.',
    );
    expect(e.documents.map((d) => [d.code, d.name, d.type])).toEqual([
      [null, 'Resolution of the 13th National Party Congress', 'Resolution'],
      [null, '11th Provincial Party Congress’s Resolution', 'Resolution'],
    ]);
    expect(e.organizations).toEqual([]);
  });

  it('reads possessive issuers and acronyms defined in brackets', () => {
    const { extraction: e } = run(
      'Secretary of the Provincial Party Committee (PPC) Tran Van Minh welcomed the delegation. The PPC’s Resolution No. 08-NQ/TU was carried out.',
    );
    expect(rel(e, 'ISSUED').map((r) => `${r.organization} ${r.document}`)).toEqual([
      'Provincial Party Committee 08-NQ/TU',
    ]);
    expect(e.organizations.find((o) => o.name === 'Provincial Party Committee')?.aliases).toContain('PPC');
    expect(holds(e)).toEqual(['Tran Van Minh | Secretary | Provincial Party Committee']);
  });

  it('reads ranks and titles before names ("Minister … General …") and bylines as authors', () => {
    const { extraction: e } = run(
      'Minister of National Defence General Phan Van Giang spoke at the ceremony.\nPhoto: VNA/ Tran Hai',
    );
    expect(e.persons.map((p) => p.name)).toEqual(['Phan Van Giang']);
    expect(holds(e)).toEqual(['Phan Van Giang | Minister | -']);
    expect(e.authors).toContain('Tran Hai');
    const credits = run(
      'A view of the hall. — VNA Photo Minh Quyet HÀ NỘI — The session opened.\nPhoto: T.Lan',
    ).extraction.authors;
    expect(credits.sort()).toEqual(['Minh Quyet', 'T.Lan']);
  });

  it('reads a given name alone as the person named in full, not a place word', () => {
    const { extraction: e } = run(
      'The National Assembly elected Nguyen Van Cuong as a deputy. Cuong, 58, a Politburo member and former head of the Central Organization Commission, took the oath at the session. Delegates from Hai Phong applauded.',
    );
    expect(e.persons.map((p) => p.name)).toEqual(['Nguyen Van Cuong']);
    expect(e.persons[0]!.mentions.map((m) => m.text)).toEqual(['Nguyen Van Cuong', 'Cuong']);
    // "former" governs the post it stands on, not the one before it
    expect(holds(e)).toEqual(['Nguyen Van Cuong | Politburo member | Politburo']);
    expect(rel(e, 'ATTENDED').map((r) => r.person)).toEqual(['Nguyen Van Cuong']);
  });

  it('reads a foreign official named right after a post, but not a concept or a body', () => {
    const { extraction: e } = run(
      'Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone. Delegates studied President Ho Chi Minh’s thought at the President Palace.',
    );
    expect(e.persons.map((p) => p.name).sort()).toEqual(['Pham Minh Chinh', 'Sonexay Siphandone']);
    expect(holds(e)).toContain('Sonexay Siphandone | Prime Minister | -');
  });

  it('returns an empty extraction for text with nothing to find', () => {
    const { extraction: e } = run('');
    expect(e).toMatchObject({ persons: [], organizations: [], documents: [], events: [], relations: [] });
    expect(run('The weather was fine and the market was busy.').extraction.persons).toEqual([]);
  });

  it('handles a long article in one pass without losing offsets', () => {
    const paragraph =
      'Deputy Prime Minister Tran Hong Ha chaired the meeting of the Ministry of Construction. ';
    const { article, extraction: e } = run(paragraph.repeat(400));
    expect(e.persons.map((p) => p.name)).toEqual(['Tran Hong Ha']);
    expect(e.persons[0]!.mentions).toHaveLength(400);
    const last = e.persons[0]!.mentions[399]!;
    expect(article.text.slice(last.start, last.end)).toBe('Tran Hong Ha');
  });
});
