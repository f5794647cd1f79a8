// Which province an article is about: the paper's host ("baodongthap.vn"), the provinces the
// extractor attached to bodies, and the provinces the text names after a place word ("tỉnh
// Đồng Tháp", "Tỉnh ủy Lạng Sơn", "Lang Son province"). Bodies written without their province
// and people without a stated post are placed there.
import type { Extraction, SegmentedArticle } from '../types.ts';
import { nameKey } from '../text/normalise.ts';
import { escapeRegExp } from '../text/regexp.ts';
import {
  lookupProvince,
  provinceByKey,
  provinceOfHost,
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
