// Which province an article is about: the paper's host ("baodongthap.vn"), the provinces the
// extractor attached to bodies, and the provinces the text names after a place word ("tỉnh
// Đồng Tháp", "Tỉnh ủy Lạng Sơn", "Lang Son province"). Bodies written without their province
// and people without a stated post are placed there.
import type { Extraction, SegmentedArticle } from '../types.ts';
import { foldDiacritics, nameKey, nfc } from '../text/normalise.ts';
import { escapeRegExp } from '../text/regexp.ts';
import {
  lookupProvince,
  provinceByKey,
  provinceOfHost,
  PROVINCES,
  PROVINCE_KEYS_LONGEST_FIRST,
  type Province,
} from '../lexicon/shared/provinces.ts';

const HOST_WEIGHT = 3;

// A province name counts only after a place word (or before "province" in English), so that
// "hòa bình" (peace) or the name of a person is not read as the province.
const PLACE_BEFORE = '(?:tinh|thanh pho|tp\\.?|tinh uy|thanh uy|ubnd tinh|hdnd tinh)';
const PLACE_AFTER = '(?:province|provincial|city)';

// One scan of the folded text for every province (a pattern per province would scan it 63 times,
// which was most of the resolver's time). Longest key first, so "ho chi minh city" beats "ho chi minh".
const KEYS = PROVINCE_KEYS_LONGEST_FIRST.map(({ key }) => escapeRegExp(key)).join('|');
const PLACE_MENTION = new RegExp(
  `(?<![a-z0-9])(?:${PLACE_BEFORE} (${KEYS})|(${KEYS}) ${PLACE_AFTER})(?![a-z0-9])`,
  'g',
);

// A title names its province without a place word ("Thanh Hóa chỉ định …", "Huyện ủy Điện Biên
// quán triệt …"): a province written with its capitals counts there, unless it is part of a longer
// capitalised name (a person: "Nguyễn Hòa Bình") — the word before and the word after must not be
// capitalised, except a body's own kind ("Tỉnh ủy Lạng Sơn").
const TITLE_WEIGHT = 2;
const DISPLAY_NAMES = PROVINCES.filter((p) => !p.needsLevelWord)
  .flatMap((p) =>
    [p.name, ...p.spellings]
      // Written with capitals and diacritics: the form a Vietnamese title uses.
      .filter((n) => /\p{Lu}/u.test(n) && n !== foldDiacritics(n))
      .map((n) => ({ n, p })),
  )
  .sort((a, b) => b.n.length - a.n.length);
const TITLE_MENTION = new RegExp(
  `(?<!\\p{Lu}[\\p{L}\\p{M}]*\\s)(?<![\\p{L}\\p{M}])(${DISPLAY_NAMES.map(({ n }) => escapeRegExp(n)).join('|')})(?![\\p{L}\\p{M}])(?!\\s\\p{Lu})`,
  'gu',
);
const BY_DISPLAY_NAME = new Map(DISPLAY_NAMES.map(({ n, p }) => [n, p]));

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function articleProvince(article: SegmentedArticle, extraction: Extraction): Province | null {
  const votes = new Map<Province, number>();
  const vote = (p: Province | null, weight: number): void => {
    if (p) votes.set(p, (votes.get(p) ?? 0) + weight);
  };
  vote(provinceOfHost(hostOf(article.record.url)), HOST_WEIGHT);
  for (const org of extraction.organizations) vote(lookupProvince(org.province), 1);
  for (const m of nfc(article.record.title ?? '').matchAll(TITLE_MENTION))
    vote(BY_DISPLAY_NAME.get(m[1] ?? '') ?? null, TITLE_WEIGHT);
  const folded = nameKey(`${article.record.title ?? ''}\n${article.text}`);
  for (const m of folded.matchAll(PLACE_MENTION)) vote(provinceByKey(m[1] ?? m[2] ?? ''), 1);
  let best: Province | null = null;
  let bestVotes = 0;
  for (const [p, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best && p.name.localeCompare(best.name) < 0)) {
      best = p;
      bestVotes = n;
    }
  }
  return best;
}
