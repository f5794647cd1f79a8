// Events: a meeting noun ("Hội nghị", "Đại hội", "kỳ họp", "buổi làm việc") in a sentence that
// dates it ("Ngày 12/7", "Chiều ngày 28/12/2021", "Sáng 23/9"). The year comes from the date, the
// article's publication date, or the latest year the text names.
import type { EventKind } from '../../types.ts';
import { isoDate } from './documents.ts';

export interface EventHit {
  name: string;
  kind: EventKind;
  date: string | null;
  start: number;
  end: number;
  sentence: number;
}

const EVENT_NOUN = /(?<![\p{L}])(Hội nghị|hội nghị|Đại hội|đại hội|Kỳ họp|kỳ họp|Phiên họp|phiên họp|buổi làm việc|Buổi làm việc|Hội thảo|hội thảo|Tọa đàm|tọa đàm|Lễ|lễ|Đoàn công tác|đoàn công tác|Đoàn kiểm tra|đoàn kiểm tra|cuộc họp)(?![\p{L}])/u;
const KIND: Record<string, EventKind> = {
  'hội nghị': 'conference',
  'hội thảo': 'conference',
  'tọa đàm': 'conference',
  'cuộc họp': 'conference',
  'đại hội': 'congress',
  'kỳ họp': 'session',
  'phiên họp': 'session',
  'buổi làm việc': 'working-visit',
  'đoàn công tác': 'working-visit',
  'đoàn kiểm tra': 'working-visit',
  lễ: 'ceremony',
};
const DATE = /(?<![\p{L}\p{N}\/])(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?|^)(\d{1,2})\s*[\/-]\s*(\d{1,2})(?:\s*[\/-]\s*(\d{4}))?(?![\p{N}\/-])/u;
const DATE_ALL = new RegExp(DATE.source, 'gu');
const HAS_DAY_MONTH = /\d\s*[\/-]\s*\d/;
const YEAR = /(?<!\p{N})(19[5-9]\d|20\d\d)(?!\p{N})/gu;

// A year the text looks forward to ("tầm nhìn đến năm 2030", the end of "nhiệm kỳ 2020 - 2025")
// is not the year the article reports.
const FORWARD_YEAR_BEFORE = /(?:đến|tới|vọng|nhìn)(?: năm)?\s*$|\d{4}\s*[-–]\s*$/u;

export function articleYear(text: string, publishedAt: string | null): number | null {
  if (publishedAt && /^\d{4}/.test(publishedAt)) return Number(publishedAt.slice(0, 4));
  let best: number | null = null;
  let bestAny: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (bestAny === null || y > bestAny) bestAny = y;
    if (FORWARD_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (best === null || y > best) best = y;
  }
  return best ?? bestAny;
}

// A meeting the article reports, when no sentence dates it: "Tại Hội nghị", "Hội nghị diễn ra …".
const REPORTED_MEETING = /(?:tổ chức|diễn ra|khai mạc|bế mạc|Tại|tại|dự|chủ trì)\s+(?:buổi\s+)?(Hội nghị|Đại hội|Kỳ họp|kỳ họp|Hội thảo|Lễ|Phiên họp|hội nghị|đại hội)(?![\p{L}])/u;

export function findEvents(
  text: string,
  sentences: { start: number; end: number }[],
  year: number | null,
  /** Ranges of document references with their dates: "ngày 14/6/2024" there dates the document, not a meeting. */
  documentRanges: { start: number; end: number }[] = [],
): EventHit[] {
  const events: EventHit[] = [];
  const seenDates = new Set<string>();
  sentences.forEach((s, index) => {
    const sentence = text.slice(s.start, s.end);
    if (!HAS_DAY_MONTH.test(sentence)) return;
    const noun = EVENT_NOUN.exec(sentence);
    if (!noun) return;
    const dates = [...sentence.matchAll(DATE_ALL)].filter(
      (d) => !documentRanges.some((r) => s.start + d.index >= r.start && s.start + d.index < r.end),
    );
    const date = dates[0];
    if (!date) return;
    const iso = date[3] ? isoDate(date[1]!, date[2]!, date[3]) : year ? isoDate(date[1]!, date[2]!, year) : null;
    if (!iso || seenDates.has(iso)) return;
    seenDates.add(iso);
    const nameStart = noun.index;
    const rest = sentence.slice(nameStart);
    const cut = rest.search(/[.;:!?]|,\s|\s(?:tại|với|do|dưới|nhằm|để|có|đã|sẽ)\s/u);
    const name = (cut > 0 ? rest.slice(0, cut) : rest).trim();
    const key = noun[1]!.toLowerCase();
    events.push({
      name: name.charAt(0).toUpperCase() + name.slice(1),
      kind: KIND[key] ?? 'other',
      date: iso,
      start: s.start + nameStart,
      end: s.start + nameStart + name.length,
      sentence: index,
    });
  });
  if (!events.length) {
    for (let index = 0; index < sentences.length; index++) {
      const s = sentences[index]!;
      const sentence = text.slice(s.start, s.end);
      const m = REPORTED_MEETING.exec(sentence);
      if (!m) continue;
      const nameStart = m.index + m[0].length - m[1]!.length;
      const rest = sentence.slice(nameStart);
      const cut = rest.search(/[.;:!?]|,\s|\s(?:tại|với|do|dưới|nhằm|để|có|đã|sẽ)\s/u);
      const name = (cut > 0 ? rest.slice(0, cut) : rest).trim();
      events.push({
        name: name.charAt(0).toUpperCase() + name.slice(1),
        kind: KIND[m[1]!.toLowerCase()] ?? 'other',
        date: null,
        start: s.start + nameStart,
        end: s.start + nameStart + name.length,
        sentence: index,
      });
      break;
    }
  }
  return events;
}
