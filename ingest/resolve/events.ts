// Events as keys. Two articles about one meeting rarely title it the same way, and an English
// article titles it in English, but they agree on its date and on who chaired it (or which body
// organized it): when the date and a chair or the organizer are known, they are the key. Otherwise
// the event is keyed by its name, date and the article, so unrelated meetings never fuse.
import type { ExtractedEvent } from '../types.ts';
import { nameKey } from '../text/normalise.ts';
import { shortHash, slug } from './keys.ts';

/**
 * `chairIds` are the resolved ids of the people the article says chaired it, sorted: the first is
 * the key, so that a paper naming two co-chairs and one naming the first of them agree.
 */
export function eventId(
  event: Pick<ExtractedEvent, 'name' | 'date'>,
  organizerId: string | null,
  chairIds: readonly string[],
  articleId: string,
): string {
  const chair = chairIds[0];
  if (event.date && chair) return `event:${event.date}:chaired-by:${chair.replace(/^person:/, '')}`;
  if (event.date && organizerId) return `event:${event.date}:${organizerId.replace(/^org:/, '')}`;
  return `event:${event.date ?? 'undated'}:${slug(event.name, 40)}:${shortHash(nameKey(event.name), articleId).slice(0, 8)}`;
}

// A delegation names who came, not the meeting: "Đoàn công tác của Chính phủ" is the working
// session of that delegation.
const DELEGATION = /^(?:Đoàn công tác|Đoàn kiểm tra|Đoàn giám sát|Đoàn khảo sát|Đoàn đại biểu)(?![\p{L}])/iu;

export function eventDisplayName(name: string): string {
  if (!DELEGATION.test(name)) return name;
  return `Buổi làm việc của ${name.charAt(0).toLocaleUpperCase('vi') === name.charAt(0) ? name : name.charAt(0).toLocaleUpperCase('vi') + name.slice(1)}`;
}
