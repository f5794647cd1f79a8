// Thirty-odd short English articles written for these tests (real public facts, our own sentences),
// one class of phrasing each, so that a rule is tested on text it was not grown on.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/types.ts';
import { documentPairsOf as pairs, extractText, peopleOf as people } from '../support/extraction-views.ts';

const extract = (text: string, publishedAt: string | null = '2024-12-02') =>
  extractText(text, 'en', publishedAt);
const posts = (e: Extraction) =>
  e.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.person} | ${r.role}`)
    .sort();
const postsWithBodies = (e: Extraction) =>
  e.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.person} | ${r.role} | ${r.organization}`)
    .sort();
const documents = (e: Extraction) => e.documents.map((d) => d.code ?? d.name).sort();

describe('English chairs over lists', () => {
  it('gives "chaired by A, B and C" to all three', () => {
    const e = extract(
      'The national conference on digital transformation was chaired by Prime Minister Pham Minh Chinh, Deputy Prime Minister Tran Hong Ha and Deputy Prime Minister Le Thanh Long.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Le Thanh Long', 'Pham Minh Chinh', 'Tran Hong Ha']);
  });

  it('gives "A and B co-chaired" to both', () => {
    const e = extract(
      'General Secretary To Lam and President Luong Cuong co-chaired the meeting in Hanoi on November 30.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Luong Cuong', 'To Lam']);
  });

  it('gives "co-chaired by A and B" to both', () => {
    const e = extract(
      'The forum was co-chaired by Deputy Prime Minister Bui Thanh Son and Minister Nguyen Chi Dung.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Bui Thanh Son', 'Nguyen Chi Dung']);
  });

  it('keeps the list to the names joined to the cue: a name before another verb is not a chair', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh welcomed Deputy Prime Minister Ho Duc Phoc, who chaired the session.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Ho Duc Phoc']);
  });

  it('does not run a chair list across "attended"', () => {
    const e = extract(
      'The meeting was chaired by Chairman of the National Assembly Tran Thanh Man, while Vice Chairman Tran Quang Phuong attended it.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Tran Thanh Man']);
    expect(people(e, 'ATTENDED')).toEqual(['Tran Quang Phuong']);
  });

  it('makes the head of a working delegation the chair of its working session', () => {
    const e = extract(
      'Deputy Prime Minister Tran Luu Quang, head of the government working delegation, worked with Lao Cai province on April 2, 2024.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Tran Luu Quang']);
    expect(e.events.map((ev) => ev.date)).toEqual(['2024-04-02']);
  });

  it('makes the person heading a delegation its chair', () => {
    const e = extract(
      'Politburo member Nguyen Trong Nghia, heading a Central Committee delegation, had a working session with Quang Tri province on May 6.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Nguyen Trong Nghia']);
  });
});

describe('English attendance and speakers', () => {
  it('reads every guest of "Also present were"', () => {
    const e = extract(
      'The Hanoi Party Committee held a conference on Monday. Also present were Secretary of the Hanoi Party Committee Bui Thi Minh Hoai and Chairman of the Hanoi People’s Committee Tran Sy Thanh.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Bui Thi Minh Hoai', 'Tran Sy Thanh']);
  });

  it('reads a speaker as attending', () => {
    const e = extract(
      'The Ministry of Education and Training held a ceremony on September 5. Speaking at the event, Minister Nguyen Kim Son praised the teachers.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Kim Son']);
  });

  it('reads "delivered a speech" as attending', () => {
    const e = extract(
      'At the session, Deputy Prime Minister Nguyen Hoa Binh delivered a speech on the new Law on Investment.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Hoa Binh']);
  });

  it('does not list the chair among the guests', () => {
    const e = extract(
      'President Luong Cuong chaired the ceremony. Vice President Vo Thi Anh Xuan and Prime Minister Pham Minh Chinh attended the ceremony.',
    );
    expect(people(e, 'CHAIRED')).toEqual(['Luong Cuong']);
    expect(people(e, 'ATTENDED')).toEqual(['Pham Minh Chinh', 'Vo Thi Anh Xuan']);
  });
});

describe('English posts over lists', () => {
  it('gives a plural post to each name it heads', () => {
    const e = extract('Deputy Prime Ministers Tran Hong Ha and Le Thanh Long attended the meeting.');
    expect(posts(e)).toEqual([
      'Le Thanh Long | Deputy Prime Minister',
      'Tran Hong Ha | Deputy Prime Minister',
    ]);
  });

  it('gives "Vice Chairmen of the National Assembly A and B" the post and the body', () => {
    const e = extract(
      'Vice Chairmen of the National Assembly Tran Quang Phuong and Nguyen Duc Hai attended the session.',
    );
    expect(postsWithBodies(e)).toEqual([
      'Nguyen Duc Hai | Vice Chairman | National Assembly',
      'Tran Quang Phuong | Vice Chairman | National Assembly',
    ]);
  });

  it('gives each post of "Post1 A, Post2 B" to its own name', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh, Deputy Prime Minister Ho Duc Phoc and Minister Nguyen Van Thang attended the meeting.',
    );
    expect(posts(e)).toEqual([
      'Ho Duc Phoc | Deputy Prime Minister',
      'Nguyen Van Thang | Minister',
      'Pham Minh Chinh | Prime Minister',
    ]);
  });

  it('reads the post after a name between commas', () => {
    const e = extract(
      'Nguyen Van Nen, Secretary of the Ho Chi Minh City Party Committee, attended the forum.',
    );
    expect(posts(e)).toEqual(['Nguyen Van Nen | Secretary']);
  });

  it('does not give a former post', () => {
    const e = extract('Tran Luu Quang, former Deputy Prime Minister, was present at the ceremony.');
    expect(posts(e)).toEqual([]);
  });
});

describe('English documents: co-issuers and bare numbers', () => {
  it('gives both bodies of "of the Politburo and the Secretariat" the document', () => {
    const e = extract('Provinces are studying Conclusion 123-KL/TW of the Politburo and the Secretariat.');
    expect(pairs(e, 'ISSUED')).toEqual(['Politburo | 123-KL/TW', 'Secretariat | 123-KL/TW']);
  });

  it('gives both bodies of "The Politburo and the Secretariat issued" the document', () => {
    const e = extract('The Politburo and the Secretariat issued Directive 35-CT/TW on June 14, 2024.');
    expect(pairs(e, 'ISSUED')).toEqual(['Politburo | 35-CT/TW', 'Secretariat | 35-CT/TW']);
  });

  it('keeps a single issuer single', () => {
    const e = extract(
      'The Politburo issued Resolution 57-NQ/TW on December 22, 2024, and the Government acted on it.',
    );
    expect(pairs(e, 'ISSUED')).toEqual(['Politburo | 57-NQ/TW']);
  });

  it('names "Directives 05 and 35" without codes as two documents of the same issuer', () => {
    const e = extract('The Hanoi Party Committee reviewed Directives 05 and 35 of the Politburo.');
    expect(documents(e)).toEqual(['Directive 05', 'Directive 35']);
    expect(pairs(e, 'ISSUED')).toEqual(['Politburo | Directive 05', 'Politburo | Directive 35']);
  });

  it('reads "Directive 05" as the coded directive of the same article', () => {
    const e = extract(
      'The Politburo issued Directive 05-CT/TW in 2016. This year the Hanoi Party Committee carried out Directive 05 in every ward.',
    );
    expect(documents(e)).toEqual(['05-CT/TW']);
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Hanoi Party Committee | 05-CT/TW']);
  });

  it('does not read a year or a code head as a bare number', () => {
    const e = extract('Resolution 2024 is not a document, but Regulation 37-QĐ/TW is one.');
    expect(documents(e)).toEqual(['37-QĐ/TW']);
  });

  it('reads "Regulation No. 37" with no code as a named document', () => {
    const e = extract(
      'Party members in Da Nang studied Regulation No. 37 on things party members must not do.',
    );
    expect(documents(e)).toEqual(['Regulation No. 37']);
  });
});

describe('English implementing subject', () => {
  it('takes the body written before the verb', () => {
    const e = extract(
      'The Quang Ninh Provincial Party Committee has implemented Resolution 18-NQ/TW since 2018.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Quang Ninh Provincial Party Committee | 18-NQ/TW']);
  });

  it("gives an implementing sentence with no stated subject to the article's body", () => {
    const e = extract(
      'Over the past year, the Nghe An Provincial Party Committee has carried out Directive 05-CT/TW. It implemented Resolution 18-NQ/TW through twelve plans.',
    );
    // "It implemented …" names no body: the one the article is about implements it.
    expect(pairs(e, 'IMPLEMENTS')).toEqual([
      'Nghe An Provincial Party Committee | 05-CT/TW',
      'Nghe An Provincial Party Committee | 18-NQ/TW',
    ]);
  });

  it("takes the article's body, not the speaker's words, when a quote reports the plan", () => {
    const e = extract(
      'Mr. Nguyen Van Loi, Secretary of the Binh Duong provincial Party Committee, said the province would implement Resolution 57-NQ/TW.',
    );
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Binh Duong provincial Party Committee | 57-NQ/TW']);
  });

  it('leaves the implementer open when the only body of the article is the issuer', () => {
    const e = extract('Resolution 57-NQ/TW of the Politburo has been disseminated widely.');
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['- | 57-NQ/TW']);
  });

  it('does not give a passive implementing sentence to the issuer', () => {
    const e = extract(
      'The Ben Tre Provincial Party Committee reviewed its work on Monday. The Ben Tre Provincial Party Committee praised its cells. Resolution 57-NQ/TW of the Politburo has been disseminated widely.',
    );
    // The issuer never implements its own resolution; the committee the report is about does.
    expect(pairs(e, 'IMPLEMENTS')).toEqual(['Ben Tre Provincial Party Committee | 57-NQ/TW']);
  });
});

describe('English events and dates', () => {
  it('dates the event from its sentence', () => {
    const e = extract(
      'The Lam Dong Provincial Party Committee held a conference on November 28 to review the year.',
    );
    expect(e.events.map((ev) => ev.date)).toEqual(['2024-11-28']);
  });

  it('dates a range by its first day', () => {
    const e = extract(
      'The National Assembly held its session on October 21-22, 2024. Chairman Tran Thanh Man chaired the session.',
    );
    expect(e.events.map((ev) => ev.date)).toEqual(['2024-10-21']);
  });

  it('does not guess a year when the text and the record give none', () => {
    const e = extract(
      'The Ha Giang Provincial Party Committee held a meeting on March 3. Secretary Nguyen Manh Dung chaired it.',
      null,
    );
    expect(e.events.map((ev) => ev.date)).toEqual([null]);
  });
});

describe('English false positives', () => {
  it('does not take a street for a person', () => {
    const e = extract('The ceremony took place at 1 Tran Hung Dao Street. Minister Nguyen Kim Son attended.');
    expect(e.persons.map((p) => p.name)).toEqual(['Nguyen Kim Son']);
  });

  it('does not take a building for the body', () => {
    const e = extract('Minister Nguyen Kim Son attended a ceremony held in the National Assembly building.');
    expect(e.organizations.map((o) => o.name)).toEqual([]);
  });
});

describe('English event years and dates', () => {
  it('takes the year of "on April 21" from the article date, never a guess', () => {
    const e = extract(
      'The Politburo held a meeting on April 21 to review Resolution 18-NQ/TW. General Secretary To Lam chaired the meeting.',
      '2025-05-02',
    );
    expect(e.events.map((ev) => ev.date)).toEqual(['2025-04-21']);
  });

  it('dates the day-first range "on 21-22 April" by its first day and keeps the date out of the name', () => {
    const e = extract(
      'The Central Economic Commission held a workshop on 21-22 April in Hanoi. Head of the commission Tran Luu Quang chaired it.',
      '2025-05-02',
    );
    expect(e.events.map((ev) => [ev.name, ev.date])).toEqual([['Workshop', '2025-04-21']]);
  });

  it("does not take a document's date for the event's", () => {
    const e = extract(
      'The Secretariat issued Directive 35-CT/TW dated June 14, 2024 on party congresses. The Dak Lak Provincial Party Committee held a conference on August 9 to disseminate Directive 35-CT/TW.',
      '2024-08-10',
    );
    expect(e.events.map((ev) => ev.date)).toEqual(['2024-08-09']);
    expect(e.documents.map((d) => d.date)).toEqual(['2024-06-14']);
  });

  it('reads "took place" as holding the event named in its sentence', () => {
    const e = extract(
      'The conference took place from March 3 to 5. Party General Secretary To Lam attended.',
      '2025-03-06',
    );
    expect(e.events.map((ev) => [ev.name, ev.date])).toEqual([['Conference', '2025-03-03']]);
    expect(people(e, 'ATTENDED')).toEqual(['To Lam']);
  });
});

describe('English attendance named after the meeting', () => {
  it('reads everyone of "with the attendance of A and B"', () => {
    const e = extract(
      'The meeting was held with the attendance of Deputy Prime Minister Tran Hong Ha and Minister Dao Ngoc Dung.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Dao Ngoc Dung', 'Tran Hong Ha']);
    expect(people(e, 'CHAIRED')).toEqual([]);
  });

  it('reads "in the presence of" as attending', () => {
    const e = extract('The ceremony was held in the presence of President Luong Cuong.');
    expect(people(e, 'ATTENDED')).toEqual(['Luong Cuong']);
  });

  it('reads "addressed the conference" as attending', () => {
    const e = extract(
      'Prime Minister Pham Minh Chinh addressed the conference on digital transformation held by the Government on March 5.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Pham Minh Chinh']);
  });

  it('does not read a quote alone as attending', () => {
    const e = extract(
      '"We must act now," said Deputy Prime Minister Nguyen Hoa Binh. The Government held a meeting on Monday.',
    );
    expect(e.persons.map((p) => p.name)).toEqual(['Nguyen Hoa Binh']);
    expect(people(e, 'ATTENDED')).toEqual([]);
    expect(people(e, 'CHAIRED')).toEqual([]);
  });
});

describe('English plural posts set off by commas', () => {
  it('gives "Politburo members A and B" the post and the Politburo', () => {
    const e = extract('Politburo members Nguyen Trong Nghia and Le Minh Hung attended the ceremony.');
    expect(postsWithBodies(e)).toEqual([
      'Le Minh Hung | Politburo member | Politburo',
      'Nguyen Trong Nghia | Politburo member | Politburo',
    ]);
  });

  it('gives "The Politburo members, A and B," to both names', () => {
    const e = extract('The Politburo members, Nguyen Van Nen and Tran Thanh Man, attended the event.');
    expect(posts(e)).toEqual(['Nguyen Van Nen | Politburo member', 'Tran Thanh Man | Politburo member']);
    expect(people(e, 'ATTENDED')).toEqual(['Nguyen Van Nen', 'Tran Thanh Man']);
  });

  it('does not give a plural post to a name after a comma and another word', () => {
    const e = extract('Politburo members, ministers and guests met Nguyen Van Nen.');
    expect(posts(e)).toEqual([]);
  });
});

describe('English ministers named by portfolio (the ministry when the article names it)', () => {
  it('gives "Foreign Minister" and "Deputy Foreign Minister" the Foreign Ministry the article names', () => {
    const e = extract(
      'Foreign Minister Bui Thanh Son received the Japanese ambassador in Hanoi on May 6. Deputy Foreign Minister Do Hung Viet also attended. The Ministry of Foreign Affairs said the two sides agreed to expand cooperation.',
    );
    expect(postsWithBodies(e)).toEqual([
      'Bui Thanh Son | Minister | Ministry of Foreign Affairs',
      'Do Hung Viet | Deputy Minister | Ministry of Foreign Affairs',
    ]);
  });

  it('reads "Minister of Finance" and "Finance Minister" as one ministry, under any of its English names', () => {
    const e = extract(
      'Minister of Finance Ho Duc Phoc presented the budget report on October 21. The Finance Ministry will submit the revised law next year. Former Finance Minister Dinh Tien Dung was not present.',
    );
    // The body is named as the article writes it; "Minister of Finance" finds it all the same.
    expect(postsWithBodies(e)).toEqual(['Ho Duc Phoc | Minister | Finance Ministry']);
    expect(e.organizations.map((o) => o.name)).toEqual(['Finance Ministry']);
  });

  it('leaves the ministry open when the article never names it, as the annotation guide does', () => {
    const e = extract('Defence Minister Phan Van Giang met his Lao counterpart in Vientiane on June 3.');
    expect(postsWithBodies(e)).toEqual(['Phan Van Giang | Minister | null']);
  });

  it('does not read a portfolio the table does not know as a ministry', () => {
    const e = extract(
      'Tourism Minister Jane Doe visited Ha Long Bay on June 3, where the Ministry of Construction had opened a new road.',
    );
    expect(postsWithBodies(e).every((p) => !p.includes('Ministry of Construction'))).toBe(true);
  });
});
