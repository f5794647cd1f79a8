// Coded party and state documents in English text: "Directive No. 05-CT/TW",
// "Resolution 57-NQ/TW", "the PCC’s Conclusion No.123-KL/TW", the source's own variants
// ("05-CT-TW", "1460-QD/TU"), state codes ("57/2024/QH15", "123/2020/NĐ-CP") and Government codes
// ("01/NQ-CP", "04/CT-TTg").
import { DOCUMENT_KINDS } from '../../lexicon/shared/bilingual.ts';
import { pattern, requiredAlternatives } from './lexicon.ts';
import { lowerCaseOf } from './tokens.ts';
import { findDates, isoDate } from './dates.ts';
import { unnamed } from '../../base/unnamed.ts';
import { matchesOf } from '../../base/matches.ts';

export interface DocumentMention {
  /** Upper case, no spaces, "/" before the issuer ("05-CT/TW"); null for a named resolution. */
  code: string | null;
  /** For named resolutions without a code: the reference as written. */
  name: string | null;
  /** How relations refer to the document: the code, else the name. */
  key: string;
  type: string;
  number: string | null;
  issuerCode: string | null;
  /** Span of the whole reference, kind word included. */
  start: number;
  end: number;
  /** Span of the code alone. */
  codeStart: number;
  codeEnd: number;
  date: string | null;
}

// The shapes of codes, numbers and named resolutions are rules a linguist edits: named patterns
// of ingest/lexicon/en/patterns.tsv, each with a comment on what it covers. This module is the
// mechanism: where each is tried and what a match becomes.
const PARTY_CODE = pattern('party-code', 'gu');
const STATE_CODE = pattern('state-code', 'gu');
const GOVERNMENT_CODE = pattern('government-code', 'gu');
const NAMED_RESOLUTION = pattern('named-resolution', 'gu');
const BARE_REFERENCE = pattern('bare-reference', 'gu');
const NUMBER_IN_LIST = pattern('number-in-list', 'gu');
const YEAR_NOT_A_NUMBER = pattern('year-not-a-number', '');
const DOCUMENT_DATE_CUE = pattern('document-date-cue', 'i');
const DOCUMENT_DATE_WINDOW_END = pattern('document-date-window-end', '');

/**
 * The texts, lower case, one of which every match of `expression` holds, read from its source as the
 * relation cues' are (lexicon.ts requiredAlternatives); null when there are none, or when the
 * expression ignores case. An article holding none of them is not searched (decision 0087: the
 * named-resolution expression alone was 1 % of English extraction, run on every article).
 */
export function textsEveryMatchHolds(expression: RegExp): readonly string[] | null {
  return expression.flags.includes('i') ? null : requiredAlternatives(expression.source);
}
const NAMED_RESOLUTION_HOLDS = textsEveryMatchHolds(NAMED_RESOLUTION);
const BARE_REFERENCE_HOLDS = textsEveryMatchHolds(BARE_REFERENCE);

/** Whether the lower-cased text holds one of `texts` (always, for null). */
export function holdsAnyOf(lower: string, texts: readonly string[] | null): boolean {
  if (texts === null) return true;
  for (const t of texts) if (lower.includes(t)) return true;
  return false;
}

const kindWords = DOCUMENT_KINDS.flatMap((k) => k.words.map((w) => ({ word: w, kind: k }))).sort(
  (a, b) => b.word.length - a.word.length,
);
const KIND_BEFORE = new RegExp(
  `\\b(${kindWords.map((k) => k.word.replace(/ /g, '\\s+')).join('|')})\\s*${pattern('number-sign', '').source}?\\s*$`,
  'i',
);

function typeFor(kindWord: string | null, codeKind: string): string {
  if (kindWord) {
    // The written kind's key once, not once per kind compared (decision 0077).
    const written = kindWord.toLowerCase().replace(/\s+/g, ' ');
    const hit = kindWords.find((k) => k.word.toLowerCase() === written);
    if (hit) return hit.kind.type;
  }
  return DOCUMENT_KINDS.find((k) => k.codeKinds.includes(codeKind.toUpperCase()))?.type ?? 'Document';
}

// Compiled once: tsx (esbuild) writes a \p{…} expression literal as `new RegExp(…)`, which ran at
// every evaluation inside the function (decision 0077).
const RESOLUTION_KIND_WORD = /^(?:the\s+)?(\p{L}+)/iu;

/** The document's date: "dated …", "on …" or "of …" right after the code, before the next clause. */
function dateAfter(text: string, from: number, publishedAt: string | null): string | null {
  const window = text.slice(from, from + 90).split(DOCUMENT_DATE_WINDOW_END)[0] ?? '';
  for (const d of findDates(window)) {
    const before = window.slice(0, d.start);
    if (DOCUMENT_DATE_CUE.test(before) || /^\s*,?\s*$/.test(before)) {
      return isoDate(d, publishedAt);
    }
  }
  return null;
}

export function findDocuments(text: string, publishedAt: string | null): DocumentMention[] {
  const found: DocumentMention[] = [];
  const add = unnamed(
    (m: RegExpMatchArray, code: string, number: string, codeKind: string, issuerCode: string) => {
      const codeStart = m.index!;
      const codeEnd = codeStart + m[0].length;
      const kind = KIND_BEFORE.exec(text.slice(Math.max(0, codeStart - 40), codeStart));
      const start = kind ? codeStart - (kind.input.length - kind.index) : codeStart;
      found.push({
        code,
        name: null,
        key: code,
        type: typeFor(kind?.[1] ?? null, codeKind),
        number,
        issuerCode,
        start,
        end: codeEnd,
        codeStart,
        codeEnd,
        date: dateAfter(text, codeEnd, publishedAt),
      });
    },
  );
  for (const m of matchesOf(PARTY_CODE, text)) {
    const kind = m[2]!.toUpperCase() === 'CTR' ? 'CTr' : m[2]!.toUpperCase();
    add(m, `${m[1]}-${kind}/${m[3]}`.toUpperCase(), m[1]!, kind, m[3]!.toUpperCase());
  }
  for (const m of matchesOf(STATE_CODE, text)) {
    add(
      m,
      `${m[1]}/${m[2]}/${m[3]}`.toUpperCase(),
      m[1]!,
      m[3]!.split('-')[0]!.replace(/\d+$/, ''),
      m[3]!.toUpperCase(),
    );
  }
  for (const m of matchesOf(GOVERNMENT_CODE, text)) {
    const kind = m[2]!.toUpperCase();
    add(m, `${m[1]}/${kind}-${m[3]}`.toUpperCase(), m[1]!, kind, m[3]!.toUpperCase());
  }
  // The article's lower case is the cue search's own (lowerCaseOf remembers it): made once.
  const lower = lowerCaseOf(text);
  const named = holdsAnyOf(lower, NAMED_RESOLUTION_HOLDS) ? matchesOf(NAMED_RESOLUTION, text) : [];
  for (const m of named) {
    const written = m[0];
    const kind =
      RESOLUTION_KIND_WORD.exec(written.replace(/^.*?(Resolutions?)\b.*$/su, '$1'))?.[1] ?? 'Resolution';
    const start = m.index! + (written.length - written.replace(/^the\s+/i, '').length);
    const name = text.slice(start, m.index! + written.length).replace(/\s+/g, ' ');
    found.push({
      code: null,
      name,
      key: name,
      type: typeFor(kind.replace(/s$/, ''), 'NQ'),
      number: null,
      issuerCode: null,
      start,
      end: m.index! + written.length,
      codeStart: start,
      codeEnd: m.index! + written.length,
      date: null,
    });
  }
  if (holdsAnyOf(lower, BARE_REFERENCE_HOLDS)) found.push(...bareReferences(text, found));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "Directive 05", "Directives 05 and 35": a mention of the article's coded document of that kind
 * and number when there is one, else a named document, one per number ("Directive 35").
 */
function bareReferences(text: string, coded: DocumentMention[]): DocumentMention[] {
  const out: DocumentMention[] = [];
  const covered = unnamed((at: number) => coded.some((d) => at >= d.start && at < d.end));
  for (const m of matchesOf(BARE_REFERENCE, text)) {
    const type = typeFor(m[1]!, '');
    const listAt = m.index + m[0].length - m[3]!.length;
    let first = true;
    for (const n of matchesOf(NUMBER_IN_LIST, m[3]!)) {
      const codeStart = listAt + n.index;
      const codeEnd = codeStart + n[0].length;
      const number = n[2]!;
      if (covered(codeStart) || YEAR_NOT_A_NUMBER.test(number)) continue;
      const start = first ? m.index : codeStart;
      first = false;
      const same = coded.find((d) => d.code && d.type === type && Number(d.number) === Number(number));
      const name = `${m[1]} ${n[1] ? 'No. ' : ''}${number}`;
      out.push({
        code: same?.code ?? null,
        name: same ? null : name,
        key: same?.key ?? name,
        type,
        number,
        issuerCode: same?.issuerCode ?? null,
        start,
        end: codeEnd,
        codeStart,
        codeEnd,
        date: null,
      });
    }
  }
  return out;
}
