// Dated events of a post, language-neutral: given a sentence's holders (names), posts and cue words
// (appointment-cues.tsv), which holder was appointed, elected to or left which post, and when.
// Each language (vi/appointments.ts, en/appointments.ts) finds the names, posts and the sentence's
// date with its own recogniser and calls this; the rules that pair them are one, here.
import { evidenceOf } from './evidence.ts';
import type { AppointmentKind, ExtractedAppointment, Language, SegmentedArticle } from '../types.ts';
import { readLexicon } from '../lexicon/shared/lexicon-file.ts';
import { escapeRegExp, guardedPattern, matchAllGuarded, type GuardedPattern } from '../text/regexp.ts';
import { unnamed } from '../base/unnamed.ts';

export interface HolderAt {
  start: number;
  end: number;
  person: string;
}

export interface PostAt {
  start: number;
  end: number;
  role: string;
  organization: string | null;
  /** Written "nguyên …" / "former …": the post was left by the article's date. */
  former: boolean;
}

export interface CueAt {
  start: number;
  end: number;
  kind: AppointmentKind;
}

const CUE_PATTERNS: Record<Language, { pattern: GuardedPattern; kindOf: Map<string, AppointmentKind> }> =
  (() => {
    const rows = readLexicon('appointment-cues.tsv');
    const build = unnamed((language: Language) => {
      const entries = rows
        .filter(([, lang]) => lang === language)
        .map(([cue = '', , kind = '']) => [cue.toLowerCase(), kind as AppointmentKind] as const);
      for (const [cue, kind] of entries)
        if (!['APPOINTED', 'ELECTED', 'LEFT'].includes(kind))
          throw new Error(
            `appointment-cues.tsv: "${cue}" has kind "${kind}"; write APPOINTED, ELECTED or LEFT.`,
          );
      // Longest first, so "thôi giữ chức" wins over any shorter cue inside it.
      const alternatives = entries
        .map(([cue]) => cue)
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
      // A cue is a word of its own: no letter, mark or hyphen right before it, none after. Searched
      // split (guardedPattern): the look-behind in front made the expression read the Unicode
      // classes at every character of every article (1 % of Vietnamese extraction's CPU, decision
      // 0072); split, it is tested only where a cue matched.
      return {
        pattern: guardedPattern(
          new RegExp(`(?<![\\p{L}\\p{M}-])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'gu'),
        ),
        kindOf: new Map(entries),
      };
    });
    return { vi: build('vi'), en: build('en') };
  })();

/** The cue words in `lowerText` (a lower-cased text; offsets relative to it, plus `offset`). */
export function findCues(language: Language, lowerText: string, offset = 0): CueAt[] {
  const { pattern, kindOf } = CUE_PATTERNS[language];
  const cues: CueAt[] = [];
  for (const m of matchAllGuarded(lowerText, pattern))
    cues.push({ start: offset + m.index, end: offset + m.index + m[0].length, kind: kindOf.get(m[0])! });
  return cues;
}

// Between a post and a LEFT cue after it ("X, Bí thư Tỉnh ủy, nghỉ hưu"): punctuation and a tense word.
const AFTER_POST = /^[\s,]*(?:(?:đã|sẽ|vừa|has|had|will)\s+)?$/iu;
// Between a holder and the post written right after the holder's name ("Lê Minh Hoan, nguyên Bí thư").
const APPOSITION = /^[\s,(–-]*(?:nguyên\s*)?$/iu;

/**
 * The appointments of one sentence. `holders`, `posts` and `cues` are that sentence's, each in text
 * order; `date` is the date the sentence gives (null: none). A post takes the nearest cue before it
 * when the cue stands between the holder and the post ("X được bầu giữ chức P") or just before the
 * holder, the first one after the cue ("bổ nhiệm đồng chí X giữ chức P"); a LEFT cue may follow the
 * holder's post; a post written "nguyên"/"former" is left, undated (the sentence's date is not when).
 */
export function appointmentsInSentence(
  article: SegmentedArticle,
  sentenceIndex: number,
  holders: readonly HolderAt[],
  posts: readonly PostAt[],
  cues: readonly CueAt[],
  date: string | null,
): ExtractedAppointment[] {
  const out: ExtractedAppointment[] = [];
  const text = article.text;
  const lastBefore = unnamed(<T extends { start: number; end: number }>(items: readonly T[], at: number) =>
    items.filter((x) => x.end <= at).at(-1),
  );
  const firstAfter = unnamed(<T extends { start: number; end: number }>(items: readonly T[], at: number) =>
    items.find((x) => x.start >= at),
  );
  const add = unnamed(
    (kind: AppointmentKind, holder: HolderAt, post: PostAt, when: string | null, cue?: CueAt) =>
      out.push({
        kind,
        person: holder.person,
        role: post.role,
        organization: post.organization,
        date: when,
        evidence: evidenceOf(
          article,
          sentenceIndex,
          Math.min(holder.start, post.start, cue?.start ?? post.start),
          Math.max(holder.end, post.end, cue?.end ?? post.end),
        ),
      }),
  );
  for (const post of posts) {
    if (post.former) {
      // "nguyên Bí thư Tỉnh ủy Lê Minh Hoan" names the holder after; "Lê Minh Hoan, nguyên …" before.
      const next = firstAfter(holders, post.end);
      const previous = lastBefore(holders, post.start);
      const holder =
        next && /^\s*$/u.test(text.slice(post.end, next.start))
          ? next
          : previous && APPOSITION.test(text.slice(previous.end, post.start))
            ? previous
            : null;
      if (holder) add('LEFT', holder, post, null);
      continue;
    }
    const holder = lastBefore(holders, post.start);
    const cue = lastBefore(cues, post.start);
    if (holder && cue) {
      const cueBetween = holder.end <= cue.start;
      const holderFirstAfterCue = cue.end <= holder.start && firstAfter(holders, cue.end) === holder;
      if (cueBetween || holderFirstAfterCue) {
        add(cue.kind, holder, post, date, cue);
        continue;
      }
    }
    const leftAfter = firstAfter(cues, post.end);
    if (
      holder &&
      leftAfter?.kind === 'LEFT' &&
      AFTER_POST.test(text.slice(post.end, leftAfter.start)) &&
      !posts.some((p) => p !== post && p.start >= post.end && p.end <= leftAfter.start)
    )
      add('LEFT', holder, post, date, leftAfter);
  }
  return out;
}
