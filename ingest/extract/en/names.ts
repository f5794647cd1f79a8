// Person names and credits in English reports of Vietnamese politics.
//
// A name is 2–4 capitalised words, each a well-formed Vietnamese syllable once diacritics are
// folded ("Pham Minh Chinh", "Nguyễn Thị Kim Chi"), the first a Vietnamese family name
// (ingest/lexicon/en/family-names.txt). The syllable test keeps English words out ("Party",
// "Secretary" are not syllables); a following capitalised word means the words belong to a
// longer proper name ("Ho Chi Minh City", "… National Academy"); place names are not people.
// Names of historical figures inside a named concept ("President Ho Chi Minh’s thought") or being
// commemorated ("the birth anniversary of President Ho Chi Minh") are recognised by that
// construction, not by a list of names.
import { findPlace } from '../../lexicon/shared/provinces.ts';
import {
  COMMEMORATED_BEFORE_NAME,
  CONCEPT_AFTER_POSSESSIVE,
  ELECTED_BEFORE_NAME,
  GAPPED_ELECTED_BEFORE_NAME,
  GAPPED_ELECTION_VERB,
  ETHNIC_NAME_START,
  FAMILY_NAMES,
  FIGURE_LIST_JOINER,
  FIGURES_GIVEN_BEFORE_NAME,
  HISTORY_YEAR_AFTER_NAME,
  LATE_AFTER_NAME,
  LATE_BEFORE_NAME,
  NAMED_PLACE_WORDS,
  PLACE_NOUNS,
  PLACE_PREPOSITION_BEFORE_NAME,
  POSTS_BY_FIRST_WORD,
  RECALLED_BEFORE_NAME,
  RECALLED_THAT_BEFORE_NAME,
} from './lexicon.ts';
import { wordEnd, type Token } from './tokens.ts';
import { unnamed } from '../../base/unnamed.ts';
import { matchesOf } from '../../base/matches.ts';
import { readLexiconRows, readPatterns } from '../../lexicon/shared/lexicon-file.ts';

const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?[aeiouy]{1,3}(?:ch|ng|nh|c|m|n|p|t)?$/;
const MAX_NAME_WORDS = 4;

export const PLACE_TAIL: ReadonlySet<string> = new Set([
  ...PLACE_NOUNS,
  'street',
  'road',
  'ward',
  'commune',
  'town',
  'square',
  'bridge',
  'airport',
  // the special administrative zones of 2025: "Hoang Sa special zone", "Ly Son special zone" (decision 0052)
  'special',
  // places, relics and schools named after a person: "the Kim Son historical site" (body-words.tsv named-place, 0135)
  ...NAMED_PLACE_WORDS,
]);

export interface NameSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Not a living actor: followed by a concept noun ("… Ho Chi Minh’s thought"), commemorated, or "the late …". */
  conceptual: boolean;
  /** For a given name alone ("Cuong said"): the full name it stands for. */
  refersTo?: string;
}

const isNameWord = (t: Token | undefined): t is Token =>
  !!t && t.kind === 'word' && t.cap && !t.acronym && SYLLABLE.test(t.key) && !t.text.includes('-');

/** A capitalised word that is a well-formed Vietnamese syllable once folded ("Cuong", not "Sugiono"). */
export const isVietnameseNameWord = (t: Token): boolean => isNameWord(t);

/** Token i ends a province's name begun by the capitalised word right before it ("Quang Ninh", "Bac Ninh"). */
function endsPlace(tokens: Token[], text: string, i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word' || !before.cap || before.sentence !== tokens[i]!.sentence)
    return false;
  if (text.slice(before.end, tokens[i]!.start) !== ' ') return false;
  return !!findPlace(text.slice(before.start, tokens[i]!.end));
}

const ETHNIC_NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const MAX_ETHNIC_NAME_WORDS = 5;

/**
 * A name of the Central Highlands' peoples at token i ("Y Thanh Ha Nie Kdam", "H'Ma Phu"): its first
 * word by ethnic-name-start, then capitalised words of letters, ending where the capitalised run ends
 * (decision 0076). Null when the run is too short, runs on past five words, or ends before a place noun.
 */
function ethnicNameAt(
  tokens: Token[],
  text: string,
  i: number,
  blocked: (i: number) => boolean,
): NameSpan | null {
  const first = tokens[i]!;
  if (!ETHNIC_NAME_START.test(first.text)) return null;
  let last = i;
  while (
    last - i + 1 < MAX_ETHNIC_NAME_WORDS &&
    !tokens[last]!.possessive &&
    tokens[last + 1]?.kind === 'word' &&
    tokens[last + 1]!.sentence === first.sentence &&
    ETHNIC_NAME_WORD.test(tokens[last + 1]!.text.replace(/[’']s$/, '')) &&
    !blocked(last + 1) &&
    text.slice(tokens[last]!.end, tokens[last + 1]!.start) === ' '
  )
    last++;
  if (last - i < (first.text === 'Y' ? 2 : 1)) return null;
  const lastToken = tokens[last]!;
  const next = tokens[last + 1];
  const adjacent = next && text.slice(lastToken.end, next.start) === ' ' && next.sentence === first.sentence;
  if (!lastToken.possessive && adjacent && next.kind === 'word' && (next.cap || PLACE_TAIL.has(next.key)))
    return null;
  const end = wordEnd(lastToken);
  return { first: i, last, start: first.start, end, text: text.slice(first.start, end), conceptual: false };
}

/**
 * A name given the post written right after it: "elected A Chairwoman of …" (decision 0109), and the
 * second name of a gapped election, "A was named Chairwoman of X, and B Chairman of Y" (decision 0119;
 * the verb is looked for only after ", and" is found).
 */
function electedBeforeName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  if (ELECTED_BEFORE_NAME.test(before)) return true;
  return (
    GAPPED_ELECTED_BEFORE_NAME.test(before) &&
    GAPPED_ELECTION_VERB.test(text.slice(Math.max(0, start - 200), start))
  );
}

/** Person names among the tokens, skipping the tokens `blocked` marks (credits, documents). */
export function findNames(tokens: Token[], text: string, blocked: (i: number) => boolean): NameSpan[] {
  const names: NameSpan[] = [];
  // The last figure of history read by figures-given-before-name or its list (decision 0135).
  let lastFigure: NameSpan | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    // ethnic-name-start is "Y" alone or "H" and an apostrophe: other words are not asked (nearly all).
    const c0 = first.text.charCodeAt(0);
    const c1 = first.text.charCodeAt(1);
    if (
      ((c0 === 89 && first.text.length === 1) || (c0 === 72 && (c1 === 39 || c1 === 0x2019))) &&
      !blocked(i)
    ) {
      const ethnic = ethnicNameAt(tokens, text, i, blocked);
      if (ethnic) {
        names.push(ethnic);
        i = ethnic.last;
        continue;
      }
    }
    // The cheap tests first (a capitalised word whose key is a family name), the syllable
    // expression and the blocked spans only then: each test is pure, so the order changes no answer.
    if (first.kind !== 'word' || !first.cap || first.possessive || !FAMILY_NAMES.has(first.key)) continue;
    // A Jarai family name spelled outside Vietnamese syllables ("Rah Lan Chung", "Ksor Phuoc Ha"):
    // read as the Central Highlands' names are (ethnic-name-start, decision 0094).
    const syllable = isNameWord(first);
    if (!syllable && ETHNIC_NAME_START.test(tokens[i]!.text) && !blocked(i)) {
      const ethnic = ethnicNameAt(tokens, text, i, blocked);
      if (ethnic) {
        names.push(ethnic);
        i = ethnic.last;
      }
      continue;
    }
    if (!syllable || blocked(i)) continue;
    // "Party chief of Quang Ninh Vu Dai Thang": a family name that ends a province's name with the
    // word before it ("Ninh" of "Quang Ninh") starts no person; the name begins after it (decision 0071).
    if (endsPlace(tokens, text, i)) continue;
    let last = i;
    while (
      last - i + 1 < MAX_NAME_WORDS &&
      !tokens[last]!.possessive &&
      isNameWord(tokens[last + 1]) &&
      tokens[last + 1]!.sentence === first.sentence &&
      !blocked(last + 1) &&
      /^\s*$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))
    ) {
      last++;
    }
    if (last === i) continue;
    const lastToken = tokens[last]!;
    const next = tokens[last + 1];
    const adjacent =
      next && /^ ?$/.test(text.slice(lastToken.end, next.start)) && next.sentence === first.sentence;
    if (
      !lastToken.possessive &&
      adjacent &&
      next.kind === 'word' &&
      next.cap &&
      // "elected Pham Thi Dung Chairwoman of …": the name ends where the post it is given begins (0109)
      !(POSTS_BY_FIRST_WORD.has(next.key) && electedBeforeName(text, first.start))
    )
      continue; // part of a longer proper name
    if (!lastToken.possessive && adjacent && next.kind === 'word' && PLACE_TAIL.has(next.key)) continue;
    const end = wordEnd(lastToken);
    const nameText = text.slice(first.start, end);
    if (findPlace(nameText)) continue;
    const textBefore = text.slice(Math.max(0, first.start - 80), first.start);
    // "opened in Ha Long on Wednesday": a town, not a person (decision 0076).
    if (
      !lastToken.possessive &&
      textBefore.charCodeAt(textBefore.length - 2) === 110 && // the "n" of the pattern's "in" and one space
      PLACE_PREPOSITION_BEFORE_NAME.test(textBefore.slice(-4))
    )
      continue;
    // Figures of history a land gave the nation ("given the country many leaders, starting with President
    // A"), and the next of their list ("… A and B"); decision 0135.
    const figure =
      FIGURES_GIVEN_BEFORE_NAME.test(text.slice(Math.max(0, first.start - 160), first.start)) ||
      (!!lastFigure &&
        lastFigure === names.at(-1) &&
        tokens[lastFigure.first]!.sentence === first.sentence &&
        FIGURE_LIST_JOINER.test(text.slice(lastFigure.end, first.start)));
    const conceptual =
      figure ||
      (lastToken.possessive && !!next && CONCEPT_AFTER_POSSESSIVE.test(next.key)) ||
      COMMEMORATED_BEFORE_NAME.test(textBefore) ||
      // a figure of history recalled (decision 0071); its literal first, as most names have none
      (textBefore.includes('ecall') &&
        (RECALLED_BEFORE_NAME.test(textBefore) ||
          // the year after the name (decision 0076): "recalling that President A visited … in 1959"
          (RECALLED_THAT_BEFORE_NAME.test(textBefore) &&
            HISTORY_YEAR_AFTER_NAME.test(text.slice(end, end + 120))))) ||
      // the late (decision 0057): "the late General Secretary A", "A, the late general secretary,"
      LATE_BEFORE_NAME.test(textBefore) ||
      LATE_AFTER_NAME.test(text.slice(end, end + 20));
    const span = { first: i, last, start: first.start, end, text: nameText, conceptual };
    names.push(span);
    if (figure) lastFigure = span;
    i = last;
  }
  return names;
}

/**
 * English reports name a Vietnamese official in full once, then by the given name, the last
 * syllable ("Luong Cuong … Cuong said"). A capitalised word standing alone (no capitalised
 * neighbour, so not "Lang Son" or "Hai Phong") that is the given name of exactly one person
 * named in full in the article refers to that person.
 */
export function findGivenNameMentions(
  tokens: Token[],
  text: string,
  names: NameSpan[],
  blocked: (i: number) => boolean,
): NameSpan[] {
  const byGiven = new Map<string, Set<string>>();
  const fullText = new Map<string, string>();
  for (const n of names) {
    const given = tokens[n.last]!.key;
    if (!byGiven.has(given)) byGiven.set(given, new Set());
    byGiven.get(given)!.add(n.text);
    fullText.set(given, n.text);
  }
  // The tokens of the names written in full, one flag each (a Set of indexes was asked at every token).
  const inFull = new Uint8Array(tokens.length);
  for (const n of names) inFull.fill(1, n.first, n.last + 1);
  const found: NameSpan[] = [];
  const capitalised = unnamed(
    (t: Token | undefined, sentence: number) => !!t && t.sentence === sentence && t.kind === 'word' && t.cap,
  );
  tokens.forEach((t, i) => {
    // The token's own fields and the given-name look-up first: most tokens leave here (pure tests,
    // so their order changes no answer).
    if (t.kind !== 'word' || !t.cap || t.acronym) return;
    const people = byGiven.get(t.key);
    if (!people || inFull[i] === 1 || blocked(i)) return;
    // Two persons share the given name ("Mai Văn Chính" … "Phạm Minh Chính"): it refers to the one
    // named in full nearest before it, as a reader takes it ("Dũng and Chính then took the oath");
    // before any of them it refers to no one (decision 0057).
    const refersTo =
      people.size === 1
        ? fullText.get(t.key)!
        : names.filter((n) => n.last < i && tokens[n.last]!.key === t.key).at(-1)?.text;
    if (refersTo === undefined) return;
    const prev = tokens[i - 1];
    const honorific = !!prev && ['mr', 'ms', 'mrs', 'madam'].includes(prev.key);
    const prevIsDot = prev?.text === '.' && ['mr', 'ms', 'mrs'].includes(tokens[i - 2]?.key ?? '');
    if (capitalised(prev, t.sentence) && !honorific) return;
    if (!t.possessive && capitalised(tokens[i + 1], t.sentence)) return;
    if (!t.possessive && PLACE_TAIL.has(tokens[i + 1]?.key ?? '')) return;
    if (prev?.text === '.' && !prevIsDot && prev.sentence === t.sentence) return;
    const end = wordEnd(t);
    found.push({
      first: i,
      last: i,
      start: t.start,
      end,
      text: text.slice(t.start, end),
      conceptual: false,
      refersTo,
    });
  });
  return found;
}

export interface Credit {
  name: string;
  start: number;
  end: number;
}

// The credit and furniture shapes live in ingest/lexicon/en/page-furniture.tsv (decision 0102), each
// with the literals every match of it holds: a text without one is not searched (the Unicode
// expressions read every English article through, and most have no credit; decision 0067).
const FURNITURE_FILE = new URL('../../lexicon/en/page-furniture.tsv', import.meta.url);
const FURNITURE_SOURCES = readPatterns(FURNITURE_FILE);
// The holds cell's literals are separated by " | " (a bar with a blank each side; "|" alone is a literal).
const holdsOf = (cell: string | undefined): string[] => (cell ? cell.split(/\s+\|\s+/u).filter(Boolean) : []);
const FURNITURE_ROWS = readLexiconRows(FURNITURE_FILE, { minColumns: 2 })
  .filter((row) => holdsOf(row.cells[2]).length > 0)
  .map((row) => ({
    holds: holdsOf(row.cells[2]),
    pattern: new RegExp(FURNITURE_SOURCES.get(row.cells[0]!)!, 'gmu'),
  }));
/** Shapes whose group 1 is a credited name: bylines, photo credits, sign-offs. */
export const CREDIT_PATTERNS: readonly { holds: readonly string[]; pattern: RegExp }[] =
  FURNITURE_ROWS.filter((row) => new RegExp(`${row.pattern.source}|`, 'u').exec('')!.length > 1);
/** Shapes that are furniture only (datelines, related links, tags): blocked, nobody an author. */
export const FURNITURE_PATTERNS: readonly { holds: readonly string[]; pattern: RegExp }[] =
  FURNITURE_ROWS.filter((row) => !CREDIT_PATTERNS.includes(row));

const holdsAny = (text: string, holds: readonly string[]) => holds.some((h) => text.includes(h));

/** Page furniture that names nobody: where no name or phrase of the story may be read. */
export function findFurniture(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { holds, pattern } of FURNITURE_PATTERNS) {
    if (!holdsAny(text, holds)) continue;
    for (const m of matchesOf(pattern, text)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Bylines and photo credits: their names are authors, not persons of the story. */
export function findCredits(text: string): Credit[] {
  const credits: Credit[] = [];
  for (const { holds, pattern } of CREDIT_PATTERNS) {
    if (!holdsAny(text, holds)) continue;
    for (const m of matchesOf(pattern, text)) {
      if (m[1] === undefined) continue;
      const name = m[1]!.trim();
      const start = m.index! + m[0].lastIndexOf(m[1]!);
      credits.push({ name, start, end: start + m[1]!.length });
    }
  }
  return credits.sort((a, b) => a.start - b.start);
}
