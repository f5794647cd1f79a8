// ORGANIZED and the article's own body. The organizer of an event is the body written before its
// noun in its sentence ("UBND tỉnh tổ chức Hội nghị …"); the body the article is about is the
// organizer of its first event, else its first body that did not only issue its documents.
import { evidenceOf } from '../evidence.ts';
import type { ExtractedEvent, ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, ClauseLayer, IssuerLayer } from './doc.ts';
import type { EventHit } from './events.ts';
import type { OrgSpan } from './organizations.ts';

/** The widest body of a list of spans: drops those nested in another. */
export function outermost(spans: OrgSpan[]): OrgSpan[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to));
}

export function organizerOf(f: ArticleFacts & ClauseLayer, e: EventHit): string | null {
  const { article, orgsIn } = f;
  const si = e.sentence;
  const firstTok = f.tokenAt(article.sentences[si]!.start);
  const evTok = f.tokenAt(e.start);
  const before = outermost(
    orgsIn(si).filter((o) => o.from >= firstTok && o.to <= evTok && !f.inPost[o.from]),
  );
  if (before.length) return f.orgNameOfSpan(before[before.length - 1]!);
  return null;
}

/**
 * The body the article is about. Not one that only issued its documents ("… của Bộ Chính trị"):
 * the Politburo issues a directive, the local committee that reports on it implements it.
 */
export function subjectBody(f: ArticleFacts & ClauseLayer & IssuerLayer): string | null {
  const mainEvent = f.eventHits[0] ?? null;
  const issuers = new Set([...f.issuerOf.values()].flatMap((t) => [t.name, ...t.also]));
  const firstOrg = f.orgSpans.find((o) => !issuers.has(f.orgNameOfSpan(o)!)) ?? f.orgSpans[0] ?? null;
  return (mainEvent && organizerOf(f, mainEvent)) || (firstOrg ? f.orgNameOfSpan(firstOrg) : null);
}

/** The events with their organizers, and one ORGANIZED per event with an organizer. */
export function organizedEvents(f: ArticleFacts & ClauseLayer): {
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
} {
  const { article } = f;
  const relations: ExtractedRelation[] = [];
  const events: ExtractedEvent[] = f.eventHits.map((e) => {
    const organizer = organizerOf(f, e);
    if (organizer)
      relations.push({
        type: 'ORGANIZED',
        organization: organizer,
        event: e.name,
        evidence: evidenceOf(article, e.sentence, e.start, e.end),
      });
    return {
      name: e.name,
      kind: e.kind,
      date: e.date,
      organizer,
      mentions: [
        { start: e.start, end: e.end, text: article.text.slice(e.start, e.end), sentence: e.sentence },
      ],
    };
  });
  return { events, relations };
}
