// A saved news page (.html) to an ArticleRecord: the paragraphs of the article body, with the page's
// chrome left out — menus, related links ("Tin liên quan"), visit counters ("Thống kê truy cập"),
// comments, share buttons, photo captions — and its bylines returned as authors. The page's own
// metadata gives title, date and address. What counts as chrome is stated in one place, the
// selectors and regular expressions at the top of this file (code, not a lexicon file: they match
// markup and class names, not words of a language), so a new site's quirk is one more alternative
// in one of them, with a test page in test/unit/read-html.test.ts.
import { HTMLElement, parse } from 'node-html-parser';
import type { ArticleRecord, Language, RecordError } from '../types.ts';
import { isCalendarDate, normalisePublishedAt, recordError, textNotProse, textOverLimit } from './record.ts';
import { isDateLine } from './dateline.ts';

/** Where article bodies live, most specific first. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.article-body, .article-content, .article__body, .article__content, .articleBody, .detail-content, .content-detail, .detail__content, .news-content, .news-detail, .post-content, .entry-content, .story-body, .noidung, .chitiet, .body-text, #article-body, #content-detail',
  'article',
  'main',
];

/** Elements that never hold article text. */
const NEVER_TEXT =
  'script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, object, embed';

/** Page furniture by element. */
const CHROME_ELEMENTS =
  'nav, header, footer, aside, menu, figcaption, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/** Page furniture by class or id (tested on a lower-cased "class id" string). */
const CHROME_NAMES =
  /(^|[\s_-])(menu|nav|navbar|breadcrumbs?|sidebar|related|relate|lien-?quan|tinlienquan|tin-?khac|same-?cat|cung-?chuyen-?muc|share|sharing|social|sns|comments?|binh-?luan|counter|thong-?ke|truy-?cap|visitors?|stats|tags?|tu-?khoa|keywords?|ads?|advert|advertisement|banner|quang-?cao|print|toolbar|rating|caption|img-?caption|image-?caption|photo-?caption|subscribe|newsletter|footer|header|widget|most-?read|popular|xem-?nhieu|author|byline|tac-?gia)($|[\s_-])/;

/** Paragraphs that start a block of chrome: the heading and everything after it in the body is dropped. */
const CHROME_SECTION_HEADINGS =
  /^(tin liên quan|các tin liên quan|tin cùng chuyên mục|tin khác|các tin khác|bài liên quan|xem thêm|đọc thêm|tin mới|tin đọc nhiều|bình luận|ý kiến bạn đọc|gửi bình luận|thống kê truy cập|related( news| articles)?|read more|comments?)\s*:?$/iu;

/** Single lines of chrome anywhere in the body. */
const CHROME_LINES = [
  /^(chia sẻ|share|in bài|gửi bài|bản in|lưu bài|quay lại|về đầu trang|trở lại|facebook|zalo|twitter|email|print)(?![\p{L}\p{M}]).{0,40}$/iu,
  /^(từ khóa|từ khoá|tags?)\s*:/iu,
  /^(lượt xem|lượt truy cập|đang truy cập|đang online|tổng truy cập|trong ngày|hôm nay|hôm qua|tuần này|tháng này|tất cả)\s*:?\s*[\d.,\s]*$/iu,
  /^(đã xem|views?)\s*:?\s*[\d.,]+$/iu,
  /^[\d.,]+\s*(lượt xem|views?)$/iu,
];

/** A byline: an optional credit ("Bài và ảnh:", "Tin, ảnh:") then names, optionally a source in brackets. */
const BYLINE_CREDIT =
  /^(?:(?:bài|tin|ảnh|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|tin, ảnh, clip|nhóm phóng viên|nhóm pv|phóng viên|pv|ctv|thực hiện)\s*:\s*)/iu;
const BYLINE_NAME =
  /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?)(?:\s+\p{Lu}[\p{Ll}\p{M}]*\.?){0,4}$|^\p{Lu}{2,8}(?:\.\p{Lu}{1,4})*\.?$/u;
const BYLINE_SOURCE = /\s*\((?:[^()]{1,40})\)\s*$/u;

/** Names that are outlets, not writers ("Báo Đồng Tháp", "Cổng thông tin điện tử …"). */
const OUTLET = /^(báo|tạp chí|cổng|trang|đài|ban biên tập|tòa soạn|toà soạn|thông tấn)(?![\p{L}\p{M}])/iu;

const BYLINE_ELEMENT = /(^|[\s_-])(author|authors|author-?name|byline|tac-?gia)($|[\s_-])/;

/**
 * The deepest nesting of elements a page may have. node-html-parser parses any depth, but its text
 * getters recurse: a page nested 5,000 deep threw RangeError (maximum call stack) out of the reader
 * and stopped `kg ingest`, and 3,000 spans took 3 s (fuzzing, decision 0025). Saved news pages nest
 * a few dozen deep; 500 leaves ten times that room.
 */
export const MAX_PAGE_DEPTH = 500;

/** How deep the elements of `root` nest, walked without recursion (the point is a deep tree). */
function nestingDepth(root: HTMLElement): number {
  let deepest = 0;
  const stack: Array<[HTMLElement, number]> = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [element, depth] = item;
    if (depth > deepest) deepest = depth;
    for (const child of element.childNodes) if (child instanceof HTMLElement) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function readHtmlText(html: string, name: string, id: string): ArticleRecord | RecordError {
  const root = parse(html, { comment: false, lowerCaseTagName: true });
  const depth = nestingDepth(root);
  if (depth > MAX_PAGE_DEPTH) {
    return recordError(
      id,
      `${name}: its elements nest ${depth} deep, over the limit of ${MAX_PAGE_DEPTH} for a page; it is not a news page as a browser or kg fetch saves one, so it was skipped`,
      name,
    );
  }
  const meta = pageMetadata(root);
  // Read before the search for the body strips headers, where the visible date usually sits.
  const shownDate = visibleDate(root);
  const pageHeadline = root.querySelector('h1')?.text.trim() || null;
  for (const el of root.querySelectorAll(NEVER_TEXT)) el.remove();

  const body = findArticleBody(root);
  const fail = (what: string) =>
    recordError(
      id,
      `${name}: ${what}; expected the article in <article> or <p> paragraphs of the page body`,
      name,
    );
  if (!body) return fail('no article body found');

  const captions = captionTexts(body);
  const authors = [...meta.authors, ...bylineElementNames(body)];
  // Old layouts print the byline just after the body's container rather than inside it.
  const after = body.nextElementSibling;
  const bylineAfter = after ? bylineNames(after.text.replace(/\s+/g, ' ').trim()) : null;
  stripChrome(body);
  const headline = body.querySelector('h1')?.text.trim();
  for (const h1 of body.querySelectorAll('h1')) h1.remove();

  let lines = body.structuredText
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  lines = cutChromeSections(lines).filter((line) => !CHROME_LINES.some((re) => re.test(line)));
  lines = dropCaptions(lines, captions);
  const title = headline || meta.title || pageHeadline;
  if (title) lines = lines.filter((line) => line !== title);
  if (lines.length > 0 && isDateLine(lines[0]!)) lines.shift();

  while (lines.length > 1) {
    const names = bylineNames(lines[lines.length - 1]!);
    if (!names) break;
    authors.push(...names);
    lines.pop();
  }
  if (lines.length === 0) return fail('no article body found (only page furniture)');
  if (bylineAfter) authors.push(...bylineAfter);

  const text = lines.join('\n\n');
  const tooLong = textOverLimit(text, id, name, name);
  if (tooLong) return tooLong;
  const notProse = textNotProse(text, id, name, name);
  if (notProse) return notProse;
  const record: ArticleRecord = {
    id,
    url: meta.url,
    language: meta.language,
    publishedAt: meta.publishedAt ?? shownDate,
    title: title || null,
    text,
    origin: name,
  };
  const uniqueAuthors = [...new Set(authors)];
  if (uniqueAuthors.length > 0) record.authors = uniqueAuthors;
  return record;
}

interface PageMetadata {
  title: string | null;
  url: string | null;
  language: Language | null;
  publishedAt: string | null;
  authors: string[];
}

function metaContent(root: HTMLElement, selector: string): string | null {
  const value = root.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

function pageMetadata(root: HTMLElement): PageMetadata {
  const title =
    metaContent(root, 'meta[property="og:title"]') ?? (root.querySelector('title')?.text.trim() || null);
  const url =
    root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    metaContent(root, 'meta[property="og:url"]');
  const lang = (
    root.querySelector('html')?.getAttribute('lang') ??
    metaContent(root, 'meta[http-equiv="content-language"]') ??
    ''
  )
    .toLowerCase()
    .split(/[-_]/)[0];
  const published =
    metaContent(root, 'meta[property="article:published_time"]') ??
    metaContent(root, 'meta[itemprop="datePublished"]') ??
    metaContent(root, 'meta[name="pubdate"]') ??
    metaContent(root, 'meta[name="publishdate"]') ??
    metaContent(root, 'meta[name="date"]') ??
    (root.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null);
  const authors = [
    metaContent(root, 'meta[name="author"]'),
    metaContent(root, 'meta[property="article:author"]'),
  ]
    // The author meta tag often names the outlet, or links a profile page, rather than the writer.
    .filter((a): a is string => a !== null && !/^https?:/.test(a) && !OUTLET.test(a))
    .flatMap((a) => bylineNames(a) ?? []);
  return {
    title,
    url: url || null,
    language: lang === 'vi' || lang === 'en' ? lang : null,
    publishedAt: published ? normalisePublishedAt(published, `page ${url ?? title ?? ''}`) : null,
    authors,
  };
}

/**
 * The element holding the article: a known container, else the element with the most prose of its
 * own — text in its <p> children, or text and inline markup directly inside it, as old CMSs write
 * paragraphs separated by <br>. Link text is not prose: menus and link lists never win.
 */
function findArticleBody(root: HTMLElement): HTMLElement | null {
  for (const selector of BODY_SELECTORS) {
    const candidates = root.querySelectorAll(selector).filter((el) => proseText(el) > 0);
    // Lists of related stories are often <article> elements too: the body is the one with most text.
    const best = maxBy(candidates, proseText);
    if (best) return best;
  }
  for (const el of root.querySelectorAll(CHROME_ELEMENTS)) el.remove();
  removeChromeByName(root);
  const best = maxBy(root.querySelectorAll('*'), directProse);
  // Without a container that says "article", a few stray words (a copyright line) are not one.
  return best && directProse(best) >= MIN_UNMARKED_BODY_CHARS ? best : null;
}

const MIN_UNMARKED_BODY_CHARS = 80;
const INLINE_TAGS = new Set([
  'SPAN',
  'FONT',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'SMALL',
  'SUP',
  'SUB',
  'MARK',
  'ABBR',
  'TIME',
  'BR',
]);

/** Text directly inside `el`: its text nodes and inline children (not links, not nested blocks). */
function ownProse(el: HTMLElement): number {
  let length = 0;
  for (const child of el.childNodes) {
    if (child instanceof HTMLElement) {
      if (INLINE_TAGS.has(child.tagName)) length += child.text.trim().length;
    } else length += child.text.trim().length;
  }
  return length;
}

/** Prose of `el` and of its <p> children: the score of a paragraph container. */
function directProse(el: HTMLElement): number {
  let length = ownProse(el);
  for (const child of el.childNodes)
    if (child instanceof HTMLElement && child.tagName === 'P') length += ownProse(child);
  return length;
}

/** All the prose inside `el`, at any depth. */
function proseText(el: HTMLElement): number {
  let length = ownProse(el);
  for (const inner of el.querySelectorAll('*'))
    if (!INLINE_TAGS.has(inner.tagName)) length += ownProse(inner);
  return length;
}

function maxBy<T>(items: T[], score: (item: T) => number): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}

/** Bylines the page marks as such (class "author", "byline", "tac-gia"). */
function bylineElementNames(body: HTMLElement): string[] {
  const names: string[] = [];
  for (const el of body.querySelectorAll('*')) {
    const classes = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (!BYLINE_ELEMENT.test(classes)) continue;
    const text = el.text.replace(/\s+/g, ' ').trim();
    if (!OUTLET.test(text)) names.push(...(bylineNames(text) ?? []));
  }
  return names;
}

function isChromeByName(el: HTMLElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().trim();
  return names !== '' && CHROME_NAMES.test(names);
}

function stripChrome(body: HTMLElement): void {
  for (const el of body.querySelectorAll(CHROME_ELEMENTS)) el.remove();
  removeChromeByName(body);
}

/**
 * Removes the elements whose class or id names them as furniture, except one holding most of the
 * prose in `scope`: that is a wrapper with an unlucky name ("page has-sidebar"), not a sidebar.
 */
function removeChromeByName(scope: HTMLElement): void {
  const total = proseText(scope);
  for (const el of scope.querySelectorAll('*')) {
    if (isChromeByName(el) && proseText(el) <= total / 2) el.remove();
  }
}

/**
 * Texts that caption a photo: figcaptions, image alt and title text, and a short emphasised
 * paragraph right after a paragraph holding only an image (the usual layout of Vietnamese CMSs).
 * Collected before chrome is stripped, since stripping removes the captions' containers.
 */
function captionTexts(body: HTMLElement): Set<string> {
  const captions = new Set<string>();
  const add = (text: string | undefined) => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t) captions.add(t);
  };
  for (const el of body.querySelectorAll('figcaption')) add(el.text);
  for (const el of body.querySelectorAll('*'))
    if (/caption/.test((el.getAttribute('class') ?? '').toLowerCase())) add(el.text);
  for (const img of body.querySelectorAll('img')) {
    add(img.getAttribute('alt'));
    add(img.getAttribute('title'));
  }
  // Sibling pairs are walked per parent: node-html-parser's previousElementSibling is a linear
  // search, which made a page of 40,000 paragraphs take seconds.
  for (const parent of [body, ...body.querySelectorAll('*')]) {
    let previous: HTMLElement | null = null;
    for (const child of parent.childNodes) {
      if (!(child instanceof HTMLElement)) continue;
      if (child.tagName === 'P' && previous && previous.text.trim() === '' && previous.querySelector('img')) {
        const emphasised = child.querySelectorAll('em, i').reduce((n, e) => n + e.text.trim().length, 0);
        if (emphasised > 0 && emphasised >= child.text.trim().length - 2 && child.text.length <= 300)
          add(child.text);
      }
      previous = child;
    }
  }
  return captions;
}

/** Drops captions and the second copy of repeated short lines (captions printed twice). */
function dropCaptions(lines: string[], captions: Set<string>): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (captions.has(line)) return false;
    if (seen.has(line) && line.length <= 300) return false;
    seen.add(line);
    return true;
  });
}

function cutChromeSections(lines: string[]): string[] {
  const at = lines.findIndex((line) => CHROME_SECTION_HEADINGS.test(line));
  return at < 0 ? lines : lines.slice(0, at);
}

/** A date shown on the page ("Thứ Ba, 28/12/2021 08:30") in an element named like a date. */
function visibleDate(root: HTMLElement): string | null {
  for (const el of root.querySelectorAll('*')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (!/date|time|publish|ngay-?dang|thoi-?gian/.test(names)) continue;
    const m = /(\d{1,2})[/-](\d{1,2})[/-](\d{4})/.exec(el.text);
    if (m && isCalendarDate(Number(m[3]), Number(m[2]), Number(m[1]))) {
      return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    }
  }
  return null;
}

/** The names in a byline line ("Bài, ảnh: Lê Thị Phượng - Trần Minh"), or null when it is not one. */
export function bylineNames(line: string): string[] | null {
  if (line.length > 80) return null;
  const credited = BYLINE_CREDIT.test(line);
  const rest = line
    .replace(BYLINE_CREDIT, '')
    .replace(BYLINE_SOURCE, '')
    .replace(/[.\s]+$/, '');
  const names = rest
    .split(/\s*(?:[-–—,;/]|\s và\s)\s*/u)
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0 || names.length > 4) return null;
  if (!names.every((n) => BYLINE_NAME.test(n))) return null;
  // Without a credit, a lone capitalised line could be a heading: require a full name or an agency.
  if (!credited && !names.every((n) => n.includes(' ') || /^\p{Lu}{2,}/u.test(n))) return null;
  if (!credited && rest === line && line.split(/\s+/).length > 6) return null;
  return names;
}
