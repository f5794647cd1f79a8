// Component 7, participation: CHAIRED and ATTENDED from the cue phrases of relation-cues.tsv, each
// saying where its person stands — after the cue and the list it heads ("chaired by A, B and C"),
// before it and the list it ends ("A and B co-chaired"), or anywhere in the sentence ("Attending
// were …", "X delivered a speech"). A chair is not also an attendee. Implementing cues are only
// located here; the implements component reads them once the event's organiser is known.
import type { ExtractedRelation } from '../../../types.ts';
import { nameKey } from '../../../text/normalise.ts';
import { evidenceOf } from '../../evidence.ts';
import { RELATION_CUES } from '../lexicon.ts';
import {
  personList,
  type ParticipationLayer,
  type PersonElement,
  type PersonLayer,
  type PhraseLayer,
  type PostLayer,
  type TokenLayer,
} from './article.ts';

export function readParticipation(
  doc: TokenLayer & PersonLayer & PhraseLayer & PostLayer,
): ParticipationLayer {
  const { article, text, persons, personKey } = doc;
  const chairs = new Map<string, ExtractedRelation>();
  const attendees = new Map<string, ExtractedRelation>();
  const implementsCues: ParticipationLayer['implementsCues'] = [];
  article.sentences.forEach((s, sentence) => {
    const sentenceText = text.slice(s.start, s.end).toLowerCase();
    const els = doc.elementsBySentence[sentence]!;
    const people = els.filter((e): e is PersonElement => e.kind === 'person');
    const hits = RELATION_CUES.flatMap((cue) =>
      [...sentenceText.matchAll(cue.pattern)].map((m) => ({
        cue,
        start: s.start + m.index!,
        end: s.start + m.index! + m[0].length,
      })),
    );
    const shadowed = (h: (typeof hits)[number]) =>
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
