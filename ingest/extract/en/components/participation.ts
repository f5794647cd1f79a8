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
 * Every cue phrase of the article, by sentence, in the order of the cue list. Each cue is run once
 * over the lower-cased article rather than once per sentence (profiled: the 50 cues × every sentence
 * were a sixth of English extraction); a match running past its sentence's end is not a cue.
 */
function cueHits(doc: TokenLayer): CueHit[][] {
  const { text, sentenceOf, article } = doc;
  const bySentence: CueHit[][] = article.sentences.map(() => []);
  const lower = text.toLowerCase();
  // A few letters change length when lower-cased ("İ"): then offsets only hold sentence by sentence.
  const whole = lower.length === text.length;
  const chunks = whole
    ? [{ at: 0, text: lower }]
    : article.sentences.map((s) => ({ at: s.start, text: text.slice(s.start, s.end).toLowerCase() }));
  for (const cue of RELATION_CUES) {
    // Most cues are absent from most articles: a substring search rules them out before the regex.
    if (cue.literal !== null && !lower.includes(cue.literal)) continue;
    for (const chunk of chunks) {
      for (const m of chunk.text.matchAll(cue.pattern)) {
        const start = chunk.at + m.index;
        const sentence = sentenceOf(start);
        if (sentence < 0) continue;
        const end = start + m[0].length;
        if (end > article.sentences[sentence]!.end) continue;
        bySentence[sentence]!.push({ cue, start, end });
      }
    }
  }
  return bySentence;
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
