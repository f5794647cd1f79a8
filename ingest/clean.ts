// Cleaning: Unicode normalisation and removal of page chrome, so that every later offset points
// into article text only. Never throws on any string: the worst input yields empty text.
import type { ArticleRecord, CleanArticle, Language } from './types.ts';
import { unifyTonePlacement } from './text/normalise.ts';
import { detectLanguage } from './detect-language.ts';
import { isDateLine } from './read/dateline.ts';
import { matchesOf } from './base/matches.ts';

// Lines that are page furniture, not article text (menus, counters, share widgets, related links).
const CHROME_LINE = new RegExp(
  [
    '^(?:tin|bài viết|bài) (?:liên quan|cùng chuyên mục|khác|mới nhất|đọc nhiều)\\b.*$',
    '^(?:thống kê truy cập|lượt xem|lượt truy cập|số lượt xem|đang truy cập|hôm nay|tổng truy cập)\\b[:\\s\\d.,]*$',
    '^(?:icon\\s*)+$',
    '^(?:chia sẻ|share|in bài|bản in|gửi bài|xem thêm|từ khóa|tags?|bình luận|blog|quay lại|về đầu trang)\\b[:\\s]*$',
    '^(?:\\d{1,2}:\\d{2}\\s*)?\\d{1,2}\\/\\d{1,2}\\/\\d{4}(?:\\s+\\d{1,2}:\\d{2})?(?:\\s*gmt[+-]\\d+)?$',
    '^(?:cỡ chữ|font|aa?)\\s*[+-]?$',
  ].join('|'),
  'iu',
);
// The heading of a related-links list, and the bulleted headlines under it ("Tin liên quan:" then
// "- Thủ tướng tiếp …" lines): other articles' headlines, not this article's text.
const RELATED_HEADING = /^(?:tin|bài viết|bài|các tin) (?:liên quan|cùng chuyên mục|khác)\s*:?\s*$/iu;
// "» TKV ký kết …", "› …": a site's arrow bullets too (decision 0124).
const BULLET_LINE = /^(?:[-–•*+]\s+|[»›]\s*)\S/u;
// A site's menu on one line: four or more items of one to five words (a dash counted), each opening with a capital,
// set apart by bars or by runs of two or more spaces ("Trang chủ | Thời sự | Chính trị | Kinh tế",
// "Trang chủ  Thời sự  Pháp luật  Bạn đọc"), with no sentence punctuation (decision 0108).
const MENU_SEPARATOR = /\s*\|\s*|\s{2,}/u;
const MENU_ITEM = /^\p{Lu}[\p{L}\p{M}&-]*(?:\s+[\p{L}\p{M}&-]+){0,4}$/u;
function isMenuLine(trimmed: string): boolean {
  if (/[.,:;!?()]/u.test(trimmed)) return false;
  const items = trimmed.split(MENU_SEPARATOR).filter((x) => x !== '');
  return items.length >= 4 && items.every((x) => MENU_ITEM.test(x));
}
// A saved page's masthead: the site's name on the first lines, right above its menu ("Báo Điện tử
// X" then "Trang chủ | Thời sự | …"): a short line with no sentence punctuation (decision 0108).
const MASTHEAD_WORDS = 8;
function isMasthead(trimmed: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    isMenuLine(next) &&
    trimmed.split(/\s+/u).length <= MASTHEAD_WORDS &&
    !/[.,:;!?]/u.test(trimmed)
  );
}
// "Theo Báo X", "Nguồn: X" — a source credit, on a line of its own at the end.
const SOURCE_CREDIT = /^(?:theo|nguồn)\s*:?\s+(.{2,80}?)\s*\.?$/iu;
// "Tác giả bài viết: X", "Tin, ảnh: X", "Bài, ảnh: X", "Ảnh: X", "PV X".
const AUTHOR_LABEL =
  /^(?:tác giả(?: bài viết)?|tin(?:, ảnh)?|bài(?: và ảnh|, ảnh)?|ảnh|nhóm pv|pv|phóng viên|ctv)\s*:?\s+(.{2,80}?)\s*\.?$/iu;
// A byline: one to four short capitalised names separated by dashes or commas, e.g. "Phi Trường - Đức Minh".
const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}`;
// "Ngọc Anh (Báo Công Thương)": the paper the writer works for, in brackets after the names (decision 0124).
const BYLINE = new RegExp(
  `^(${NAME}(?:\\s*[-–,&]\\s*${NAME}){0,3})(?:\\s*[,–-]\\s*.{0,40}|\\s*\\([^()]{2,40}\\))?\\.?$`,
  'u',
);
// "./. Vân Thiêng – Phi Long": a byline after the end-of-article mark on the last line.
const TAIL_BYLINE = /\.\/\.\s*([^\n]{2,80})$/u;
const INLINE_PHOTO_CREDIT =
  /\(?(?<![\p{L}])Ảnh\s*:?\s+([\p{Lu}][\p{L}\p{M}.]*(?:[\s/][\p{Lu}][\p{L}\p{M}.]*){0,4})\)?/gu;

function splitNames(s: string): string[] {
  return s
    .split(/\s*[-–,&/]\s*|\s+và\s+/u)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter((x) => x.length >= 2);
}

// A saved page goes on after the article with the site's furniture: "Tin Nóng", "Các tin khác",
// "Thống kê truy cập", a partner slogan. The article ends at its closing credit ("Theo …", "Tin,
// ảnh: …", a byline) when that credit follows its prose and only short lines come after it.
const FURNITURE_MAX = 100;
const ENDS_A_SENTENCE = /[.!?…”"»)]\s*$/u;
const CAPTION_CREDIT_END = /[.!?]\s+Ảnh\s*:\s*\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}\s*$/u;

function isClosingCredit(line: string): boolean {
  if (SOURCE_CREDIT.test(line) || AUTHOR_LABEL.test(line)) return true;
  return BYLINE.test(line) && line.split(/\s+/).length <= 8 && !/[:;!?]/.test(line);
}

/** How many of `lines` are the article: all of them, unless furniture follows a closing credit. */
function endOfArticle(lines: readonly string[]): number {
  let blockStart = lines.length;
  while (blockStart > 0 && lines[blockStart - 1]!.trim().length <= FURNITURE_MAX) blockStart--;
  // No prose above the short tail: a short article, not a page; nothing to cut.
  if (blockStart === 0) return lines.length;
  for (let i = blockStart; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (isClosingCredit(line)) {
      const after = lines.slice(i + 1).some((l) => l.trim() !== '');
      return after ? i + 1 : lines.length;
    }
    // A caption closed by its photo credit ("… tặng hoa chúc mừng. Ảnh: Đức Quang") ends as a sentence does (decision 0108).
    if (!ENDS_A_SENTENCE.test(line) && !CAPTION_CREDIT_END.test(line)) return lines.length;
  }
  return lines.length;
}

/** Lower case and unified tone placement with the exact UTF-16 length of `text`. */
export function matchTextOf(text: string): string {
  const unified = unifyTonePlacement(text);
  const base = unified.length === text.length ? unified : text;
  const lower = base.toLowerCase();
  if (lower.length === base.length) return lower;
  let out = '';
  for (const ch of base) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** NFC, spaces unified, control characters dropped; line structure kept. */
export function normaliseText(raw: string): string {
  // NFC last: a zero-width character dropped from between a letter and its combining mark
  // ("u\u200b\u031b") leaves the two side by side, which only a later NFC composes (fuzzing found
  // cleaned text that was not NFC, decision 0025).
  const replaced = SOME_REPLACEMENT_APPLIES.test(raw)
    ? raw
        .replace(/\r\n?/g, '\n')
        .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, ' ')
        .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
        // Control characters other than tab and line feed (\r is gone by now), and U+FFFD.
        .replace(CONTROL_OR_REPLACEMENT_CHARACTER, ' ')
    : raw;
  return replaced.replace(/[ \t]+\n/g, '\n').normalize('NFC');
}
// Any code unit one of the four replacements above would change (\r is a control character): a
// text with none, most texts, is left as it is after one search instead of four (decision 0093).
// Compiled once: tsx writes a \p{…} literal inside a function as a new RegExp per call (0077).
const SOME_REPLACEMENT_APPLIES =
  /[\u00a0\u2007\u202f\u2000-\u200a\u3000\u200b-\u200d\u2060\ufeff\ufffd]|[^\P{Cc}\t\n]/u;
const CONTROL_OR_REPLACEMENT_CHARACTER = /[^\P{Cc}\t\n]|\ufffd/gu;

function languageOf(record: ArticleRecord, text: string): Language {
  return record.language === 'en' || record.language === 'vi' ? record.language : detectLanguage(text);
}

/**
 * `line.replace(/[ \t]+$/, '')` read back from the line's end: the end-anchored expression was
 * tried from every character of every line (decision 0077). Held to the expression by
 * test/unit/extract-en-mechanics.test.ts.
 */
export function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  for (let c = line.charCodeAt(end - 1); c === 32 || c === 9; c = line.charCodeAt(end - 1)) end--;
  return end === line.length ? line : line.slice(0, end);
}

export function cleanArticle(record: ArticleRecord): CleanArticle {
  const raw = typeof record.text === 'string' ? record.text : '';
  const lines = normaliseText(raw).split('\n');
  const titleKey = record.title ? matchTextOf(normaliseText(record.title).trim()) : null;
  const authors: string[] = [];
  const seen = new Set<string>();
  const kept: string[] = [];
  let firstContent = true;
  let relatedList = false;
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (!trimmed) {
      kept.push('');
      continue;
    }
    if (isMenuLine(trimmed)) continue;
    if (
      firstContent &&
      isMasthead(
        trimmed,
        lines
          .slice(i + 1)
          .find((l) => l.trim() !== '')
          ?.trim(),
      )
    )
      continue;
    if (relatedList && BULLET_LINE.test(trimmed)) continue;
    relatedList = RELATED_HEADING.test(trimmed);
    const key = matchTextOf(trimmed);
    if (CHROME_LINE.test(trimmed) || isDateLine(trimmed)) continue;
    // A repeated line (the title again, a photo caption printed twice) is layout, not new text.
    if (seen.has(key) || (!firstContent && titleKey !== null && key === titleKey)) continue;
    seen.add(key);
    firstContent = false;
    kept.push(withoutTrailingBlanks(line));
  }
  kept.length = endOfArticle(kept);
  // Bylines and source credits at the end: up to three short trailing lines.
  for (let pass = 0; pass < 3; pass++) {
    while (kept.length && kept[kept.length - 1] === '') kept.pop();
    const last = kept[kept.length - 1];
    if (last === undefined) break;
    const trimmed = last.trim();
    if (trimmed.length > 80) {
      const tail = TAIL_BYLINE.exec(last);
      if (tail && BYLINE.test(tail[1]!.trim())) {
        authors.unshift(...splitNames(BYLINE.exec(tail[1]!.trim())![1]!));
        kept[kept.length - 1] = last.slice(0, tail.index + 3);
      }
      break;
    }
    const credit = SOURCE_CREDIT.exec(trimmed) ?? AUTHOR_LABEL.exec(trimmed);
    if (credit) {
      authors.unshift(...(SOURCE_CREDIT.test(trimmed) ? [credit[1]!.trim()] : splitNames(credit[1]!)));
      kept.pop();
      continue;
    }
    const byline = BYLINE.exec(trimmed);
    if (byline && trimmed.split(/\s+/).length <= 8 && !/[:;!?]/.test(trimmed)) {
      authors.unshift(...splitNames(byline[1]!));
      kept.pop();
      continue;
    }
    break;
  }
  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  for (const m of matchesOf(INLINE_PHOTO_CREDIT, text)) authors.push(...splitNames(m[1]!));
  // A leading "(LSO) –", "(VOV) -" is the agency's dateline credit, not a person who wrote the
  // article: it stays in the text and is not an author.
  // matchText is made when first read: the Vietnamese recogniser reads it, the English one never
  // does (the whole text's lower case and tone placement were 1.5 % of English extraction,
  // decision 0087).
  let matchText: string | undefined;
  return {
    record,
    language: languageOf(record, text),
    text,
    get matchText() {
      return (matchText ??= matchTextOf(text));
    },
    authors: [...new Set(authors)],
  };
}
