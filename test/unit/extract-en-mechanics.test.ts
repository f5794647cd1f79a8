// Speed changes of decision 0077, pinned where a shortcut could change an answer: each test is
// written so that a shortcut that leaves out a case gives a different answer.
import { describe, expect, it } from 'vitest';
import { withoutTrailingBlanks } from '../../ingest/clean.ts';
import { lowerNounIn, WORDS_BEFORE_END, wordsBefore } from '../../ingest/extract/en/components/events.ts';
import { cueHits } from '../../ingest/extract/en/components/participation.ts';
import { EVENT_NOUN, RELATION_CUES, requiredAlternatives } from '../../ingest/extract/en/lexicon.ts';
import { computeTokenShape, lowerCaseOf, tokenize, type Token } from '../../ingest/extract/en/tokens.ts';
import { collapseSpaces } from '../../ingest/extract/en/phrase-words.ts';
import { englishExtractor, peopleOf as people } from '../support/extraction-views.ts';
import { randomText } from '../support/random-text.ts';

const extract = englishExtractor('2025-07-21');

describe('a speaker counts from the sentence that reports the meeting (decision 0077)', () => {
  // The meeting's sentence names no person, so the participation gate left its chair's cue out of
  // the first search; the speaker rule must still find that sentence by the cue it holds.
  it('a meeting sentence without a person, known by its chair cue, starts the speakers', () => {
    const e = extract(
      'Nguyen Van Phuc said on Sunday that the harvest had been good. ' +
        'The conference was chaired by the Provincial People’s Committee. ' +
        'Tran Thi Mai said exports would grow this year.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Tran Thi Mai']);
  });

  it('with the cue in a sentence that names a person, the speaker after it attends as well', () => {
    const e = extract(
      'Nguyen Van Phuc said on Sunday that the harvest had been good. ' +
        'The conference was attended by Le Van Son. ' +
        'Tran Thi Mai said exports would grow this year.',
    );
    expect(people(e, 'ATTENDED')).toEqual(['Le Van Son', 'Tran Thi Mai']);
  });

  it('without a meeting no speaker attends', () => {
    const e = extract(
      'Nguyen Van Phuc said on Sunday that the harvest had been good. ' +
        'Tran Thi Mai said exports would grow this year.',
    );
    expect(people(e, 'ATTENDED')).toEqual([]);
  });
});

describe("collapseSpaces: a phrase's white space collapsed as /\\s+/g does (decision 0077)", () => {
  const collapsed = (text: string) => text.replace(/\s+/g, ' ');
  it("is the expression's answer for every code unit of the Basic Multilingual Plane between words", () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `Party${String.fromCharCode(c)}Committee`;
      if (collapseSpaces(text) !== collapsed(text))
        expect(collapseSpaces(text), `U+${c.toString(16)}`).toBe(collapsed(text));
    }
  });
  it("is the expression's answer on seeded random phrases of words and spaces", () => {
    const pieces = [
      'Ha',
      'Noi',
      ' ',
      ' ',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      '\u2028',
      '\ufeff',
      '’s',
      '😀',
    ];
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed, pieces, 1 + (seed % 30));
      expect(collapseSpaces(text), JSON.stringify(text)).toBe(collapsed(text));
    }
  });
});

describe('withoutTrailingBlanks: a kept line without its trailing spaces and tabs (decision 0077)', () => {
  it('is what /[ \\t]+$/ removes, on our own lines and seeded random ones', () => {
    const removed = (line: string) => line.replace(/[ \t]+$/, '');
    for (const line of ['', ' ', '\t \t', 'Hà Nội  ', 'a \u00a0', 'a\t \n', 'end'])
      expect(withoutTrailingBlanks(line), JSON.stringify(line)).toBe(removed(line));
    const pieces = ['Tỉnh', 'ủy', ' ', ' ', '\t', '\u00a0', '\u3000', '.', '\r'];
    for (let seed = 1; seed <= 300; seed++) {
      const line = randomText(seed, pieces, seed % 20);
      expect(withoutTrailingBlanks(line), JSON.stringify(line)).toBe(removed(line));
    }
  });
});

describe('wordsBefore: the shorter tail first (decision 0077)', () => {
  it('gives what the expression finds on the whole text, on seeded random texts', () => {
    const pieces = [
      'the',
      'National',
      'Assembly’s',
      'Hà',
      'Nội',
      '12th',
      'co-chaired',
      ' ',
      ' ',
      ' ',
      '   ',
      '\n',
      ',',
      '.',
      '“',
      'x'.repeat(30),
      'Ủy',
    ];
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, pieces, 5 + (seed % 60));
      expect(wordsBefore(text, text.length), JSON.stringify(text)).toBe(WORDS_BEFORE_END.exec(text)![0]);
    }
  });
  it('reads back past the shorter tail when its match starts at the tail or after white space only', () => {
    const long = `opening ${'y'.repeat(40)} ${'z'.repeat(30)} `;
    expect(wordsBefore(long, long.length)).toBe(WORDS_BEFORE_END.exec(long)![0]);
    const spaced = `a ${'b'.repeat(4)}${' '.repeat(50)}c `;
    expect(wordsBefore(spaced, spaced.length)).toBe(spaced);
  });
});

describe('English appointments: a sentence is read only when it can hold one (decision 0077)', () => {
  const appointments = (text: string) =>
    (extract(text).appointments ?? []).map((a) => `${a.kind} ${a.person} ${a.role} ${a.date ?? '-'}`);
  it('a former post without a cue word is a departure; a cue word with a post is an appointment', () => {
    expect(
      appointments(
        'Former Deputy Prime Minister Tran Van Son attended the meeting. ' +
          'Nguyen Van Phuc was appointed Deputy Minister of Finance on July 10.',
      ),
    ).toEqual([
      'LEFT Tran Van Son Deputy Prime Minister -',
      'APPOINTED Nguyen Van Phuc Deputy Minister 2025-07-10',
    ]);
  });
  it('a person and a post without a cue word or a former post give none', () => {
    expect(appointments('Deputy Prime Minister Tran Van Son attended the meeting on July 10.')).toEqual([]);
  });
});

describe("lowerCaseOf: the article's lower case made once for its readers (decision 0077)", () => {
  it('is toLowerCase of every text asked, one after another, of equal lengths and repeated', () => {
    const texts = ['Hà Nội', 'HÀ NỘI', 'Hà Nội', 'Ha Noi', 'HA NOI', 'HA NOI', 'İstanbul', 'Party'];
    for (const text of texts) expect(lowerCaseOf(text), text).toBe(text.toLowerCase());
  });
});

describe('token shapes remembered by their text (decision 0082)', () => {
  const shapeFields = (t: Token) => ({
    text: t.text,
    key: t.key,
    kind: t.kind,
    cap: t.cap,
    acronym: t.acronym,
    possessive: t.possessive,
  });
  const expectOwnShapes = (text: string) => {
    for (const t of tokenize(text, [{ start: 0, end: text.length }]))
      expect(shapeFields(t), JSON.stringify(text)).toEqual(computeTokenShape(text.slice(t.start, t.end)));
  };
  it('gives each token the shape of its own text when articles share a word in other cases and endings', () => {
    // Each sentence is its own article; the remembered shapes of one are met again in the next.
    for (const text of [
      'The Party Committee’s Secretariat met the party committee.',
      'PARTY members, Party members and the party’s members; Enterprises’ and enterprises.',
      'Mr. Nguyen Van An’s deputy and NGUYEN VAN AN; the 21st-century GDP, gdp and Gdp.',
      'Ông Nguyễn Văn An, Đảng and ĐẢNG; the Committees’ committee’s COMMITTEE’S 1,000 1.000',
    ])
      expectOwnShapes(text);
  });
  it('gives each token the shape of its own text on seeded random articles', () => {
    const pieces = [
      'Party',
      'party',
      'PARTY',
      '’s',
      "'s",
      "'",
      '’',
      ' ',
      ' ',
      'An',
      'AN',
      'Đảng',
      'đảng',
      '21',
      'st',
      '-',
      ',',
      '.',
    ];
    for (let seed = 1; seed <= 300; seed++) expectOwnShapes(randomText(seed, pieces, 2 + (seed % 40)));
  });
});

describe('a relation cue run only on sentences holding one of its required texts (decision 0082)', () => {
  it('reads the texts one of which every match holds', () => {
    expect(requiredAlternatives('(?:said|says)')).toEqual(['said', 'says']);
    expect(requiredAlternatives('chaired|presided')).toEqual(['chaired', 'presided']);
    // An optional group holds nothing; of the groups left, the one whose shortest text is longest.
    expect(requiredAlternatives('(?:has |had )?(?:issued|adopted)')).toEqual(['issued', 'adopted']);
    expect(requiredAlternatives('(?:gave|made) (?:a )?(?:speech(?:es)?|remarks)')).toEqual([
      'speech',
      'remarks',
    ]);
    expect(requiredAlternatives('(?:also |too )?present')).toEqual(['present']);
    expect(requiredAlternatives('(?:chaired by|presided by)?ab')).toEqual(['ab']);
    expect(requiredAlternatives('(?:x|yz)*ab')).toEqual(['ab']);
    expect(requiredAlternatives('(?:x|yz){0,3}ab')).toEqual(['ab']);
    expect(requiredAlternatives('(?:abc|de)+y')).toEqual(['abc', 'de']);
    // A look-around, a class, an escape and a one-letter text hold nothing here.
    expect(requiredAlternatives('(?!abc)de')).toEqual(['de']);
    expect(requiredAlternatives('(?:a|bc) [a-z]+')).toBeNull();
    expect(requiredAlternatives('met\\s+with')).toEqual(['with']);
    expect(requiredAlternatives('(?:met|[a-z]+)')).toBeNull();
  });

  it('finds every cue hit the full search finds, on sentences written for this test', () => {
    const text = [
      'Chairing the session, Tran Van Dong opened the meeting.',
      'The committee issued Directive 05, and the city has adopted it.',
      'Participants included ministers. Others were guests of the city.',
      'Minister Tran Thi Binh gave a keynote speech; Le Van Cuong delivered opening remarks.',
      'The delegates spoke at the forum, he said, speaking from Ha Noi.',
      'Members of the provincial working delegation also included Nguyen Van An.',
      'The Vietnamese delegation comprised three ministers.',
      'They laid a wreath and offered incense; the leaders laid flowers.',
      'The Prime Minister received the outgoing Japanese ambassador and met with the visiting delegation.',
      'Studying and implementing the resolution, the cadres grasped the directive.',
      'The committee met to review the resolution and reviewed the implementation of the regulations.',
      'The minister met representatives of farmers, the unions signed a cooperation programme and the prosecutor read the indictment.',
      'The group received the Labour Order, among those honoured was a veteran, the minister took the floor, the leader presented flowers to them and the premier inspected the new airport project.',
      'Nothing in this sentence is a cue of any kind.',
    ].join(' ');
    const sentences: { start: number; end: number }[] = [];
    for (const m of text.matchAll(/[^.;]+[.;]/g))
      sentences.push({ start: m.index, end: m.index + m[0].length });
    const fullSearch = sentences.map((s) => {
      const lower = text.slice(s.start, s.end).toLowerCase();
      return RELATION_CUES.flatMap((cue) =>
        [...lower.matchAll(cue.pattern)].map((m) => `${cue.pattern.source}@${s.start + m.index}`),
      );
    });
    const found = cueHits({ text, article: { sentences } }, new Uint8Array(sentences.length)).map((hits) =>
      hits.map((h) => `${h.cue.pattern.source}@${h.start}`),
    );
    expect(found).toEqual(fullSearch);
    // Each cue read by its alternatives is met at least once here.
    for (const cue of RELATION_CUES.filter((c) => c.literal === null && c.anyOf !== null))
      expect(
        found.flat().some((h) => h.startsWith(`${cue.pattern.source}@`)),
        cue.pattern.source,
      ).toBe(true);
  });
});

describe("the event's common noun, read up to the first that is found (decision 0082)", () => {
  it('is the first lower-case event noun the full list of matches gives', () => {
    const fullList = (text: string) =>
      [...text.matchAll(new RegExp(EVENT_NOUN.source, 'gi'))].find((m) => /^\p{Ll}/u.test(m[0])) ?? null;
    for (const text of [
      'The Party Congress opened the conference and a seminar.',
      'The CONFERENCE, the Conference and then the meeting.',
      'No meeting noun in capitals: Congress, Plenum.',
      'Nothing at all here.',
      'a workshop; a working session; the ceremony',
    ]) {
      const full = fullList(text);
      const first = lowerNounIn(text, 7);
      expect(first && [first.match.index, first.match[0], first.sentence], text).toEqual(
        full && [full.index, full[0], 7],
      );
    }
  });

  it("is taken from the first attendee's sentence that has one, when the event's own sentence has none", () => {
    const e = extract(
      'Nguyen Van An chaired the Provincial Party Congress on May 3. Tran Thi Mai attended it. ' +
        'Le Van Son attended the workshop on farming. Pham Van Dong attended the seminar.',
    );
    expect(e.events.map((ev) => ev.name)).toEqual(['Workshop on farming']);
  });
});
