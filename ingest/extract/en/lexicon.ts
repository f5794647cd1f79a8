// The English recogniser's own lexicons (ingest/lexicon/en/*), loaded once. Every term the
// recogniser knows lives in those files or in the tables it shares with the Vietnamese recogniser
// and entity resolution (ingest/lexicon/shared/: provinces, body kinds, the bilingual names and
// document kinds), so a new post or body word is a one-line change.
import type { EventKind, RelationType } from '../../types.ts';
import { foldDiacritics, memoised } from '../../text/normalise.ts';
import { readLexicon, readPatterns } from '../../lexicon/shared/lexicon-file.ts';

/**
 * The rows of ingest/lexicon/en/<file>, read by the project's one lexicon reader; a row with fewer
 * than `minColumns` filled columns stops the load with the row quoted, so a broken edit shows at once.
 */
export function englishLexicon(file: string, minColumns: number): { cells: string[] }[] {
  return readLexicon(`../en/${file}`).map((cells) => {
    if (cells.length < minColumns || cells.slice(0, minColumns).some((c) => !c)) {
      throw new Error(
        `ingest/lexicon/en/${file}: expected at least ${minColumns} tab-separated columns, got ${JSON.stringify(cells.join('\t'))}`,
      );
    }
    return { cells };
  });
}

/** Lower case, diacritics folded, curly apostrophes straightened: the key words are compared by. */
export function wordKey(word: string): string {
  // Most English words are plain ASCII (space to "~"): no Unicode decomposition for them, and no
  // new string when they are already lower case. One pass of character codes instead of an
  // expression and toLowerCase on every word: tokenize asks it of every token, and it was a third
  // of tokenize (decision 0050).
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 32 || c > 126) return foldedWordKey(word);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}
/**
 * The key of a word beyond ASCII ("Lâm", "Committee’s"), remembered: tokenize asks for every
 * token's key, and the two Unicode normalisations of foldDiacritics were a quarter of it on
 * English articles, whose Vietnamese names and curly apostrophes recur.
 */
const foldedWordKey = memoised((word) => foldDiacritics(word).toLowerCase().replace(/[’‘]/g, "'"));

export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  englishLexicon('family-names.txt', 1).map((r) => wordKey(r.cells[0]!)),
);

/** Family names of East Asian officials, written first (foreign-family-names.tsv, decision 0094), as keys. */
export const FOREIGN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  englishLexicon('foreign-family-names.tsv', 2).map((r) => wordKey(r.cells[0]!)),
);

/** Honorifics and ranks as word sequences (keys), longest first. */
export const HONORIFICS: readonly string[][] = englishLexicon('honorifics.txt', 1)
  .map((r) => r.cells[0]!.split(/\s+/).map((w) => wordKey(w).replace(/\.$/, '')))
  .sort((a, b) => b.length - a.length);
/** Honorifics by their first word, longest first: a token tries only those that can start there. */
export const HONORIFICS_BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = HONORIFICS.reduce(
  (byWord, words) => byWord.set(words[0]!, [...(byWord.get(words[0]!) ?? []), words]),
  new Map<string, string[][]>(),
);

export interface PostEntry {
  /** The post's words as keys ("politburo", "member"). */
  words: string[];
  /** Role given, or null for "as written". */
  role: string | null;
  /** Body the post itself names ("Politburo"). */
  body: string | null;
  plural: boolean;
  needsOf: boolean;
  /** A minister's post, which names its ministry by portfolio ("Minister of Finance", "Foreign Minister"). */
  portfolio: boolean;
  /** A minister's post whose portfolio may follow "for", naming no body ("Minister for Europe and Foreign Affairs A"; decision 0119). */
  portfolioFor: boolean;
  /** Also a post in lower case before a name ("deputy prime minister A", "party chief B"). */
  lowerCase: boolean;
  /** An envoy's post, which may take "to <country>" before the name ("Ambassador to Japan A"). */
  toCountry: boolean;
  /** A member of a delegation takes part in its visit and holds no post in it ("a member of the delegation"; decision 0086). */
  participant: boolean;
  /** Written bare before a name, the post of the body the article named first ("Deputy Minister A" in a ministry's report; decision 0086). */
  bareArticleBody: boolean;
  /** Bare before a name, the post of the first Party Committee the article named (decision 0096). */
  bareParty: boolean;
  /** Takes the body of the next post of its run when joined by "and" ("Chairman and General Director of Viettel"; decision 0086). */
  sharesBody: boolean;
  /** The head of the mission an envoy's post names with its complement: "Consul General of X in Y" → "Consulate General of X in Y", when the article names it (decision 0135). */
  mission: string | null;
}

export const POSTS: readonly PostEntry[] = englishLexicon('posts.tsv', 2)
  .map(({ cells }) => {
    const flags = (cells[3] ?? '').split(',').map((f) => f.trim());
    return {
      words: cells[0]!.split(/\s+/).map(wordKey),
      role: cells[1] === '=' ? null : cells[1]!,
      body: cells[2] || null,
      plural: flags.includes('plural'),
      needsOf: flags.includes('needs-of'),
      portfolio: flags.includes('portfolio'),
      portfolioFor: flags.includes('portfolio-for'),
      lowerCase: flags.includes('lower-case'),
      toCountry: flags.includes('to-country'),
      participant: flags.includes('participant'),
      bareArticleBody: flags.includes('bare-article-body'),
      bareParty: flags.includes('bare-party-body'),
      sharesBody: flags.includes('shares-body'),
      mission: flags.find((f) => f.startsWith('mission:'))?.slice('mission:'.length) ?? null,
    };
  })
  .sort((a, b) => b.words.length - a.words.length);

/** Posts by their first word, so matching at a token tries only the posts that can start there. */
export const POSTS_BY_FIRST_WORD: ReadonlyMap<string, readonly PostEntry[]> = POSTS.reduce((byWord, post) => {
  byWord.set(post.words[0]!, [...(byWord.get(post.words[0]!) ?? []), post]);
  return byWord;
}, new Map<string, PostEntry[]>());

const BODY_WORD_CLASSES = [
  'head',
  'anaphor-modifier',
  'named-head',
  'venue',
  'remit-venue',
  'event',
  'place-adj',
  'place-noun',
  'generic',
  'anaphor',
  'stop',
  'inner-stop',
  'measure',
  'numbered-head',
  'abroad-head',
  'campus-head',
  'trailing-head',
  'company-head',
  'shared-head-start',
  'owner-head',
  'unit-tail',
  'owner-noun',
  'abbreviated-head',
  'service-before-venue',
  'seat-head',
  'seat-word',
  'named-place',
  'place-press-head',
] as const;
type BodyWordClass = (typeof BODY_WORD_CLASSES)[number];
const bodyWords = new Map<BodyWordClass, Set<string>>();
for (const { cells } of englishLexicon('body-words.tsv', 2)) {
  const cls = cells[1] as BodyWordClass;
  if (!BODY_WORD_CLASSES.includes(cls)) {
    throw new Error(
      `ingest/lexicon/en/body-words.tsv: unknown class ${JSON.stringify(cls)} for ${JSON.stringify(cells[0])}`,
    );
  }
  if (!bodyWords.has(cls)) bodyWords.set(cls, new Set());
  bodyWords.get(cls)!.add(wordKey(cells[0]!));
}
const wordsOf = (cls: BodyWordClass): ReadonlySet<string> => bodyWords.get(cls) ?? new Set();
export const BODY_HEADS = wordsOf('head');
export const VENUE_WORDS = wordsOf('venue');
export const EVENT_WORDS = wordsOf('event');
/** Venue words that head a body when "for" opens its remit right after them ("National Centre for Hydro-Meteorological Forecasting"; decision 0123). */
export const REMIT_VENUE_WORDS = wordsOf('remit-venue');
/** Words right before a venue word that make it a body's head ("Public Administration Service Centre"; decision 0127). */
export const SERVICE_BEFORE_VENUE = wordsOf('service-before-venue');
export const PLACE_ADJECTIVES = wordsOf('place-adj');
export const PLACE_NOUNS = wordsOf('place-noun');
/** Lower-case words after a person's name that make it a place named after the person ("the Kim Son historical site", "the Le Van Tam temple"; decision 0135). */
export const NAMED_PLACE_WORDS = wordsOf('named-place');
/** Heads only after a capitalised, non-generic word of the name's own ("Communist Party"; decision 0071). */
export const NAMED_HEADS = wordsOf('named-head');
export const GENERIC_BODY_WORDS = wordsOf('generic');
export const ANAPHORIC_BODY_NOUNS = wordsOf('anaphor');
/** Lower-case words before an anaphor that narrow it to the body whose name holds both ("the steering committee"; decision 0130). */
export const ANAPHOR_MODIFIERS = wordsOf('anaphor-modifier');
/** Lower-case nouns whose possessive owns the named body after it ("the military region's Political Department"; decision 0116). */
export const OWNER_NOUNS = wordsOf('owner-noun');
/** Capitalised words that never start a body name ("The", "May", "Mr", "Photo"). */
export const NAME_STOP_WORDS = wordsOf('stop');
/** Capitalised words that end a body name already begun ("Of", "And" in a title-case headline). */
export const INNER_STOP_WORDS = wordsOf('inner-stop');
/** Body acronyms that are also economic measures ("GDP"): bodies only before a post or once defined (decision 0076). */
export const MEASURE_ACRONYMS = wordsOf('measure');
/** Heads that name a body only with the number after them ("Military Region 4"; decision 0081). */
export const NUMBERED_HEADS = wordsOf('numbered-head');
/** Heads whose name may end in the place they sit abroad ("Embassy of Viet Nam in Japan"; decision 0081). */
export const ABROAD_HEADS = wordsOf('abroad-head');
/** Heads of a court or procuracy named by the city it sits in after "in" when a seat word stands in the name (decision 0127). */
export const SEAT_HEADS = wordsOf('seat-head');
/** Words of such a name: "High" ("the High People's Court in Ha Noi"; decision 0127). */
export const SEAT_WORDS = wordsOf('seat-word');
/** Heads whose name may take its campus city after a comma ("Vietnam National University, Hanoi"; decision 0081). */
export const CAMPUS_HEADS = wordsOf('campus-head');
/** Lower-case heads after a body's name, with "of <place>" after them ("National Assembly delegation of …"; decision 0086). */
export const TRAILING_HEADS = wordsOf('trailing-head');
/** Lower-case heads of a province's press right after the province's name ("the Nghe An newspaper"; decision 0135). */
export const PLACE_PRESS_HEADS = wordsOf('place-press-head');
/** Heads that end a company's name: "Kumho Tire and Sailun Group" names two companies (decision 0092). */
export const COMPANY_HEADS = wordsOf('company-head');
/** First words after which "and" joins one body's words before a company head ("Vietnam Oil and Gas Group"; 0092). */
export const SHARED_HEAD_STARTS = wordsOf('shared-head-start');
/** Heads of a body that also stands alone when it owns another by its possessive ("the Ministry of X's Department of Y"; 0092). */
export const OWNER_HEADS = wordsOf('owner-head');
/** Company heads written with their full stop, ", Ltd" after them kept in the name ("Co., Ltd"; decision 0127). */
export const ABBREVIATED_HEADS = wordsOf('abbreviated-head');
/** Head words a body's name may drop: "Military Region 7" is "Military Region 7 Command" (decision 0096). */
export const UNIT_TAILS = wordsOf('unit-tail');

/**
 * Places outside Viet Nam (places-abroad.txt: countries, capitals, partners' provinces), by the key
 * of the whole name: a capitalised name with no head noun in a body's slot is a body unless it is
 * one of these or a Vietnamese place (decision 0086).
 */
export const PLACES_ABROAD: ReadonlySet<string> = new Set(
  englishLexicon('places-abroad.txt', 1).map((r) => wordKey(r.cells[0]!)),
);
/** The first word of each place abroad: a name that starts with none of them is none of them. */
export const PLACES_ABROAD_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...PLACES_ABROAD].map((p) => p.split(' ')[0]!),
);

/** Where a cue's person stands; "speaker" is "before", counted only once the article has reported its meeting. */
export type CuePosition = 'after' | 'before' | 'any' | 'speaker';

export interface RelationCue {
  type: RelationType;
  pattern: RegExp;
  position: CuePosition | null;
  /** Text every match holds ("chaired by"), to skip an article without it; null when there is none. */
  literal: string | null;
  /**
   * Texts one of which every match holds: [literal] when the cue has one, else requiredAlternatives
   * ("said" or "says" for "(?:said|says)"), lower case; null when the cue can match without any.
   */
  anyOf: readonly string[] | null;
}

/**
 * The longest run of plain text every match of `cue` holds ("chaired by"; "present" in "(?:was|were)
 * (?:also )?present"), so an article without it cannot match; null when there is none of three
 * characters. Only text outside groups counts; a character made optional ("deploys?") or inside a
 * class or escape ends a run, and a "|" outside any group ("chaired|presided") gives null.
 */
export function requiredLiteral(cue: string): string | null {
  let best = '';
  let run = '';
  let depth = 0;
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < cue.length; i++) {
    const c = cue[i]!;
    if (c === '(' || c === ')') {
      if (depth === 0) endRun();
      depth += c === '(' ? 1 : -1;
    } else if (depth > 0) {
      if (c === '\\') i++;
      else if (c === '[') i = cue.indexOf(']', i + 1);
      if (i < 0) return null;
    } else if (c === '|') return null;
    else if (c === '?' || c === '*' || c === '{') {
      // The quantified character (or group, whose run has already ended) may be absent.
      run = run.slice(0, -1);
      endRun();
      if (c === '{') i = cue.indexOf('}', i + 1);
      if (i < 0) return null;
    } else if (c === '\\' || c === '[' || c === '.' || c === '+' || c === '^' || c === '$') {
      endRun();
      if (c === '\\') i++;
      else if (c === '[') i = cue.indexOf(']', i + 1);
      if (i < 0) return null;
    } else run += c;
  }
  endRun();
  return best.length >= 3 ? best : null;
}

/** The index of the ")" closing the group opened at `open`, or -1 (classes and escapes skipped). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
/** The index of the "]" closing the class opened at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > open + 1) return i;
  }
  return -1;
}
/** `source` cut at each "|" outside groups and classes; null when a group or class is not closed. */
function topLevelAlternatives(source: string): string[] | null {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = groupEnd(source, i);
    else if (c === '|') {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
    if (i < 0) return null;
  }
  parts.push(source.slice(from));
  return parts;
}
/** Whether the quantifier at `at` (if any) lets what it follows be absent: ?, *, {0…}. */
const mayBeAbsent = (source: string, at: number) =>
  source[at] === '?' || source[at] === '*' || (source[at] === '{' && source[at + 1] === '0');
/** The index after the quantifier at `at` (and its lazy "?"), or `at` when there is none. */
function afterQuantifier(source: string, at: number): number {
  let i = at;
  if (source[i] === '?' || source[i] === '*' || source[i] === '+') i++;
  else if (source[i] === '{') {
    const close = source.indexOf('}', i);
    if (close < 0) return -1;
    i = close + 1;
  } else return i;
  return source[i] === '?' ? i + 1 : i;
}
/** Of two sets of texts one of which must occur, the one a search passes over more often: longer shortest text, then fewer texts. */
function moreSelective(a: string[], b: string[] | null): boolean {
  if (b === null) return true;
  const shortest = (texts: string[]) => Math.min(...texts.map((t) => t.length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length < b.length);
}

/**
 * Texts of two or more characters one of which every match of the expression `source` holds, lower
 * case: what requiredLiteral finds, and beyond it a group every match passes through, as its
 * alternatives' own required texts ("said" or "says" for "(?:said|says)"; "speech", "remarks" …
 * for "(?:delivers|gave) (?:a )?(?:speech(?:es)?|remarks)"), and a "|" outside any group as the
 * texts of each side. Of several, the set whose shortest text is longest. A group made optional
 * (?, *, {0,…}), a look-around or a named group, a class, an escape and "." hold no text here;
 * null when nothing is held by every match (decision 0082: such a cue was run on every sentence).
 */
export function requiredAlternatives(source: string): string[] | null {
  const sides = topLevelAlternatives(source);
  if (sides === null) return null;
  if (sides.length > 1) {
    const all: string[] = [];
    for (const side of sides) {
      const texts = requiredAlternatives(side);
      if (texts === null) return null;
      for (const t of texts) if (!all.includes(t)) all.push(t);
    }
    return all;
  }
  let best: string[] | null = null;
  const consider = (texts: string[] | null) => {
    if (texts !== null && texts.every((t) => t.length >= 2) && moreSelective(texts, best)) best = texts;
  };
  let run = '';
  const endRun = () => {
    if (run.length >= 2) consider([run.toLowerCase()]);
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === '(') {
      endRun();
      const close = groupEnd(source, i);
      if (close < 0) return null;
      const inner = source.slice(i + 1, close);
      const next = afterQuantifier(source, close + 1);
      if (next < 0) return null;
      if (!mayBeAbsent(source, close + 1)) {
        if (inner.startsWith('?:')) consider(requiredAlternatives(inner.slice(2)));
        else if (!inner.startsWith('?')) consider(requiredAlternatives(inner));
      }
      i = next;
    } else if (c === '?' || c === '*' || c === '{') {
      // The quantified character may be absent (or repeat, for "{"): the run ends before it.
      if (c === '{' || c === '*' || c === '?') run = run.slice(0, -1);
      endRun();
      i = afterQuantifier(source, i);
      if (i < 0) return null;
    } else if (c === '+') {
      // At least once: the run holds it, and what follows may come after a repeat.
      endRun();
      i = afterQuantifier(source, i);
    } else if (c === '\\' || c === '[' || c === '.' || c === '^' || c === '$' || c === ')' || c === '|') {
      endRun();
      if (c === ')' || c === '|') return null;
      i = c === '\\' ? i + 2 : c === '[' ? classEnd(source, i) + 1 : i + 1;
      if (i <= 0) return null;
      // A quantifier after a class or an escape: nothing of them was in the run.
      if (i < source.length && '?*+{'.includes(source[i]!)) {
        i = afterQuantifier(source, i);
        if (i < 0) return null;
      }
    } else {
      run += c;
      i++;
    }
  }
  endRun();
  return best;
}

export const RELATION_CUES: readonly RelationCue[] = englishLexicon('relation-cues.tsv', 2).map(
  ({ cells }) => {
    const type = cells[0] as RelationType;
    if (!['CHAIRED', 'ATTENDED', 'IMPLEMENTS', 'ISSUED'].includes(type)) {
      throw new Error(
        `ingest/lexicon/en/relation-cues.tsv: relation ${JSON.stringify(type)} has no cues (cue ${JSON.stringify(cells[1])})`,
      );
    }
    const position = (cells[2] || null) as CuePosition | null;
    const literal = requiredLiteral(cells[1]!);
    return {
      type,
      pattern: new RegExp(`\\b${cells[1]}\\b`, 'g'),
      position,
      literal,
      anyOf: literal !== null ? [literal] : requiredAlternatives(cells[1]!),
    };
  },
);

/** The named patterns of ingest/lexicon/en/patterns.tsv, read by the one pattern reader. */
const PATTERNS = readPatterns(new URL('../../lexicon/en/patterns.tsv', import.meta.url));
/** A named pattern of patterns.tsv, compiled with `flags`; a missing name stops the load. */
export function pattern(name: string, flags: string): RegExp {
  const source = PATTERNS.get(name);
  if (source === undefined) throw new Error(`ingest/lexicon/en/patterns.tsv: no pattern named ${name}`);
  return new RegExp(source, flags);
}
export const HOLDING_VERB = pattern('holding-verb', 'i');
/** The title of a law after "Law on" ("the Law on Organisation of Local Government"), group 1 (decision 0127). */
export const LAW_TITLE = pattern('law-title', 'gu');
export const FORMER_RUN_BEFORE_POST = pattern('former-run-before-post', '');
export const REMAINS_BEFORE_POST = pattern('remains-before-post', '');
export const ACTING_BEFORE_POST = pattern('acting-before-post', '');
export const PASSIVE_ELECTED_BEFORE_POST = pattern('passive-elected-before-post', '');
export const ELECTED_AS_OWNER = pattern('elected-as-owner', '');
export const ENVOY_TO_HOST = pattern('envoy-to-host', 'u');
export const POST_IN_HOST = pattern('post-in-host', 'u');
export const ETHNIC_NAME_START = pattern('ethnic-name-start', 'u');
export const NAME_PARTICLE = pattern('name-particle', '');
export const NAME_SUFFIX = pattern('name-suffix', '');
export const PORTFOLIO_WORDS = pattern('portfolio-words', '');
export const APPOSITION_CLAUSE = pattern('apposition-clause', '');
export const COUNTERPART_BEFORE_NAME = pattern('counterpart-before-name', '');
export const NOT_AN_EVENT_MODIFIER = pattern('not-an-event-modifier', 'i');
export const ISSUED_BEFORE_DOCUMENT = pattern('issued-before-document', 'i');
export const ISSUER_AFTER_DOCUMENT = pattern('issuer-after-document', '');
/** "The plenum adopted Resolution …": the committee whose plenum it is issued it (decision 0127). */
export const PLENUM_BEFORE_DOCUMENT = pattern('plenum-before-document', 'i');
export const NOT_THE_EVENT_DATE = pattern('not-the-event-date', 'i');
export const DOCUMENT_LIST_TAIL = pattern('document-list-tail', 'u');
export const DOCUMENT_LIST_JOINER = pattern('document-list-joiner', 'u');
export const COMMEMORATED_BEFORE_NAME = pattern('commemorated-before-name', 'i');
/** "…, which replaced Regulation No. 105-QĐ/TW": not carried out (decision 0135). */
export const REPLACED_BEFORE_DOCUMENT = pattern('replaced-before-document', 'i');
/** "A asked the union to carry out …": group 1, the addressee, implements (decision 0135). */
export const ADDRESSEE_BEFORE_CUE = pattern('addressee-before-cue', 'u');
/** "Ha Tinh is carrying out …": group 1, a place, implements through its body (decision 0135). */
export const PLACE_SUBJECT_BEFORE_CUE = pattern('place-subject-before-cue', 'u');
/** "A, who defended B, said": the speaker is A (decision 0135). */
export const RELATIVE_CLAUSE_BEFORE_CUE = pattern('relative-clause-before-cue', '');
/** "A, who was not at the session", "A was absent": no attendee (decision 0135). */
export const ABSENT_AFTER_NAME = pattern('absent-after-name', '');
export const RECALLED_BEFORE_NAME = pattern('recalled-before-name', 'i');
/** "had given the nation many leaders, starting with President …": a figure of history named as a land's gift (decision 0135). */
export const FIGURES_GIVEN_BEFORE_NAME = pattern('figures-given-before-name', '');
/** What joins a second figure of history to the first ("… Ha Huy Tap and Le Hong Phong"; decision 0135). */
export const FIGURE_LIST_JOINER = pattern('figure-list-joiner', '');
export const RECALLED_THAT_BEFORE_NAME = pattern('recalled-that-before-name', 'i');
/** patterns.tsv concept-after-possessive: the word key after a possessive name that makes it a concept (decision 0114). */
export const CONCEPT_AFTER_POSSESSIVE = pattern('concept-after-possessive', '');
export const HISTORY_YEAR_AFTER_NAME = pattern('history-year-after-name', '');
export const PLACE_PREPOSITION_BEFORE_NAME = pattern('place-preposition-before-name', 'u');
export const ELECTED_BEFORE_NAME = pattern('elected-before-name', '');
export const GAPPED_ELECTED_BEFORE_NAME = pattern('gapped-elected-before-name', '');
export const GAPPED_ELECTION_VERB = pattern('gapped-election-verb', '');
export const LATE_BEFORE_NAME = pattern('late-before-name', 'i');
export const LATE_AFTER_NAME = pattern('late-after-name', 'i');
export const DOCUMENT_ANAPHOR = pattern('document-anaphor', 'gi');
export const ORGANISER_BY = pattern('organiser-by', 'i');
export const ORGANISER_REDUCED_PASSIVE = pattern('organiser-reduced-passive', 'i');
export const ORGANISER_JOINER = pattern('organiser-joiner', 'i');
export const ORGANISER_BARE_COMMA = pattern('organiser-bare-comma', 'i');
export const ORGANISER_OF_EVENT = pattern('organiser-of-event', 'i');
export const ORGANISER_OWNING_EVENT = pattern('organiser-owning-event', 'iu');
export const PRONOUN_SUBJECT = pattern('pronoun-subject', 'u');
export const WORKING_TRIP_SENTENCE = pattern('working-trip-sentence', 'i');
export const COMPANY_SLOT_BEFORE = pattern('company-slot-before', 'iu');

const EVENT_KIND_NAMES: readonly EventKind[] = [
  'conference',
  'session',
  'working-visit',
  'congress',
  'ceremony',
  'other',
];
/** Event noun (lower case) → the kind of event it names (event-nouns.tsv). */
export const EVENT_KINDS: ReadonlyMap<string, EventKind> = new Map(
  englishLexicon('event-nouns.tsv', 2).map(({ cells }) => {
    if (!EVENT_KIND_NAMES.includes(cells[1] as EventKind))
      throw new Error(`ingest/lexicon/en/event-nouns.tsv: unknown event kind ${JSON.stringify(cells[1])}`);
    return [cells[0]!.toLowerCase(), cells[1] as EventKind];
  }),
);
/**
 * Event phrase (lower case) → the name it gives the event where the phrase is a verb's rather than a
 * noun's ("worked with" → "Working session", "met voters" → "Meeting with voters"): the third column
 * of event-nouns.tsv (decision 0081).
 */
export const EVENT_NAMES: ReadonlyMap<string, string> = new Map(
  englishLexicon('event-nouns.tsv', 2)
    .filter(({ cells }) => cells[2])
    .map(({ cells }) => [cells[0]!.toLowerCase(), cells[2]!]),
);
/** Any event noun as a whole word, the longest first ("working session" before "session"); group 1 is the noun. */
export const EVENT_NOUN = new RegExp(
  `\\b(${[...EVENT_KINDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'i',
);
