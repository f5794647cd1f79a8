// Component 8, events: the meeting the article reports — the first sentence with an event noun
// (event-nouns.tsv) that holds it ("held", "convened") or reports its chair or attendees — with its
// name (the noun, its modifiers and a short tail: "National teleconference to review …"), its kind,
// its date and its organisers ("ORG held …", "… was held by ORG", "a meeting of ORG", a later "The
// event was organised by ORG"), and the participation bound to it; then each later meeting the
// article tells of on a day of its own ("On Wednesday, B chaired …"), with its chairs and attendees
// (decision 0066).
import type { EventKind, ExtractedEvent } from '../../../types.ts';
import { nameKey } from '../../../text/normalise.ts';
import { evidenceOf } from '../../evidence.ts';
import { WEEKDAY_OR_DATE, dayBeforeDate, findDates, isoDate, weekdayDate } from '../dates.ts';
import {
  EVENT_KINDS,
  EVENT_NAMES,
  EVENT_NOUN,
  HOLDING_VERB,
  NOT_AN_EVENT_MODIFIER,
  NOT_THE_EVENT_DATE,
  ORGANISER_BARE_COMMA,
  ORGANISER_BY,
  ORGANISER_JOINER,
  ORGANISER_OF_EVENT,
  ORGANISER_REDUCED_PASSIVE,
  ORGANISER_OWNING_EVENT,
} from '../lexicon.ts';
import type {
  BodyElement,
  BodyLayer,
  EventLayer,
  KeyedRelation,
  ParticipationLayer,
  PhraseLayer,
  TokenLayer,
} from './article.ts';
import { unnamed } from '../../../base/unnamed.ts';
import { matchesOf } from '../../../base/matches.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Compiled once, not per article (they were rebuilt for every article and every sentence asked).
const EVENT_NOUNS_ANY_CASE = new RegExp(EVENT_NOUN.source, 'gi');
// Compiled once: tsx (esbuild) writes a \p{…} expression literal as `new RegExp(…)`, which ran at
// every evaluation inside the function (decision 0077).
const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** What may stand between the organiser and its holding verb: an auxiliary, an adverb, a day (decision 0057). */
const SUBJECT_BEFORE_HOLDING_VERB = new RegExp(
  `^\\s*(?:has|have|had|recently|just|also)?\\s*(?:(?:on|this|last)\\s+(?:${WEEKDAY_OR_DATE})\\s*)?$`,
  'i',
);
/**
 * `bodies[at]` and the co-organisers joined to it (ORGANISER_JOINER), walking `step` (-1 back, +1
 * on), in text order; a bare comma joins only when the joiner next to the verb is "and" ("A, B
 * and C held", "organised by A, B and C"), decision 0107.
 */
function coOrganisers(text: string, bodies: BodyElement[], at: number, step: 1 | -1): BodyElement[] {
  const out = [bodies[at]!];
  const gaps: string[] = [];
  for (let k = at + step; k >= 0 && k < bodies.length; k += step) {
    const [a, b] = step < 0 ? [bodies[k]!, out.at(-1)!] : [out.at(-1)!, bodies[k]!];
    const gap = text.slice(a.body.end, b.body.start);
    if (!ORGANISER_JOINER.test(gap)) break;
    out.push(bodies[k]!);
    gaps.push(gap);
  }
  const ordered = step < 0 ? out.reverse() : out;
  // the joiner next to the verb: the first found walking back, the last walking on
  const nextToVerb = step < 0 ? gaps[0] : gaps.at(-1);
  if (nextToVerb !== undefined && ORGANISER_BARE_COMMA.test(nextToVerb))
    return step < 0 ? ordered.slice(-1) : ordered.slice(0, 1);
  return ordered;
}
const LEADING_DATE = new RegExp(`^\\s*(?:on|this|last)?\\s*(?:${WEEKDAY_OR_DATE})`, 'i');

/** Up to three words (each followed by its spaces) that end the text before the noun. */
export const WORDS_BEFORE_END = /(?:(?:[\p{Lu}\p{Ll}\d’'-]+)\s+){0,3}$/u;
/** How far back WORDS_BEFORE_END is first tried: three words and their spaces are far shorter. */
const WORDS_BEFORE_REACH = 160;
/** The shorter tail tried first. */
const WORDS_BEFORE_NEAR = 48;
const ALL_SPACE = /^\s*$/;

/**
 * The words before the event noun at `nounAt` ("national teleconference"). The end-anchored
 * expression is tried at every position from the left (profiled: a tenth of the events component
 * on long sentences), so it runs on the last WORDS_BEFORE_REACH characters; it looks at no
 * character before where it starts, so a match starting inside that tail is the one the whole
 * text gives. A match from the tail's first character may reach further back: then the whole.
 */
export function wordsBefore(text: string, nounAt: number): string {
  // First the last WORDS_BEFORE_NEAR characters, where three words usually fit: a match there
  // starting after a character that is not white space is the one the longer tail gives (a start
  // further back would have to run through that character, which the expression cannot; decision
  // 0077). The expression's search of the longer tail tried ~3 times as many starts.
  const nearFrom = Math.max(0, nounAt - WORDS_BEFORE_NEAR);
  const near = WORDS_BEFORE_END.exec(text.slice(nearFrom, nounAt))!;
  if (nearFrom === 0 || (near.index > 0 && !ALL_SPACE.test(text.slice(nearFrom, nearFrom + near.index))))
    return near[0];
  const from = Math.max(0, nounAt - WORDS_BEFORE_REACH);
  const tail = WORDS_BEFORE_END.exec(text.slice(from, nounAt))!;
  if (tail.index > 0 || from === 0) return tail[0];
  return WORDS_BEFORE_END.exec(text.slice(0, nounAt))![0];
}

/**
 * The first event noun of sentence `text` written in lower case ("conference", not "Congress"), with
 * its sentence; null when there is none. Matches read one at a time, up to the first in lower case.
 */
export function lowerNounIn(
  text: string,
  sentence: number,
): { match: RegExpExecArray; sentence: number } | null {
  EVENT_NOUNS_ANY_CASE.lastIndex = 0;
  for (let m = EVENT_NOUNS_ANY_CASE.exec(text); m; m = EVENT_NOUNS_ANY_CASE.exec(text)) {
    if (STARTS_LOWER_CASE.test(m[0])) return { match: m, sentence };
    if (m[0].length === 0) EVENT_NOUNS_ANY_CASE.lastIndex++;
  }
  return null;
}

/** The date of the event told in sentence `text`: the date nearest its noun, not a document's ("dated …") nor a period's bound ("since …"). */
function dateIn(text: string, nounAt: number, publishedAt: string | null, fallbackYear: number | null) {
  const dates = findDates(text)
    .filter((d) => !NOT_THE_EVENT_DATE.test(text.slice(0, d.start)))
    .sort((a, b) => Math.abs(a.start - nounAt) - Math.abs(b.start - nounAt));
  return dates.length
    ? isoDate(dates[0]!, publishedAt, fallbackYear)
    : (weekdayDate(text, publishedAt)?.iso ?? dayBeforeDate(text, publishedAt));
}

/**
 * The event's name and kind from its noun in `nounText` ("National teleconference to review …"):
 * the noun, the modifiers before it back to the first determiner or verb, and a short tail; "Meeting"
 * of kind other when there is no noun.
 */
function nameAndKind(
  nounText: string,
  noun: RegExpExecArray | RegExpMatchArray | null,
): { name: string; kind: EventKind } {
  let name = 'Meeting';
  let kind: EventKind = 'other';
  if (noun) {
    kind = EVENT_KINDS.get(noun[1]!.toLowerCase()) ?? 'other';
    const before = wordsBefore(nounText, noun.index!);
    // the words before the noun back to the first determiner or verb: "national teleconference"
    const modifiers: string[] = [];
    for (const word of before.split(/\s+/).filter(Boolean).reverse()) {
      if (NOT_AN_EVENT_MODIFIER.test(word)) break;
      modifiers.unshift(word);
    }
    // "… conference to review …", without the date ("on December 1") and at most a dozen words.
    const after = nounText
      .slice(noun.index! + noun[0].length)
      .replace(LEADING_DATE, '')
      .replace(/\bNo\.\s*/g, 'No ');
    const tail = (after.match(/^\s+(?:of|on|to|for)\s+[^,;.()“"]+/)?.[0] ?? '')
      .split(/\s+(?:was|were|is|in|at|held|chaired|took|attended|and commend)\b/)[0]!
      .split(/\s+/)
      .slice(0, 13)
      .join(' ')
      .replace(/\bNo (?=\d)/g, 'No. ')
      .replace(/(?:\s+(?:of|the|and|to|for|on|in|a|an|with))+$/, '');
    name =
      EVENT_NAMES.get(noun[1]!.toLowerCase()) ??
      capitalise(`${modifiers.join(' ')} ${noun[1]}${tail}`.trim().replace(/\s+/g, ' '));
  }
  return { name, kind };
}

export function readEvents(doc: TokenLayer & PhraseLayer & BodyLayer & ParticipationLayer): EventLayer {
  const { article, text, publishedAt, orgNameOf } = doc;
  const { sentences } = article;
  const sentenceText = unnamed((i: number) => text.slice(sentences[i]!.start, sentences[i]!.end));
  const participation = [...doc.chairs.values(), ...doc.attendees.values()];
  const relationSentences = participation.map((r) => r.evidence.sentenceIndex);
  const eventRelations: KeyedRelation[] = [];
  const events: ExtractedEvent[] = [];
  const organizers: string[] = [];
  /** Meetings after the first, by the sentence that tells of each, ascending. */
  const laterMeetings: { sentence: number; name: string }[] = [];

  let eventSentence = -1;
  for (let i = 0; i < sentences.length && eventSentence < 0; i++) {
    const st = sentenceText(i);
    if (EVENT_NOUN.test(st) && (HOLDING_VERB.test(st) || relationSentences.includes(i))) eventSentence = i;
  }
  if (eventSentence < 0 && relationSentences.length) eventSentence = Math.min(...relationSentences);
  if (eventSentence >= 0) {
    const s = sentences[eventSentence]!;
    const st = sentenceText(eventSentence);
    // A capitalised "Congress" is usually another meeting's name ("… City Party Congress"):
    // prefer the common noun, in this sentence or in the next that reports attendance.
    let picked = lowerNounIn(sentenceText(eventSentence), eventSentence);
    // The relations' sentences in turn, up to the first with a common noun; a sentence once
    // (relationSentences repeats one per chair and attendee; decision 0082).
    const tried = new Uint8Array(sentences.length);
    tried[eventSentence] = 1;
    for (let r = 0; !picked && r < relationSentences.length; r++) {
      const i = relationSentences[r]!;
      if (tried[i] === 1) continue;
      tried[i] = 1;
      picked = lowerNounIn(sentenceText(i), i);
    }
    const capitalisedNoun = EVENT_NOUN.exec(st);
    // "The ceremony opened the congress week. President A attended.": a sentence that reports
    // attendance and names no meeting attends the one named last before it.
    for (let back = eventSentence - 1; !picked && !capitalisedNoun && back >= 0; back--)
      picked = lowerNounIn(sentenceText(back), back);
    const noun = picked?.match ?? capitalisedNoun;
    const nounSentence = picked?.sentence ?? eventSentence;
    const nounText = sentenceText(nounSentence);
    const { name, kind } = nameAndKind(nounText, noun);
    const nounAt = nounSentence === eventSentence ? (noun?.index ?? 0) : 0;
    // Without an article date, a yearless date takes the latest year the article writes (never a
    // guess: none written, no year). Only then is the article scanned for years.
    let fallbackYear: number | null = null;
    if (!publishedAt)
      for (const m of matchesOf(/\b(19\d{2}|20\d{2})\b/g, text))
        fallbackYear = Math.max(fallbackYear ?? 0, Number(m[1]));
    // The date is in the event's sentence, or else in the nearest sentence before it
    // ("On the afternoon of April 3, …" then "… chaired the working session"): there, the date
    // nearest that sentence's end, the one closest to the event's sentence — not a dateline's stamp
    // at its start ("DONG NAI, Dec 3 (VNA) – … at a dialogue … on December 2."; decision 0125).
    let date = dateIn(st, nounAt, publishedAt, fallbackYear);
    for (let back = eventSentence - 1; date === null && back >= 0; back--) {
      const before = sentenceText(back);
      date = dateIn(before, before.length, publishedAt, fallbackYear);
    }
    // organisers: "ORG held …", "… held … by ORG"
    const verb = HOLDING_VERB.exec(st);
    if (verb) {
      const verbAt = s.start + verb.index;
      const bodies = doc.elementsBySentence[eventSentence]!.filter(
        (e): e is BodyElement => e.kind === 'body' && !e.body.generic,
      );
      const passive =
        /\b(?:was|were|been|be)\s+(?:\w+\s+)?$/.test(st.slice(0, verb.index)) ||
        ORGANISER_REDUCED_PASSIVE.test(st.slice(verb.index + verb[0].length));
      if (passive) {
        const by = /\bby\s+(?:the\s+)?/.exec(st.slice(verb.index));
        const target = by ? bodies.findIndex((b) => b.body.start >= verbAt + by.index) : -1;
        // "organised by the X and the Y": the list after "by" (decision 0107)
        if (target >= 0)
          for (const b of coOrganisers(text, bodies, target, 1))
            organizers.push(orgNameOf(b.body, b.body.start)!);
      } else if (!/^took place$/i.test(verb[0])) {
        // "X took place": its subject is the meeting itself, so the body before it is no organiser
        // ("A conference on Directive 42 of the Secretariat took place …").
        const before = bodies.filter((b) => b.body.end <= verbAt);
        const last = before.at(-1);
        // "The Politburo and the Secretariat on Sunday held …": a day between subject and verb too.
        // "The X and the Y held …", "The X, the Y and the Z held …" (decision 0107: the whole list)
        if (last && SUBJECT_BEFORE_HOLDING_VERB.test(text.slice(last.body.end, verbAt)))
          for (const b of coOrganisers(text, before, before.length - 1, -1))
            organizers.push(orgNameOf(b.body, b.body.start)!);
      }
    }
    const bodiesOf = unnamed((i: number) =>
      doc.elementsBySentence[i]!.filter((e): e is BodyElement => e.kind === 'body' && !e.body.generic),
    );
    // "chaired a meeting of the National Assembly Standing Committee": the body whose meeting it is.
    if (!organizers.length && noun) {
      const nounEnd = sentences[nounSentence]!.start + noun.index! + noun[0].length;
      const owner = bodiesOf(nounSentence).find(
        (b) => b.body.start >= nounEnd && ORGANISER_OF_EVENT.test(text.slice(nounEnd, b.body.start)),
      );
      if (owner) organizers.push(orgNameOf(owner.body, owner.body.start)!);
    }
    // "chaired the Government's regular meeting": the body owning the meeting in the possessive.
    if (!organizers.length && noun) {
      const nounStart = sentences[nounSentence]!.start + noun.index!;
      const owner = bodiesOf(nounSentence).find(
        (b) =>
          b.body.end < nounStart &&
          doc.tokens[b.body.last]!.possessive &&
          ORGANISER_OWNING_EVENT.test(text.slice(b.body.end, nounStart)),
      );
      if (owner) organizers.push(orgNameOf(owner.body, owner.body.start)!);
    }
    // "… took place in Can Tho. The event was organised by the Can Tho City Party Committee."
    for (
      let i = eventSentence + 1;
      !organizers.length && i <= eventSentence + 2 && i < sentences.length;
      i++
    ) {
      const by = ORGANISER_BY.exec(sentenceText(i));
      const at = by ? sentences[i]!.start + by.index + by[0].length : -1;
      const target = by ? bodiesOf(i).find((b) => b.body.start === at) : undefined;
      if (target) organizers.push(orgNameOf(target.body, target.body.start)!);
    }
    const mentionStart = noun ? sentences[nounSentence]!.start + noun.index! : s.start;
    events.push({
      name,
      kind,
      date,
      organizer: organizers.filter(Boolean)[0] ?? null,
      mentions: [
        {
          start: mentionStart,
          end: mentionStart + (noun ? noun[0].length : 0),
          text: noun ? noun[0] : '',
          sentence: nounSentence,
        },
      ],
    });
    // Later meetings of the same article, each on a day of its own ("On Wednesday, B chaired a
    // conference …", "On Thursday, A met President C", decision 0066): a sentence after the event's
    // that names a chair or an attendee (only those: a test of every later sentence cost a tenth of
    // the events component) and is dated in itself to a day no event of the article has, not after the article's date (which it needs).
    // Such a sentence and those after it, up to the next, tell of that meeting.
    for (const i of doc.meetingSentences) {
      if (i <= eventSentence) continue;
      const later = sentenceText(i);
      const own = lowerNounIn(later, i)?.match ?? EVENT_NOUN.exec(later);
      const laterDate = dateIn(later, own?.index ?? 0, publishedAt, fallbackYear);
      // Without the article's date a later day's year would be a guess from the years the text writes.
      if (laterDate === null || !publishedAt || laterDate > publishedAt) continue;
      if (laterDate === date || events.some((e) => e.date === laterDate)) continue;
      const named = nameAndKind(later, own);
      // Relations name their event, and the resolver keys an article's events by name: two "Meeting"s
      // are told apart by their day.
      if (events.some((e) => nameKey(e.name) === nameKey(named.name))) named.name += ` on ${laterDate}`;
      const at = own ? sentences[i]!.start + own.index! : sentences[i]!.start;
      events.push({
        ...named,
        date: laterDate,
        organizer: null,
        mentions: [{ start: at, end: at + (own ? own[0].length : 0), text: own ? own[0] : '', sentence: i }],
      });
      laterMeetings.push({ sentence: i, name: named.name });
    }
    for (const org of new Set(organizers.filter(Boolean))) {
      eventRelations.push({
        key: `O|${org}`,
        relation: {
          type: 'ORGANIZED',
          organization: org,
          event: name,
          evidence: evidenceOf(article, eventSentence, s.start, s.end),
        },
      });
    }
  }
  // Each chair and attendee belongs to the meeting told of in or before their sentence.
  // The last meeting told of at or before the sentence, read back from the end (a filtered copy of
  // the meetings was made per chair and attendee; decision 0077).
  const eventOf = unnamed((sentence: number) => {
    for (let m = laterMeetings.length - 1; m >= 0; m--)
      if (laterMeetings[m]!.sentence <= sentence) return laterMeetings[m]!.name;
    return events[0]?.name;
  });
  for (const r of participation)
    eventRelations.push({
      key: `${r.type}|${nameKey(r.person!)}`,
      relation: { ...r, event: eventOf(r.evidence.sentenceIndex) },
    });
  return { events, organizers: organizers.filter(Boolean), eventRelations };
}
