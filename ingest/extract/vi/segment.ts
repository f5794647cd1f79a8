// Sentence segmentation for Vietnamese news. A sentence ends at ".", "!", "?", "…" or "..."
// followed by a space and an upper-case letter, a digit or an opening quote, and at every line
// break. Not at: abbreviations ("TP.", "PGS.TS.", "ThS."), initials, dates ("12/7"), codes
// ("05-CT/TW"), numbers ("8.555,9"), and ellipses that run on in lower case. Semicolons inside
// lists ("các đồng chí: A, chức vụ; B, chức vụ") never end a sentence, nor does a full stop
// before the list a sentence announces ("… 4 nghị quyết của Bộ Chính trị. Cụ thể gồm: …"): the
// list is the end of that sentence, so the issuer and the verb written there reach it. A list
// written one item a line after a colon ("Chủ tọa kỳ họp gồm:\n1. A;\n2. B.") is one sentence too.
import type { CleanArticle, Sentence } from '../../types.ts';
import { pattern } from './lexicon.ts';
import { unnamed } from '../../base/unnamed.ts';

// Compiled once at load: tsx (esbuild) writes a \p{…} literal inside a function as `new RegExp(…)`,
// built again at every call (decision 0077).
const UPPER_LETTER = /\p{Lu}/u;

// Words that end in a dot without ending the sentence.
const ABBREVIATIONS = new Set(
  [
    'tp',
    'tt',
    'pgs',
    'gs',
    'ts',
    'ths',
    'bs',
    'ks',
    'cn',
    'th.s',
    'pgs.ts',
    'gs.ts',
    'q',
    'p',
    'x',
    'h',
    'tx',
    'st',
    'ts.bs',
    'ncs',
    'đ/c',
    'v.v',
    'vv',
    'tr',
    'no',
    'số',
  ].map((s) => s.toLowerCase()),
);

const CANDIDATE = /(?:\.{3}|…|[.!?])+["”’)»]*(?=\s)|\n+/gu;
const NEXT_STARTS = /^\s+["“‘(«]*[\p{Lu}\p{N}]/u;
const WORD_BEFORE = /([\p{L}\p{M}.]+)$/u;
const DOCUMENTS_ANNOUNCED = new RegExp(pattern('documents-announced'), 'iu');
const ANNOUNCED_LIST_OPENING = new RegExp(pattern('announced-list-opening'), 'u');
const PLURAL_LIST_OPENING = new RegExp(pattern('plural-list-opening'), 'iu');
const NUMERAL_AFTER_PERIOD_WORD = new RegExp(pattern('numeral-after-period-word'), 'iu');
const LIST_OPENING_LINE_END = new RegExp(pattern('list-opening-line-end'), 'u');
const LIST_ITEM_LINE_START = new RegExp(pattern('list-item-line-start'), 'u');
// The number of a list item at the start of its line ("1. Nghị quyết …"): no sentence end.
const ITEM_NUMBER = /^[ \t]*\d{1,2}$/u;

export function segment(article: CleanArticle): Sentence[] {
  const { text } = article;
  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = unnamed((end: number, breaks: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, paragraph, start: s, end: e });
    if (breaks) paragraph++;
  });
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] === '\n') {
      // A list item on the next line of a line that opens the list with a colon, or of an item
      // closed by a semicolon, continues the sentence (decision 0070).
      if (
        LIST_OPENING_LINE_END.test(text.slice(Math.max(start, m.index - 8), m.index)) &&
        LIST_ITEM_LINE_START.test(text.slice(end, end + 12))
      )
        continue;
      push(m.index, /\n\s*\n/.test(m[0]) || true);
      start = end;
      continue;
    }
    const after = text.slice(end, end + 8);
    if (!NEXT_STARTS.test(after)) continue;
    if (m[0] === '.' && ITEM_NUMBER.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)))
      continue;
    if (m[0] === '.') {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1]?.toLowerCase() ?? '';
      // A lone capital numbering a period ("quý I.", "khóa X.") is a Roman numeral: neither an
      // initial nor the abbreviation "X." (xã).
      const numeral =
        word.length === 1 &&
        NUMERAL_AFTER_PERIOD_WORD.test(text.slice(Math.max(start, m.index - 24), m.index));
      // An initial ("A."), a known abbreviation ("TP.", "PGS.TS.") or a dotted acronym ("T.Ư.").
      if (!numeral && word.length === 1 && UPPER_LETTER.test(before![1]!)) continue;
      if (!numeral && (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*\./, '')))) continue;
      if (
        (ANNOUNCED_LIST_OPENING.test(text.slice(end, end + 80)) ||
          PLURAL_LIST_OPENING.test(text.slice(end, end + 80))) &&
        DOCUMENTS_ANNOUNCED.test(text.slice(Math.max(start, m.index - 160), m.index))
      )
        continue;
    }
    push(end, false);
    start = end;
  }
  push(text.length, false);
  return sentences;
}
