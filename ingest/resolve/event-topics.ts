// Which documents a meeting was about: a document named after an event's mention in the same
// sentence, with a cue between them ("Hội nghị quán triệt Chỉ thị 05-CT/TW", "a conference to
// implement Directive 05-CT/TW"), no other event in between. The cues are data
// (event-topic-cues.tsv); the pairs become ABOUT claims with the sentence as evidence.
import type { Evidence, Language, Mention, SegmentedArticle } from '../types.ts';
import { readLexicon } from '../lexicon/shared/lexicon-file.ts';
import { matchKey } from '../text/normalise.ts';
import { escapeRegExp } from '../text/regexp.ts';

const MAX_GAP = 120;

const CUES: Record<Language, RegExp> = (() => {
  const rows = readLexicon('event-topic-cues.tsv');
  const pattern = (language: Language) =>
    new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${rows
        .filter(([, lang]) => lang === language)
        .map(([cue = '']) => escapeRegExp(matchKey(cue)))
        .join('|')})(?![\\p{L}\\p{M}])`,
      'u',
    );
  return { vi: pattern('vi'), en: pattern('en') };
})();

export interface TopicLink {
  event: string;
  document: string;
  evidence: Evidence;
}

/** `events` and `documents` by the name the extraction refers to them with, each with its mentions. */
export function eventTopics(
  article: SegmentedArticle,
  events: readonly { ref: string; mentions: readonly Mention[] }[],
  documents: readonly { ref: string; mentions: readonly Mention[] }[],
): TopicLink[] {
  const links: TopicLink[] = [];
  const seen = new Set<string>();
  const eventMentions = events.flatMap((e) => e.mentions.map((m) => ({ ref: e.ref, m })));
  for (const { ref: eventRef, m: em } of eventMentions) {
    for (const doc of documents) {
      for (const dm of doc.mentions) {
        if (dm.sentence !== em.sentence || dm.start < em.start || dm.start - em.end > MAX_GAP) continue;
        // Another meeting between the two is what the document is about, not this one.
        if (
          eventMentions.some(
            ({ m }) => m !== em && m.sentence === em.sentence && m.start > em.start && m.start < dm.start,
          )
        )
          continue;
        if (!CUES[article.language].test(article.matchText.slice(em.start, dm.start))) continue;
        const key = `${eventRef}\u0001${doc.ref}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sentence = article.sentences[em.sentence];
        if (!sentence) continue;
        links.push({
          event: eventRef,
          document: doc.ref,
          evidence: {
            sentenceIndex: sentence.index,
            sentence: article.text.slice(sentence.start, sentence.end),
            sentenceStart: sentence.start,
            sentenceEnd: sentence.end,
            start: em.start,
            end: dm.end,
          },
        });
      }
    }
  }
  return links;
}
