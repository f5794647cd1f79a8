// Component 7, participation: CHAIRED and ATTENDED from the cue phrases of relation-cues.tsv, each
// saying where its person stands — after the cue and the list it heads ("chaired by A, B and C"),
// before it and the list it ends ("A and B co-chaired"), or anywhere in the sentence ("Attending
// were …", "X delivered a speech"). A chair is not also an attendee. Implementing cues are only
// located here; the implements component reads them once the event's organiser is known.
import type { ExtractedRelation } from '../../../types.ts';
import { nameKey } from '../../../text/normalise.ts';
import { evidenceOf } from '../../evidence.ts';
import { RELATION_CUES, type RelationCue } from '../lexicon.ts';
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
 * sentences that hold it, found by a substring search (profiled: running each cue over the whole
 * article was a tenth of English extraction); a cue without one is still run on every sentence.
 */
function cueHits(doc: TokenLayer): CueHit[][] {
  const { text, article } = doc;
  const { sentences } = article;
  const bySentence: CueHit[][] = sentences.map(() => []);
  const lower = text.toLowerCase();
  // A few letters change length when lower-cased ("İ"): then each sentence is lower-cased alone.
  const whole = lower.length === text.length;
  const lowerSentence = sentences.map((s) => (whole ? lower.slice(s.start, s.end) : null));
  const sentenceText = (i: number) =>
    (lowerSentence[i] ??= text.slice(sentences[i]!.start, sentences[i]!.end).toLowerCase());
  for (const cue of RELATION_CUES) {
    const { pattern } = cue;
    for (const sentence of sentencesHolding(lower, sentences, cue.literal, whole)) {
      const at = sentences[sentence]!.start;
      const sentenceLower = sentenceText(sentence);
      // exec over the cue's own global expression: matchAll would copy the expression each time.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentenceLower); m; m = pattern.exec(sentenceLower)) {
        bySentence[sentence]!.push({ cue, start: at + m.index, end: at + m.index + m[0].length });
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
  }
  return bySentence;
}

/**
 * The sentences that may hold a match of a cue: those holding its literal, in order (every
 * sentence when it has none, or when offsets of the lower-cased article are not the text's).
 */
export function sentencesHolding(
  lower: string,
  sentences: readonly { start: number; end: number }[],
  literal: string | null,
  whole: boolean,
): number[] {
  if (literal === null || !whole) return sentences.map((_, i) => i);
  const out: number[] = [];
  let sentence = 0;
  for (let at = lower.indexOf(literal); at >= 0;) {
    while (sentence < sentences.length && sentences[sentence]!.end < at + literal.length) sentence++;
    if (sentence >= sentences.length) break;
    const { start, end } = sentences[sentence]!;
    if (start <= at) {
      out.push(sentence++);
      // The sentence is taken: its other occurrences need not be found.
      at = lower.indexOf(literal, end);
    } else at = lower.indexOf(literal, at + 1);
  }
  return out;
}

export function readParticipation(
  doc: TokenLayer & PersonLayer & PhraseLayer & PostLayer,
): ParticipationLayer {
  const { article, persons, personKey } = doc;
  const chairs = new Map<string, ExtractedRelation>();
  const attendees = new Map<string, ExtractedRelation>();
  const implementsCues: ParticipationLayer['implementsCues'] = [];
  const hitsBySentence = cueHits(doc);
  article.sentences.forEach((_, sentence) => {
    const els = doc.elementsBySentence[sentence]!;
    const people = els.filter((e): e is PersonElement => e.kind === 'person');
    const hits = hitsBySentence[sentence]!;
    const shadowed = (h: CueHit) =>
      hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
    for (const hit of hits.filter((h) => !shadowed(h))) {
      const { cue } = hit;
      if (cue.type === 'IMPLEMENTS') {
        implementsCues.push({ sentence, start: hit.start, end: hit.end });
        continue;
      }
      if (cue.type !== 'CHAIRED' && cue.type !== 'ATTENDED') continue;
      const first = people.find((p) => p.name.start >= hit.end);
      const last = people.filter((p) => p.name.end <= hit.start).at(-1);
      // "chaired by A, B and C", "A and B co-chaired": the cue's person and the list it heads.
      const chosen =
        cue.position === 'after'
          ? first
            ? personList(els, els.indexOf(first), 1)
            : []
          : cue.position === 'before'
            ? last
              ? personList(els, els.indexOf(last), -1)
              : []
            : people;
      const map = cue.type === 'CHAIRED' ? chairs : attendees;
      for (const p of chosen) {
        const person = persons.get(personKey(p.name))!;
        if (map.has(nameKey(person.name))) continue;
        map.set(nameKey(person.name), {
          type: cue.type,
          person: person.name,
          evidence: evidenceOf(
            article,
            sentence,
            Math.min(hit.start, p.name.start),
            Math.max(hit.end, p.name.end),
          ),
        });
      }
    }
  });
  for (const key of chairs.keys()) attendees.delete(key);
  return { chairs, attendees, implementsCues };
}
