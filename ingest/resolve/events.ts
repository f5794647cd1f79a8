// Events as keys. Two articles about one conference rarely title it the same way, but they agree
// on its date and its organizer: when both are known they are the key. Otherwise the event is
// keyed by its name, date and the article, so unrelated meetings never fuse.
import type { ExtractedEvent } from '../types.ts';
import { nameKey } from '../text/normalise.ts';
import { shortHash, slug } from './keys.ts';

export function eventId(
  event: Pick<ExtractedEvent, 'name' | 'date'>,
  organizerId: string | null,
  articleId: string,
): string {
  if (event.date && organizerId) return `event:${event.date}:${organizerId.replace(/^org:/, '')}`;
  return `event:${event.date ?? 'undated'}:${slug(event.name, 40)}:${shortHash(nameKey(event.name), articleId).slice(0, 8)}`;
}
