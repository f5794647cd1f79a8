// Vietnamese appointments, elections and departures: "được bầu giữ chức …", "bổ nhiệm … từ ngày …",
// "trao quyết định …", "thôi giữ chức", "nghỉ hưu", "nguyên …". The posts are read with the
// recogniser's own post parser (persons.ts), the pairing rules are ../appointments.ts.
import type { ExtractedAppointment } from '../../types.ts';
import { appointmentsInSentence, findCues, type HolderAt, type PostAt } from '../appointments.ts';
import { isoDate } from './documents.ts';
import { articleYear } from './events.ts';
import { parsePost } from './persons.ts';
import type { ArticleFacts } from './doc.ts';

// "(kể) từ ngày 17/2/2023", "ngày 15-10-2020", "ngày 1 tháng 3 năm 2023"; the year may be left out.
const DATE =
  /(?<![\p{L}])(từ\s+)?ngày\s+(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)/giu;

/** The date a sentence gives an appointment: the "từ ngày …" one when there is one, else the first. */
function sentenceDate(sentence: string, year: number | null): string | null {
  const found = [...sentence.matchAll(DATE)].map((m) => ({
    from: !!m[1],
    iso: isoDate(m[2]!, m[3] ?? m[5] ?? '', m[4] ?? m[6] ?? year ?? ''),
  }));
  return (found.find((d) => d.from && d.iso) ?? found.find((d) => d.iso))?.iso ?? null;
}

export function findAppointments(f: ArticleFacts): ExtractedAppointment[] {
  const { article, tokens } = f;
  const year = articleYear(article.text, article.record.publishedAt);
  const cuesBySentence = new Map<number, ReturnType<typeof findCues>>();
  for (const cue of findCues('vi', article.matchText)) {
    const si = f.sentenceAt(cue.start);
    cuesBySentence.set(si, [...(cuesBySentence.get(si) ?? []), cue]);
  }
  const formerSentences = new Set(tokens.filter((t) => t.key === 'nguyên').map((t) => f.sentenceAt(t.start)));
  const sentences = [...new Set([...cuesBySentence.keys(), ...formerSentences])].sort((a, b) => a - b);
  const inName = new Uint8Array(tokens.length);
  for (const n of f.names) for (let k = n.from; k < n.to; k++) inName[k] = 1;
  const out: ExtractedAppointment[] = [];
  for (const si of sentences) {
    const s = article.sentences[si]!;
    const from = f.tokenAt(s.start);
    const to = f.tokenAt(s.end);
    const posts: PostAt[] = [];
    for (let i = from; i < to; i++) {
      if (inName[i]) continue;
      const p = parsePost(tokens, i, to);
      if (!p) continue;
      posts.push({
        start: tokens[p.from]!.start,
        end: tokens[p.to - 1]!.end,
        role: p.entry.role ?? article.text.slice(tokens[p.from]!.start, tokens[p.headTo - 1]!.end),
        organization: p.entry.kind === 'fused' ? null : f.orgNameOfSpan(p.org),
        former: p.former,
      });
      i = p.to - 1;
    }
    if (posts.length === 0) continue;
    const holders: HolderAt[] = f.names
      .filter((n) => n.from >= from && n.to <= to)
      .map((n) => ({ start: tokens[n.from]!.start, end: tokens[n.to - 1]!.end, person: f.personName(n) }));
    const date = sentenceDate(article.text.slice(s.start, s.end), year);
    out.push(...appointmentsInSentence(article, si, holders, posts, cuesBySentence.get(si) ?? [], date));
  }
  return out;
}
