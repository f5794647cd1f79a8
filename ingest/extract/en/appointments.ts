// English appointments, elections and departures: "was elected …", "was appointed … on 17
// February 2023", "retired", "former …". Reads the sentence elements the English recogniser built
// (names, posts); the pairing rules are ../appointments.ts, the cues appointment-cues.tsv.
import type { ExtractedAppointment, SegmentedArticle } from '../../types.ts';
import { appointmentsInSentence, findCues, type HolderAt, type PostAt } from '../appointments.ts';
import { findDates, isoDate } from './dates.ts';
import { lowerCaseOf } from './tokens.ts';
import type { NameSpan } from './names.ts';
import type { BodyPhrase } from './body-phrase.ts';
import { postBodyName, type PostPhrase } from './post-phrase.ts';

/** The parts of the recogniser's sentence elements read here. */
export type SentenceElement =
  { kind: 'person'; name: NameSpan } | { kind: 'post'; post: PostPhrase } | { kind: string };

export interface EnglishArticleNames {
  /** The person's name as the extraction reports it (a given name alone stands for the full one). */
  personName(name: NameSpan): string;
  /** The body a post phrase names, as the extraction reports it. */
  orgNameOf(body: BodyPhrase | null, atOffset: number): string | null;
  orgNamed(surface: string): string | null;
}

export function findEnglishAppointments(
  article: SegmentedArticle,
  elementsBySentence: readonly (readonly SentenceElement[])[],
  names: EnglishArticleNames,
): ExtractedAppointment[] {
  const out: ExtractedAppointment[] = [];
  // Lower-cased when a sentence first needs its cues: most articles have none that can hold an appointment.
  let lower: string | null = null;
  elementsBySentence.forEach((elements, si) => {
    const s = article.sentences[si]!;
    // Whether the sentence can hold an appointment at all (a person, a post, and a cue or a former
    // post) before any post's body is named: most sentences cannot, and naming each post's body
    // there was wasted (the look-ups are pure, so leaving them out changes nothing; decision 0077).
    let person = false;
    let post = false;
    let former = false;
    for (const e of elements) {
      if (e.kind === 'person' && 'name' in e) person = true;
      else if (e.kind === 'post' && 'post' in e) {
        post = true;
        if (e.post.former) former = true;
      }
    }
    if (!person || !post) return;
    lower ??= lowerCaseOf(article.text);
    const cues = findCues('en', lower.slice(s.start, s.end), s.start);
    if (cues.length === 0 && !former) return;
    const posts: PostAt[] = [];
    const holders: HolderAt[] = [];
    for (const e of elements) {
      if (e.kind === 'person' && 'name' in e) {
        holders.push({ start: e.name.start, end: e.name.end, person: names.personName(e.name) });
      } else if (e.kind === 'post' && 'post' in e) {
        const p = e.post;
        // As the recogniser's HOLDS_POSITION names the body, so that both reach one post.
        const organization = postBodyName(p, names.orgNamed, names.orgNameOf);
        posts.push({ start: p.start, end: p.end, role: p.role, organization, former: p.former });
      }
    }
    const found = findDates(article.text.slice(s.start, s.end));
    const date = found[0] ? isoDate(found[0], article.record.publishedAt) : null;
    out.push(...appointmentsInSentence(article, si, holders, posts, cues, date));
  });
  return out;
}
