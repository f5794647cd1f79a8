// The shortcuts of decision 0039 (English extraction speed) give what the slow forms they replace
// give: the token scanner against its specification TOKEN, the sentences a cue's literal is looked
// for in against every sentence that holds it, the words before an event noun against the
// expression run on the whole text. Texts are our own, plus seeded random strings over an
// alphabet of the characters each rule turns on.
import { describe, expect, it } from 'vitest';
import { ALL_UPPER, isAllUpper, TOKEN, tokenize } from '../../ingest/extract/en/tokens.ts';
import {
  BODY_HEADS,
  HONORIFICS_BY_FIRST_WORD,
  PLACE_ADJECTIVES,
  POSTS,
  POSTS_BY_FIRST_WORD,
  wordKey,
} from '../../ingest/extract/en/lexicon.ts';
import { honorificAt, startsNoPhrase, type PhraseContext } from '../../ingest/extract/en/phrase-words.ts';
import { readPost } from '../../ingest/extract/en/post-phrase.ts';
import { readBody } from '../../ingest/extract/en/body-phrase.ts';
import { foldDiacritics } from '../../ingest/text/normalise.ts';
import {
  cueHits,
  findLiterals,
  literalIndex,
  sentencesHolding,
} from '../../ingest/extract/en/components/participation.ts';
import { WORDS_BEFORE_END, wordsBefore } from '../../ingest/extract/en/components/events.ts';
import nlp from 'compromise';
import {
  endsInNonFinalAbbreviation,
  isSentenceByItsEnd,
  mayHoldNumeralFullStop,
  NON_FINAL_ABBREVIATION,
  NUMERAL_FULL_STOP,
  splitterWorld,
} from '../../ingest/extract/en/segment.ts';
import { randomText } from '../support/random-text.ts';

const TRICKY = [
  'a',
  'B',
  'z',
  'Đ',
  'â',
  'ơ',
  '\u0302',
  '\u0301',
  's',
  't',
  'h',
  'n',
  'd',
  'r',
  '1',
  '9',
  '0',
  '-',
  "'",
  '’',
  '‘',
  '.',
  ',',
  '_',
  ' ',
  '\u00a0',
  '\n',
  '\t',
  '(',
  ')',
  '“',
  '/',
  '😀',
  '\u2009',
  'İ',
];

function specTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => `${m.index}:${m[0]}`);
}
function scannedTokens(text: string): string[] {
  return tokenize(text, [{ start: 0, end: text.length }]).map((t) => `${t.start}:${t.text}`);
}

describe('English token scanner', () => {
  it('reads what TOKEN matches on sentences of our own', () => {
    const samples = [
      "The Party Central Committee’s Secretariat met on the 21st; Enterprises' output rose 1,250.5 tonnes.",
      'Tô Lâm, 67, chaired the 3-day meeting with COVID19 experts and the Hanoi People’s Committee (PPC).',
      "Nguyễn Văn A's report (2024-2025) lists 12th-grade schools, a 5th-generation network and it's done.",
      'Decision No. 05-CT/TW, 57/2024/QH15 — “the country’s” rock’n’roll … 😀 end’s',
    ];
    for (const text of samples) expect(scannedTokens(text)).toEqual(specTokens(text));
  });

  it('reads what TOKEN matches on 400 random strings of letters, marks, digits and marks of punctuation', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, TRICKY, 60);
      expect(scannedTokens(text), JSON.stringify(text)).toEqual(specTokens(text));
    }
  });

  it('gives each token its sentence, and -1 between sentences', () => {
    const text = 'First one.  Second one. Third';
    const sentences = [
      { start: 0, end: 10 },
      { start: 12, end: 23 },
    ];
    expect(tokenize(text, sentences).map((t) => `${t.text}:${t.sentence}`)).toEqual([
      'First:0',
      'one:0',
      '.:0',
      'Second:1',
      'one:1',
      '.:1',
      'Third:-1',
    ]);
  });
});

describe('sentences that may hold a relation cue', () => {
  const text =
    'the meeting was chaired by a. it was chaired by b and chaired by c. nothing here. chai red by. chaired by';
  const sentences = [
    { start: 0, end: 28 },
    { start: 29, end: 66 },
    { start: 67, end: 80 },
    { start: 81, end: 93 },
  ];
  const holding = (literal: string) =>
    sentences.flatMap((s, i) => (text.slice(s.start, s.end).includes(literal) ? [i] : []));

  it('are the sentences holding the literal, each once, in order', () => {
    const literals = ['chaired by', ' by', 'a.', 'nothing', 'absent', 'red by. ch'];
    const index = literalIndex(literals);
    const positions = findLiterals(text, index);
    literals.forEach((literal, n) =>
      expect(sentencesHolding(positions[index.literalOf[n]!]!, literal.length, sentences), literal).toEqual(
        holding(literal),
      ),
    );
  });
});

describe('literals found in one pass', () => {
  /** Every position of a literal, as repeated indexOf finds them (overlapping ones too). */
  const indexOfAll = (text: string, literal: string) => {
    const out: number[] = [];
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) out.push(at);
    return out;
  };

  it('are where indexOf finds each literal, on 400 random strings, shared and overlapping literals too', () => {
    const literals = ['ab', 'aba', 'ba', 'b a', 'ab', 'đâ', 'â ', ' ab', 'aaa', null];
    const index = literalIndex(literals);
    expect(index.literals).toHaveLength(8); // "ab" once, no literal for null
    expect(index.literalOf.at(-1)).toBe(-1);
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, ['a', 'b', ' ', 'đ', 'â', '.'], 80);
      const found = findLiterals(text, index);
      literals.forEach((literal, n) => {
        if (literal !== null) expect(found[index.literalOf[n]!], literal).toEqual(indexOfAll(text, literal));
      });
    }
  });

  it('refuses a literal of one character, which the index by character pairs cannot hold', () => {
    expect(() => literalIndex(['x'])).toThrow(/shorter than two/);
  });
});

describe('words before an event noun', () => {
  it('are what the expression finds on the whole text before the noun', () => {
    const long = `${'x'.repeat(150)} national ${'y'.repeat(170)} provincial teleconference`;
    const texts = [
      'The national online teleconference',
      'Held on Monday, the annual review conference',
      `${'word '.repeat(80)}a national teleconference`,
      long,
      `${'z'.repeat(300)} conference`,
    ];
    for (const text of texts) {
      const nounAt = text.lastIndexOf(' ') + 1;
      expect(wordsBefore(text, nounAt), text.slice(-60)).toBe(
        WORDS_BEFORE_END.exec(text.slice(0, nounAt))![0],
      );
    }
  });
});

// Decision 0050: the sentence splitter's per-piece predicate and two end-of-sentence tests read from
// the end; compromise's own predicate and the whole-string expressions are their specification.
const compromiseWorld = nlp.world() as unknown as {
  methods: {
    one: {
      tokenize: {
        isSentence(piece: string, abbreviations: object): boolean;
        splitSentences(text: string, world: unknown): string[];
      };
    };
  };
  model: { one: { abbreviations: Record<string, unknown> } };
};
const { isSentence, splitSentences } = compromiseWorld.methods.one.tokenize;
const abbreviations = compromiseWorld.model.one.abbreviations;
/** Pieces the splitter turns on: stops, initials, abbreviations (compromise's and ours), quotes. */
const SENTENCE_PIECES = [
  ' ',
  ' ',
  '.',
  '.',
  '…',
  '!',
  '?',
  '\n',
  'A',
  'W',
  'b',
  'z',
  'é',
  '1',
  '"',
  '“',
  '”',
  '(',
  ')',
  'Mr',
  'Gen',
  'Sept',
  'No',
  'Lt',
  'etc',
  'jan',
  'vs',
  'U',
  'S',
  'Committee',
  'said',
  'Nam',
];
const randomPieces = (seed: number) =>
  randomText(seed, SENTENCE_PIECES, 1 + (seed % 23)) + (seed % 3 === 0 ? '. ' : '');

describe('English sentence splitter', () => {
  it("asks of each piece what compromise's isSentence answers, on fixed and 2,000 random pieces", () => {
    const fixed = [
      'W. ',
      'Mr. ',
      'Gen.',
      'U.S. ',
      'a.',
      'He left...',
      'It ended…  ',
      'x A. ',
      'No. 18',
      '? ',
      '. ',
    ];
    const pieces = [...fixed, ...Array.from({ length: 2000 }, (_, seed) => randomPieces(seed + 1))];
    for (const piece of pieces)
      expect(isSentenceByItsEnd(piece, abbreviations), JSON.stringify(piece)).toBe(
        isSentence(piece, abbreviations),
      );
  });

  it("splits as compromise's own splitter does, on sentences of our own and 400 random texts", () => {
    const texts = [
      'Gen. Phan Van Giang met Mr. Lloyd Austin in Hanoi. They spoke for an hour.',
      'Resolution No. 18-NQ/TW was issued in Oct. 2017. The U.S. delegation left on Sept. 5.',
      'He said "we will go. Now." and left. (See the plan. It is long.) Done...',
      'Prime Minister Pham Minh Chinh chaired the meeting! Was it useful? Yes.\nA new line.',
      ...Array.from({ length: 400 }, (_, seed) => randomText(seed + 7, SENTENCE_PIECES, 40 + (seed % 60))),
    ];
    for (const text of texts)
      expect(splitSentences(text, splitterWorld), JSON.stringify(text)).toEqual(
        splitSentences(text, compromiseWorld),
      );
  });

  it('finds a non-final abbreviation at the end of a sentence where the expression finds it on the whole', () => {
    const pieces = ['N', 'o', 'S', 'e', 'p', 't', 'M', 'r', 's', 'Sept', 'No', 'Mr', '.', ' ', 'x', '1', 'é'];
    for (let seed = 1; seed <= 2000; seed++) {
      const sentence = randomText(seed, pieces, 1 + (seed % 15));
      expect(endsInNonFinalAbbreviation(sentence), sentence).toBe(NON_FINAL_ABBREVIATION.test(sentence));
    }
    expect(endsInNonFinalAbbreviation('Resolution No.')).toBe(true);
    expect(endsInNonFinalAbbreviation('in Sept.')).toBe(true);
    expect(endsInNonFinalAbbreviation('XSept.')).toBe(false);
  });

  it('looks for Roman numerals before a full stop in every text that holds one', () => {
    const pieces = [' I', ' V', ' X', 'I', 'V', 'X', '.', '. ', ' ', 'T', 'h', '"', '1', '\n', 'Q'];
    let holding = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, pieces, 4 + (seed % 20));
      NUMERAL_FULL_STOP.lastIndex = 0;
      if (NUMERAL_FULL_STOP.test(text)) {
        holding++;
        expect(mayHoldNumeralFullStop(text), text).toBe(true);
      }
    }
    NUMERAL_FULL_STOP.lastIndex = 0;
    expect(holding).toBeGreaterThan(20);
    expect(mayHoldNumeralFullStop('The committee met on Monday.')).toBe(false);
  });
});

describe('word keys and acronyms by character codes', () => {
  /** wordKey as it was written before decision 0050: an expression, then toLowerCase or the fold. */
  const expressionKey = (word: string) =>
    /[^ -~]/.test(word) ? foldDiacritics(word).toLowerCase().replace(/[’‘]/g, "'") : word.toLowerCase();
  const letters = [
    'a',
    'B',
    'z',
    'Z',
    'Đ',
    'đ',
    'â',
    'Ơ',
    '\u0301',
    '’',
    "'",
    '-',
    '1',
    '~',
    ' ',
    '\t',
    'İ',
    'É',
  ];

  it('give the key the expression and toLowerCase give, on fixed and 2,000 random words', () => {
    const fixed = ['committee', 'Committee', 'PPC', 'Lâm', 'Committee’s', 'Nguyễn', 'x~', '', 'a\tb'];
    const words = [
      ...fixed,
      ...Array.from({ length: 2000 }, (_, seed) => randomText(seed + 3, letters, 1 + (seed % 9))),
    ];
    for (const word of words) expect(wordKey(word), JSON.stringify(word)).toBe(expressionKey(word));
  });

  it('read a word as all upper case where ALL_UPPER does, on fixed and 2,000 random words', () => {
    const fixed = ['PPC', 'GDP', 'ĐCS', 'Ppc', 'P1', 'ÉU', '', 'UBND’'];
    const words = [
      ...fixed,
      ...Array.from({ length: 2000 }, (_, seed) => randomText(seed + 5, letters, 1 + (seed % 6))),
    ];
    for (const word of words) expect(isAllUpper(word), JSON.stringify(word)).toBe(ALL_UPPER.test(word));
  });
});

describe('tokens that start no phrase (decision 0059)', () => {
  // Words of every kind the phrase readers turn on, in lower and upper case: the first words of
  // posts and honorifics, place adjectives, body heads, the words before a post, stop words.
  const lexiconWords = [
    ...[...POSTS_BY_FIRST_WORD.keys()].slice(0, 40),
    ...[...HONORIFICS_BY_FIRST_WORD.keys()].slice(0, 20),
    ...[...PLACE_ADJECTIVES].slice(0, 10),
    ...[...BODY_HEADS].slice(0, 20),
    ...POSTS.slice(0, 30).flatMap((p) => p.words),
  ];
  const words = [
    ...lexiconWords,
    ...lexiconWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
    'former',
    'Former',
    'ex',
    'a',
    'an',
    'A',
    'born',
    'in',
    'of',
    'the',
    'The',
    'and',
    'for',
    'on',
    'said',
    'Hanoi',
    'Lâm',
    'PPC',
    'Party’s',
    'Committee’s',
    '1960',
    '21st',
    ',',
    '.',
    '(',
    ')',
    '-',
  ];
  const randomWords = (seed: number, n: number) => {
    let state = seed;
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      out.push(words[state % words.length]!);
    }
    return out.join(' ');
  };

  it('have no post, body, honorific or "born in" starting at them, on 200 random texts of lexicon words', () => {
    let skipped = 0;
    let kept = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomWords(seed, 40);
      const tokens = tokenize(text, [{ start: 0, end: text.length }]);
      const ctx: PhraseContext = {
        tokens,
        text,
        // a name starts at every tenth token, so the readers' name tests run too
        nameStarts: new Set(tokens.map((_, i) => i).filter((i) => i % 10 === 3)),
        blocked: () => false,
        acronyms: new Set(['PPC']),
        portfolioHeads: null,
        lastBodyRead: null,
      };
      tokens.forEach((t, i) => {
        if (!startsNoPhrase(t)) {
          kept++;
          return;
        }
        skipped++;
        const at = `${JSON.stringify(text)} at ${i} (${t.text})`;
        expect(readPost(ctx, i), at).toBeNull();
        expect(readBody(ctx, i), at).toBeNull();
        expect(honorificAt(tokens, i, ctx.nameStarts), at).toBe(0);
        expect(t.key, at).not.toBe('born');
      });
    }
    // both answers occur often, so the test reads both ways
    expect(skipped).toBeGreaterThan(800);
    expect(kept).toBeGreaterThan(800);
  });

  it('include punctuation and common lower-case words, not capitalised words, numbers or first words', () => {
    // "ministry" in lower case starts nothing on its own: readPost reads it as an anaphor after "of".
    const text = 'the former Secretary said, born 1960 in the provincial Party Committee of a ministry';
    const tokens = tokenize(text, [{ start: 0, end: text.length }]);
    expect(tokens.filter(startsNoPhrase).map((t) => t.text)).toEqual([
      'the',
      'said',
      ',',
      'in',
      'the',
      'of',
      'ministry',
    ]);
  });
});

describe('relation cues in sentences that name no person (decision 0059)', () => {
  const pieces = [
    'chaired by',
    'attended',
    'the conference',
    'implementing',
    'delivered an implementation report',
    'deployed',
    'issued',
    'was elected',
    'under Resolution 57',
    'led the working delegation',
    'carried out',
    'in the spirit of',
    'said',
    'and',
    // short sentences, so that many hold person cues alone
    '.',
    '.',
    '.',
  ];
  const cueText = (seed: number) => {
    let state = seed;
    const out: string[] = [];
    for (let i = 0; i < 30; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      out.push(pieces[state % pieces.length]!);
    }
    return out.join(' ');
  };
  /** Sentences ending at each full stop. */
  const sentencesOf = (text: string) => {
    const sentences: { start: number; end: number }[] = [];
    let start = 0;
    for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
      sentences.push({ start, end: at + 1 });
      start = at + 2;
    }
    if (start < text.length) sentences.push({ start, end: text.length });
    return sentences;
  };
  const isPersonCue = (type: string) => type === 'CHAIRED' || type === 'ATTENDED';

  it('are searched in full where another cue is, and for no CHAIRED or ATTENDED cue elsewhere, on 100 random texts', () => {
    let gatedAway = 0;
    let keptForShadowing = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const text = cueText(seed);
      const doc = { text, article: { sentences: sentencesOf(text) } };
      const every = cueHits(doc, new Uint8Array(doc.article.sentences.length));
      // every other sentence names no person
      const personless = new Uint8Array(doc.article.sentences.length).map((_, s) => s % 2);
      const gated = cueHits(doc, personless);
      every.forEach((hits, s) => {
        const other = hits.some((h) => !isPersonCue(h.cue.type));
        if (personless[s] === 0 || other) {
          expect(gated[s], `${JSON.stringify(text)} sentence ${s}`).toEqual(hits);
          if (personless[s] === 1 && hits.some((h) => isPersonCue(h.cue.type))) keptForShadowing++;
        } else {
          expect(gated[s]).toEqual([]);
          if (hits.length > 0) gatedAway++;
        }
      });
    }
    expect(gatedAway).toBeGreaterThan(10);
    expect(keptForShadowing).toBeGreaterThan(10);
  });

  it('keep the longer ATTENDED cue that shadows an implementing one', () => {
    const text = 'The committee delivered an implementation report.';
    const doc = { text, article: { sentences: [{ start: 0, end: text.length }] } };
    const hits = cueHits(doc, Uint8Array.of(1))[0]!;
    expect(hits.map((h) => `${h.cue.type}:${text.slice(h.start, h.end)}`)).toEqual([
      'ATTENDED:delivered an implementation report',
      'IMPLEMENTS:implementation',
    ]);
  });
});
