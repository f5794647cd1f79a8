// Bodies (organizations) as keys: abbreviations expanded ("BTV" → "Ban Thường vụ", "GDĐT" →
// "Giáo dục và Đào tạo"), central bodies' several full forms unified, and a body named without
// its province placed in the article's province ("Tỉnh ủy" in a Đồng Tháp article →
// "Tỉnh ủy Đồng Tháp"), so one real body gets one id whatever spelling an article uses.
import type { OrganizationKind } from '../types.ts';
import { matchKey, nameKey, nfc, unifyTonePlacement } from '../text/normalise.ts';
import { listCell, readLexicon } from '../lexicon/shared/lexicon-file.ts';
import { lookupProvince, PROVINCE_KEYS_LONGEST_FIRST, type Province } from '../lexicon/shared/provinces.ts';
import { slug } from './keys.ts';
import { escapeRegExp } from '../text/regexp.ts';

const LETTER = '\\p{L}\\p{M}\\p{N}';

const ABBREVIATIONS = new Map(
  readLexicon('body-abbreviations.tsv').map(([abbr = '', expansion = '']) => [abbr, expansion] as const),
);
// One alternation, longest abbreviation first, each a whole word: "UBMTTQ" wins over "MTTQ",
// and "TW" is not found inside "TWO".
const ABBREVIATION_PATTERN = new RegExp(
  `(?<![${LETTER}])(${[...ABBREVIATIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![${LETTER}])`,
  'gu',
);

const CENTRAL_FORMS = new Map<string, string>();
for (const [name = '', other] of readLexicon('central-bodies.tsv')) {
  for (const form of [name, ...listCell(other)]) CENTRAL_FORMS.set(nameKey(form), name);
}

/** "Đảng uỷ Bộ GDĐT" → "Đảng ủy Bộ Giáo dục và Đào tạo" (display text, new-style tone placement). */
export function expandAbbreviations(name: string): string {
  const tidy = unifyTonePlacement(nfc(name)).replace(/\s+/g, ' ').trim();
  return tidy
    .replace(ABBREVIATION_PATTERN, (abbr) => ABBREVIATIONS.get(abbr) ?? abbr)
    .replace(/\s+/g, ' ')
    .trim();
}

// Words that make a body local: without a province it is the article's province's body.
const LOCAL_WORDS =
  /(?:^| )(?:tỉnh|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|sở|huyện|quận|thị xã|xã|phường|thành phố)(?: |$)/u;
const CENTRAL_WORDS = /trung ương|quốc hội|chính phủ|việt nam/u;

/** The province named inside a body's name ("Ban Thường vụ Tỉnh ủy Lạng Sơn" → Lạng Sơn). */
const wordsOnly = (key: string): string => ` ${key.replace(/[^a-z0-9]+/g, ' ')} `;
const PROVINCE_WORDS = PROVINCE_KEYS_LONGEST_FIRST.map(({ key, province }) => ({
  words: wordsOnly(key),
  province,
}));

export function provinceNamedIn(name: string): Province | null {
  const key = wordsOnly(nameKey(name));
  return PROVINCE_WORDS.find(({ words }) => key.includes(words))?.province ?? null;
}

export function isLocalBody(name: string): boolean {
  const key = matchKey(name);
  return LOCAL_WORDS.test(key) && !CENTRAL_WORDS.test(key);
}

/** "Tỉnh ủy" + Đồng Tháp → "Tỉnh ủy Đồng Tháp"; "Sở Giáo dục và Đào tạo" → "… tỉnh Đồng Tháp". */
function placeInProvince(name: string, province: Province): string {
  const key = matchKey(name);
  if (/(?:tỉnh|thành phố|tỉnh ủy|thành ủy)$/u.test(key)) return `${name} ${province.name}`;
  return `${name} ${province.level} ${province.name}`;
}

export interface BodyIdentity {
  id: string;
  /** Fullest display form: abbreviations expanded, province added when it was implied. */
  name: string;
  nameKey: string;
  province: string | null;
}

/**
 * The identity of a body named `surface` in an article about `articleProvince`. `statedProvince`
 * is the province the extractor attached to the body, when it did.
 */
export function identifyBody(
  surface: string,
  articleProvince: Province | null,
  statedProvince?: string | null,
): BodyIdentity {
  let name = expandAbbreviations(surface);
  const central = CENTRAL_FORMS.get(nameKey(name));
  if (central) {
    name = central;
    return { id: `org:${slug(name)}`, name, nameKey: nameKey(name), province: null };
  }
  // "Tỉnh ủy tỉnh Lâm Đồng" is "Tỉnh ủy Lâm Đồng": the committee's name already says its level.
  name = name.replace(/(Tỉnh ủy|Thành ủy) (?:tỉnh|thành phố|TP\.?) /iu, '$1 ');
  const named = provinceNamedIn(name);
  let province: Province | null = named;
  if (!named && isLocalBody(name)) {
    province = lookupProvince(statedProvince) ?? articleProvince;
    if (province) name = placeInProvince(name, province);
  } else if (!named && statedProvince) {
    province = lookupProvince(statedProvince);
  }
  const key = nameKey(name);
  return { id: `org:${slug(key)}`, name, nameKey: key, province: province?.name ?? null };
}

const KIND_BY_PREFIX: [RegExp, OrganizationKind][] = [
  [/^(bộ chính trị|ban bí thư|ban chấp hành trung ương)/u, 'party-central'],
  [/^ban thường vụ/u, 'standing-committee'],
  [/^ủy ban kiểm tra/u, 'inspection-committee'],
  [/^(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|ban chấp hành đảng bộ)/u, 'party-committee'],
  [/^(đảng bộ|chi bộ)/u, 'party-organisation'],
  [/^đoàn đại biểu quốc hội/u, 'na-delegation'],
  [/^(quốc hội|ủy ban thường vụ quốc hội)/u, 'national-assembly'],
  [/^chính phủ/u, 'government'],
  [/^hội đồng nhân dân/u, 'people-council'],
  [/^ủy ban nhân dân/u, 'people-committee'],
  [/^bộ /u, 'ministry'],
  [/^sở /u, 'department'],
  [/^(ủy ban mặt trận|mặt trận|công đoàn|liên đoàn|đoàn thanh niên|tỉnh đoàn|hội )/u, 'front-or-union'],
  [/^(báo|tạp chí|đài)/u, 'press'],
  [/^(ban|văn phòng)/u, 'party-commission'],
];

/** A body's kind from its name, for bodies that a relation names but the extractor did not list. */
export function kindFromName(name: string): OrganizationKind {
  const key = matchKey(name);
  return KIND_BY_PREFIX.find(([pattern]) => pattern.test(key))?.[1] ?? 'other';
}

const PARENT_PREFIX = /^(Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra|Thường trực) (.+)$/u;

/** "Ban Thường vụ Tỉnh ủy Đồng Tháp" → "Tỉnh ủy Đồng Tháp": the committee a standing body belongs to. */
export function impliedParent(name: string): string | null {
  const m = PARENT_PREFIX.exec(name);
  const rest = m?.[2];
  if (!rest || /^trung ương/iu.test(rest) || /^đảng bộ/iu.test(rest)) return null;
  return rest;
}
