// Component 7, participation: CHAIRED and ATTENDED from the cue phrases of relation-cues.tsv, each
// saying where its person stands — after the cue and the list it heads ("chaired by A, B and C"),
// before it and the list it ends ("A and B co-chaired"), or anywhere in the sentence ("Attending
// were …", "X delivered a speech"). A chair is not also an attendee. Implementing cues are only
// located here; the implements component reads them once the event's organiser is known.
import type { ExtractedRelation } from '../../../types.ts';
import { nameKey } from '../../../text/normalise.ts';
import { evidenceOf } from '../../evidence.ts';
import { lowerCaseOf } from '../tokens.ts';
import {
  ABSENT_AFTER_NAME,
  EVENT_NOUN,
  HOLDING_VERB,
  PRONOUN_SUBJECT,
  RELATION_CUES,
  RELATIVE_CLAUSE_BEFORE_CUE,
  WORKING_TRIP_SENTENCE,
  type RelationCue,
} from '../lexicon.ts';
import {
  personList,
  type ParticipationLayer,
  type PersonElement,
  type PersonLayer,
  type PhraseLayer,
  type PostLayer,
  type TokenLayer,
} from './article.ts';

interface CueHit {
  cue: RelationCue;
  start: number;
  end: number;
}

/**
 * Every cue phrase of the article, by sentence, in the order of the cue list. A match running past
 * its sentence's end is not a cue. Most cues are absent from most articles, and a present one from
 * most sentences: a cue with a required literal (lexicon.ts requiredLiteral) is run only on the
 * sentences that hold it (profiled: running each cue over the whole article was a tenth of English
 * extraction); a cue without one is run only on the sentences that hold one of the texts every
 * match of it holds ("said" or "says"; lexicon.ts requiredAlternatives, decision 0082: cueHits
 * 53.8 → 40.5 ms per 1,000 English dev articles), and on every sentence when there are none. The
 * texts are found in one pass over the article (findLiterals) rather than one search of the whole
 * text per literal: 16 instead of 36 ms of CPU per 1,000 English dev articles (decision 0047).
 * CHAIRED and ATTENDED
 * cues are left out of the sentences marked in `personless` unless another cue's hit is there
 * (decision 0059): what is returned for every other sentence is what the full search gives.
 */
export function cueHits(
  doc: { text: string; article: { sentences: readonly { start: number; end: number }[] } },
  personless: Uint8Array,
): CueHit[][] {
  const { text, article } = doc;
  const { sentences } = article;
  const bySentence: CueHit[][] = sentences.map(() => []);
  const lower = lowerCaseOf(text);
  // A few letters change length when lower-cased ("İ"): then each sentence is lower-cased alone.
  const whole = lower.length === text.length;
  const lowerSentence = sentences.map((s) => (whole ? lower.slice(s.start, s.end) : null));
  const occurrences = whole ? findLiterals(lower, CUE_LITERALS) : null;
  // (cue index, sentence) pairs passed over by the gate, flat.
  const deferred: number[] = [];
  for (let c = 0; c < RELATION_CUES.length; c++) {
    const cue = RELATION_CUES[c]!;
    const literalsAt = CUE_LITERALS_OF[c]!;
    const holding =
      occurrences && literalsAt.length > 0
        ? sentencesHoldingAny(occurrences, literalsAt, sentences)
        : sentences.map((_, i) => i);
    const needsPerson = isPersonCue(cue);
    for (const sentence of holding) {
      if (needsPerson && personless[sentence] === 1) {
        deferred.push(c, sentence);
        continue;
      }
      const at = sentences[sentence]!.start;
      const sentenceLower = (lowerSentence[sentence] ??= text
        .slice(sentences[sentence]!.start, sentences[sentence]!.end)
        .toLowerCase());
      pushCueHits(cue, at, sentenceLower, bySentence[sentence]!);
    }
  }
  // A personless sentence that holds another cue (implementing, issuing) is given its CHAIRED and
  // ATTENDED hits after all, back in the order of the cue list: a longer one may shadow that cue's
  // hit (isShadowed).
  const reordered = new Set<number>();
  for (let d = 0; d < deferred.length; d += 2)
    if (bySentence[deferred[d + 1]!]!.length > 0) reordered.add(deferred[d + 1]!);
  for (let d = 0; d < deferred.length; d += 2) {
    const sentence = deferred[d + 1]!;
    if (!reordered.has(sentence)) continue;
    pushCueHits(
      RELATION_CUES[deferred[d]!]!,
      sentences[sentence]!.start,
      lowerSentence[sentence]!,
      bySentence[sentence]!,
    );
  }
  for (const sentence of reordered)
    bySentence[sentence]!.sort((a, b) => CUE_INDEX.get(a.cue)! - CUE_INDEX.get(b.cue)!);
  return bySentence;
}

const isPersonCue = (cue: RelationCue) => cue.type === 'CHAIRED' || cue.type === 'ATTENDED';
const CUE_INDEX = new Map(RELATION_CUES.map((cue, c) => [cue, c]));

/** The cue's matches in a lower-cased sentence starting at offset `at`, added to `hits`. */
function pushCueHits(cue: RelationCue, at: number, sentenceLower: string, hits: CueHit[]): void {
  const { pattern } = cue;
  // exec over the cue's own global expression: matchAll would copy the expression each time.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentenceLower); m; m = pattern.exec(sentenceLower)) {
    hits.push({ cue, start: at + m.index, end: at + m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
}

/**
 * Literals looked for in one pass: each distinct literal once, indexed by its first three characters
 * (a literal of two by its two).
 */
export interface LiteralIndex {
  literals: string[];
  /** Cue index → its literal's index in `literals`, -1 for a cue without one. */
  literalOf: number[];
  /**
   * A hash of the first three character codes (headHash) → the literals of three characters or more
   * whose first three hash there: most positions find none and stop at this one array read.
   */
  byHeadHash: (readonly number[] | undefined)[];
  /** The same by the first two (pairHash), for the literals of two characters; null when there are none. */
  byPairHash: (readonly number[] | undefined)[] | null;
  /** Each literal's first two character codes, (first << 16) | second. */
  pairOf: Int32Array;
  /** Each literal's third character code, -1 for a literal of two. */
  third: Int32Array;
}

/** The index of `literals` (null: no literal; each must be two characters or longer). */
export function literalIndex(literals: readonly (string | null)[]): LiteralIndex {
  const distinct: string[] = [];
  const literalOf = literals.map((l) => {
    if (l === null) return -1;
    if (l.length < 2) throw new Error(`literalIndex: ${JSON.stringify(l)} is shorter than two characters`);
    const seen = distinct.indexOf(l);
    return seen >= 0 ? seen : distinct.push(l) - 1;
  });
  const byHead: number[][] = [];
  const byPair: number[][] = [];
  distinct.forEach((l, n) => {
    if (l.length === 2) (byPair[pairHash(l.charCodeAt(0), l.charCodeAt(1))] ??= []).push(n);
    else (byHead[headHash(l.charCodeAt(0), l.charCodeAt(1), l.charCodeAt(2))] ??= []).push(n);
  });
  return {
    literals: distinct,
    literalOf,
    byHeadHash: Array.from({ length: HEAD_HASH_SIZE }, (_, h) => byHead[h]),
    byPairHash: byPair.length > 0 ? Array.from({ length: PAIR_HASH_SIZE }, (_, h) => byPair[h]) : null,
    pairOf: Int32Array.from(distinct, (l) => (l.charCodeAt(0) << 16) | l.charCodeAt(1)),
    third: Int32Array.from(distinct, (l) => (l.length > 2 ? l.charCodeAt(2) : -1)),
  };
}
const HEAD_HASH_SIZE = 8192;
const headHash = (first: number, second: number, third: number) =>
  ((first * 31 + second) * 31 + third) & (HEAD_HASH_SIZE - 1);
const PAIR_HASH_SIZE = 4096;
const pairHash = (first: number, second: number) => ((first << 6) ^ second) & (PAIR_HASH_SIZE - 1);
// Each cue's texts one of which its every match holds (lexicon.ts RelationCue.anyOf), all in one
// index; CUE_LITERALS_OF[cue] are the indexes of its texts there, none for a cue run everywhere.
const CUE_LITERALS = literalIndex(RELATION_CUES.flatMap((c) => c.anyOf ?? []));
const CUE_LITERALS_OF: readonly number[][] = (() => {
  let next = 0;
  return RELATION_CUES.map((c) => (c.anyOf ?? []).map(() => CUE_LITERALS.literalOf[next++]!));
})();

/**
 * The sentences that hold a whole occurrence of one of the literals `literalsAt` (indexes into
 * CUE_LITERALS), each once, ascending: sentencesHolding of each, merged. One literal: its own list.
 */
function sentencesHoldingAny(
  occurrences: readonly (readonly number[])[],
  literalsAt: readonly number[],
  sentences: readonly { start: number; end: number }[],
): number[] {
  const { literals } = CUE_LITERALS;
  if (literalsAt.length === 1)
    return sentencesHolding(occurrences[literalsAt[0]!]!, literals[literalsAt[0]!]!.length, sentences);
  const marked = new Uint8Array(sentences.length);
  for (const n of literalsAt)
    for (const sentence of sentencesHolding(occurrences[n]!, literals[n]!.length, sentences))
      marked[sentence] = 1;
  const out: number[] = [];
  for (let sentence = 0; sentence < marked.length; sentence++) if (marked[sentence] === 1) out.push(sentence);
  return out;
}

/**
 * Every position of each literal of the index in `text`, ascending (overlapping ones too): what
 * `text.indexOf(literal, at + 1)` repeated gives, in one pass for all literals.
 */
export function findLiterals(text: string, index: LiteralIndex): number[][] {
  const found: number[][] = index.literals.map(() => []);
  const { byHeadHash, byPairHash, pairOf, literals, third } = index;
  const length = text.length;
  let first = text.charCodeAt(0);
  let second = text.charCodeAt(1);
  // The literals of three characters or more by their first three (decision 0128): indexed by two,
  // a common pair (" w", " p", "re") sent every position holding it to its candidates, each then
  // compared at its third character (findLiterals was 4 % of English extraction, a Map's get of the
  // pair 1.4 % of it); by three, most positions stop at one array read. The pair and the third
  // character are compared before startsWith, so candidates sharing a hash are told apart.
  for (let at = 0; at + 1 < length; at++) {
    const next = text.charCodeAt(at + 2);
    if (byPairHash !== null) {
      const two = byPairHash[pairHash(first, second)];
      if (two !== undefined) {
        const pair = (first << 16) | second;
        for (const n of two) if (pairOf[n] === pair) found[n]!.push(at);
      }
    }
    if (at + 2 < length) {
      const candidates = byHeadHash[headHash(first, second, next)];
      if (candidates !== undefined) {
        const pair = (first << 16) | second;
        for (const n of candidates) {
          const literal = literals[n]!;
          if (
            pairOf[n] === pair &&
            third[n] === next &&
            (literal.length === 3 || text.startsWith(literal, at))
          )
            found[n]!.push(at);
        }
      }
    }
    first = second;
    second = next;
  }
  return found;
}

/**
 * The sentences that hold a whole occurrence of a literal (its positions ascending, `length`
 * characters each), each once, in order.
 */
export function sentencesHolding(
  positions: readonly number[],
  length: number,
  sentences: readonly { start: number; end: number }[],
): number[] {
  const out: number[] = [];
  let sentence = 0;
  for (const at of positions) {
    while (sentence < sentences.length && sentences[sentence]!.end < at + length) sentence++;
    if (sentence >= sentences.length) break;
    if (sentences[sentence]!.start <= at && out.at(-1) !== sentence) out.push(sentence);
  }
  return out;
}

/**
 * A longer hit of the same sentence covers this one ("among those attending were" over
 * "attending"). A module function: a named closure made per sentence costs a defineProperty under
 * tsx (decision 0039).
 */
function isShadowed(hits: readonly CueHit[], h: CueHit): boolean {
  return hits.some(
    (o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
  );
}

/**
 * The first sentence that reports the meeting: a meeting noun with a holding verb or a chair's or an
 * attendee's cue, as the events component finds the event's sentence, or a working trip's sentence
 * (pattern working-trip-sentence, decision 0102); Infinity when there is none.
 * A speaker cue ("A said …") counts only from there on (decision 0057).
 */
function firstMeetingSentence(
  doc: TokenLayer,
  hitsBySentence: readonly CueHit[][],
  personless: Uint8Array,
): number {
  const { text, article } = doc;
  let lower: string | null = null;
  for (let i = 0; i < article.sentences.length; i++) {
    const { start, end } = article.sentences[i]!;
    const sentence = text.slice(start, end);
    // A working trip or an inspection reported with no meeting noun (decision 0102).
    if (WORKING_TRIP_SENTENCE.test(sentence)) return i;
    if (!EVENT_NOUN.test(sentence)) continue;
    if (HOLDING_VERB.test(sentence)) return i;
    // The ungated hits of the sentence: cueHits' own where its gate let every cue in, else the
    // chair's and attendee's cues run here on this sentence alone (running cueHits again without
    // the gate read every cue over the whole article a second time in each article with a speaker
    // cue: about half the English held-out articles; decision 0077).
    if (personless[i] === 0) {
      if (hitsBySentence[i]!.some(isMeetingHit)) return i;
      continue;
    }
    lower ??= lowerCaseOf(text);
    // As cueHits lower-cases a sentence: a slice of the whole text's lower case when that kept its length.
    const sentenceLower = lower.length === text.length ? lower.slice(start, end) : sentence.toLowerCase();
    for (const cue of MEETING_CUES) {
      cue.pattern.lastIndex = 0;
      if (cue.pattern.exec(sentenceLower) !== null) return i;
    }
  }
  return Infinity;
}
const isMeetingHit = (h: CueHit) =>
  (h.cue.type === 'CHAIRED' || h.cue.type === 'ATTENDED') && h.cue.position !== 'speaker';
/** The cues whose hit makes a sentence with an event noun the meeting's (isMeetingHit). */
const MEETING_CUES = RELATION_CUES.filter((cue) => isPersonCue(cue) && cue.position !== 'speaker');

export function readParticipation(
  doc: TokenLayer & PersonLayer & PhraseLayer & PostLayer,
): ParticipationLayer {
  const { article, persons, personKey } = doc;
  const chairs = new Map<string, ExtractedRelation>();
  const attendees = new Map<string, ExtractedRelation>();
  const implementsCues: ParticipationLayer['implementsCues'] = [];
  const meetingSentences: number[] = [];
  // The gate: a CHAIRED or ATTENDED cue names only persons of its own sentence, so it is not looked
  // for in a sentence that names none (most sentences of an article); cueHits keeps the other cues.
  const personless = new Uint8Array(article.sentences.length).fill(1);
  for (let sentence = 0; sentence < personless.length; sentence++)
    for (const e of doc.elementsBySentence[sentence]!)
      if (e.kind === 'person') {
        personless[sentence] = 0;
        break;
      }
  // "He chaired a working session …": a sentence opening with a pronoun names its person in an
  // earlier sentence (the last person named before it), so its cues are looked for (decision 0066).
  const pronounPerson: (PersonElement | undefined)[] = [];
  let lastNamed: PersonElement | undefined;
  for (let sentence = 0; sentence < personless.length; sentence++) {
    const { start, end } = article.sentences[sentence]!;
    if (/^\s*(?:He|She)\s/.test(doc.text.slice(start, Math.min(end, start + 8)))) {
      pronounPerson[sentence] = lastNamed;
      if (lastNamed) personless[sentence] = 0;
    }
    const named = doc.elementsBySentence[sentence]!.filter((e): e is PersonElement => e.kind === 'person');
    lastNamed = named.at(-1) ?? lastNamed;
  }
  const hitsBySentence = cueHits(doc, personless);
  // Asked only when a speaker cue is found. The meeting's sentence may name no person ("The
  // conference was chaired by the committee"): firstMeetingSentence reads such a sentence's cues
  // without the gate.
  let meetingFrom: number | null = null;
  article.sentences.forEach((_, sentence) => {
    const els = doc.elementsBySentence[sentence]!;
    const people = els.filter((e): e is PersonElement => e.kind === 'person');
    const hits = hitsBySentence[sentence]!;
    for (const hit of hits.filter((h) => !isShadowed(hits, h))) {
      const { cue } = hit;
      if (cue.type === 'IMPLEMENTS') {
        implementsCues.push({ sentence, start: hit.start, end: hit.end });
        continue;
      }
      if (cue.type !== 'CHAIRED' && cue.type !== 'ATTENDED') continue;
      if (
        cue.position === 'speaker' &&
        sentence < (meetingFrom ??= firstMeetingSentence(doc, hitsBySentence, personless))
      )
        continue;
      const first = people.find((p) => p.name.start >= hit.end);
      let last = people.filter((p) => p.name.end <= hit.start).at(-1);
      // The pronoun opening the sentence, right before the cue, is its person (PRONOUN_SUBJECT).
      const byPronoun =
        cue.position !== 'after' &&
        !last &&
        pronounPerson[sentence] !== undefined &&
        PRONOUN_SUBJECT.test(doc.text.slice(article.sentences[sentence]!.start, hit.start));
      if (byPronoun) last = pronounPerson[sentence];
      // "Lawyer A, who defended B, said": the person before the relative clause speaks (decision 0135).
      if (last && !byPronoun && cue.position !== 'after' && cue.position !== 'any') {
        const clauseEnd = last.name.start;
        const head = people
          .filter((p) => p.name.end <= clauseEnd)
          .findLast((p) => RELATIVE_CLAUSE_BEFORE_CUE.test(doc.text.slice(p.name.end, hit.start)));
        if (head) last = head;
      }
      // "chaired by A, B and C", "A and B co-chaired": the cue's person and the list it heads.
      const chosen =
        cue.position === 'after'
          ? first
            ? personList(els, els.indexOf(first), 1)
            : []
          : cue.position === 'before' || cue.position === 'speaker'
            ? last
              ? byPronoun
                ? [last]
                : personList(els, els.indexOf(last), -1)
              : []
            : byPronoun
              ? [last!]
              : people;
      // "A, who was not at the session, has asked …", "B was absent but said …": no one absent takes part (0135).
      const sentenceEnd = article.sentences[sentence]!.end;
      const present = (p: PersonElement): boolean =>
        !ABSENT_AFTER_NAME.test(doc.text.slice(p.name.end, Math.min(sentenceEnd, p.name.end + 60)));
      const map = cue.type === 'CHAIRED' ? chairs : attendees;
      if (chosen.length && cue.position !== 'speaker' && meetingSentences.at(-1) !== sentence)
        meetingSentences.push(sentence);
      for (const p of chosen) {
        if (!present(p)) continue;
        const person = persons.get(personKey(p.name))!;
        if (map.has(nameKey(person.name))) continue;
        map.set(nameKey(person.name), {
          type: cue.type,
          person: person.name,
          evidence: evidenceOf(
            article,
            sentence,
            // A pronoun's person is named in an earlier sentence: the cue is the evidence.
            byPronoun ? hit.start : Math.min(hit.start, p.name.start),
            byPronoun ? hit.end : Math.max(hit.end, p.name.end),
          ),
        });
      }
    }
  });
  for (const key of chairs.keys()) attendees.delete(key);
  return { chairs, attendees, implementsCues, meetingSentences };
}
