// Organizations: a body head from bodies.tsv ("Tỉnh ủy", "Bộ", "Ban Thường vụ") and what may follow
// it by its complement rule (a place, a field, a nested body, qualifiers such as "Trung ương"),
// then the surface forms of one body grouped: abbreviations expanded, bare forms ("Tỉnh ủy")
// resolved to the one qualified form of the article ("Tỉnh ủy Khánh Hòa") when there is one.
import type { OrganizationKind } from '../../types.ts';
import { keysBetween, type Token } from './tokens.ts';
import {
  ABBREVIATIONS,
  BODIES,
  BRAND_BODY,
  COUNTRIES,
  FAMILY_NAMES,
  FIELDS,
  LOCALITIES,
  PLACES,
  POSTS,
  pattern,
  type BodyEntry,
} from './lexicon.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { unnamed } from '../../base/unnamed.ts';

// Compiled once at load: tsx (esbuild) writes a \p{…} literal inside a function as `new RegExp(…)`,
// built again at every call (decision 0077).
const LEADING_DIGIT = /^\p{N}/u;
const ANY_DIGIT = /\p{N}/u;
const NOT_LETTERS = /[^\p{L}]/gu; // replace() only: it resets lastIndex
const LOWER_LETTER = /\p{Ll}/u;
const ALL_DIGITS = /^\p{N}+$/u;

export interface OrgSpan {
  from: number;
  to: number;
  kind: OrganizationKind;
  /** The head's complement rule, kept for deciding whether a bare form needs resolving. */
  head: BodyEntry;
  /** Bodies named inside this one's name ("Bộ Giáo dục và Đào tạo" in "Đảng ủy Bộ Giáo dục và Đào tạo"). */
  children: OrgSpan[];
  /** A body's kind written alone after a post ("Giám đốc chi nhánh X"): the article's one body of that kind, joined by bodies.ts (decision 0085). */
  bare?: true;
  /** A brand and its place after a post ("Vietcombank Quy Nhơn"), joined by bodies.ts to the one branch of that place (decision 0091). */
  brand?: true;
}

// Words after a body that belong to its name ("Ban Tổ chức Trung ương", "MTTQ Việt Nam").
const QUALIFIERS = new PhraseTrie<true>();
for (const q of [
  'trung ương',
  'tw',
  't.ư',
  'tư',
  'đảng',
  'việt nam',
  'quốc gia',
  'khu vực',
  'đảng trung ương',
  'nhân dân',
]) {
  QUALIFIERS.add(q.split(' '), true);
}
const GENERIC_BEFORE = new Set(['các', 'những', 'mỗi', 'từng', 'cấp', 'nhiều', 'mọi']);

function isCapWord(t: Token | undefined): t is Token {
  return !!t && t.word && t.cap && !LEADING_DIGIT.test(t.text);
}

const MIDDLE_NAME = new RegExp(pattern('middle-name'), 'u');
const NAME_NOT_PLACE_START = new RegExp(pattern('name-not-place-start'), 'u');
const NOT_BODY_BEFORE = new RegExp(pattern('not-body-before'), 'u');
const PLACE_NUMBER = new RegExp(pattern('place-number'), 'u');
const REGION_NUMBER = new RegExp(pattern('region-number'), 'u');
const NOT_PLACE_START = new RegExp(pattern('not-place-start'), 'u');
const FOREIGN_MEMBERS_HEAD = new RegExp(pattern('foreign-members-head'), 'u');
const FOREIGN_STATE_BODY_HEAD = new RegExp(pattern('foreign-state-body-head'), 'u');
const HOST_COUNTRY = new RegExp(pattern('host-country-after-tai'), 'u');
const OWN_MISSION_HEAD = new RegExp(pattern('own-mission-head'), 'u');
const OWN_COUNTRY_OF_MISSION = new RegExp(pattern('own-country-of-mission'), 'u');
const FOREIGN_OFFICE_HEAD = new RegExp(pattern('foreign-office-head'), 'u');
const FOREIGN_AGENCY_HEAD = new RegExp(pattern('foreign-agency-head'), 'u');
const FOREIGN_AGENCY_LOWER_WORDS = 4;

/**
 * "Cơ quan Hợp tác quốc tế Nhật Bản": a foreign agency named by its remit in sentence case — a
 * capitalised word, at most four lower-case words — and closed by its country; the end, or null.
 */
function foreignAgencyEnd(tokens: Token[], j: number, limit: number): number | null {
  if (!isCapWord(tokens[j]) || !tokens[j]!.spaceBefore) return null;
  for (let k = j + 1; k < limit && k - j <= FOREIGN_AGENCY_LOWER_WORDS + 1; k++) {
    const country = k > j + 1 ? COUNTRIES.longest(tokens, k, limit) : null;
    if (country) return country.to;
    const w = tokens[k]!;
    if (!w.word || !w.spaceBefore || w.cap || w.upper) return null;
  }
  return null;
}
const LONG_NAME_NOT_PLACE_START = new RegExp(pattern('long-name-not-place-start'), 'u');
const NUMBERED_UNIT_HEAD = new RegExp(pattern('numbered-unit-head'), 'u');
const UNIT_NUMBER = new RegExp(pattern('unit-number'), 'u');
const UNIT_COUNT_AFTER = new RegExp(pattern('unit-number-count-after'), 'u');
const UNIT_NUMBER_WORD = new RegExp(pattern('unit-number-word'), 'u');
const PLACE_REQUIRED_HEAD = new RegExp(pattern('place-required-head'), 'u');
const NUMBER_REQUIRED_HEAD = new RegExp(pattern('number-required-head'), 'u');
const ZONE_BOARD_HEAD = new RegExp(pattern('zone-board-head'), 'u');
const ZONE_BOARD_PARKS = new RegExp(pattern('zone-board-parks'), 'u');

/** "Sư đoàn 312" at the head ending at `j`: the end of the unit's number, else null (decision 0108). */
function unitNumberEnd(tokens: Token[], head: string, j: number, limit: number): number | null {
  // "Đội Quản lý thị trường số 3": "số" before the number (decision 0132).
  if (j + 1 < limit && tokens[j]!.spaceBefore && UNIT_NUMBER_WORD.test(tokens[j]!.key)) j++;
  const n = tokens[j];
  if (j >= limit || !n?.spaceBefore || !UNIT_NUMBER.test(n.text)) return null;
  if (!NUMBERED_UNIT_HEAD.test(head.toLowerCase())) return null;
  const after = tokens[j + 1];
  if (after?.word && after.spaceBefore && UNIT_COUNT_AFTER.test(after.key)) return null;
  return j + 1;
}
const PROVINCE_LEVEL = new RegExp(pattern('province-level-before-place'), 'u');

/** The words from `from` to `to` name a province's level ("Tỉnh ủy", "tỉnh"): its place must be in the province table. */
function provinceLevel(tokens: Token[], from: number, to: number): boolean {
  return PROVINCE_LEVEL.test(keysBetween(tokens, from, to));
}
const BUILDING = new RegExp(pattern('building-named-like-a-body'), 'u');
const POST_LIKE_BODY = new RegExp(pattern('post-named-like-a-body'), 'u');
const MEETING_PRESIDIUM = new RegExp(pattern('meeting-presidium'), 'u');
const GENERIC_AFTER_BODY = new RegExp(pattern('generic-localities-after-body'), 'u');
const LIST_JOINER = new RegExp(pattern('list-member-separator'), 'u');
const NAME_PART_DASH = new RegExp(pattern('name-part-dash'), 'u');
const BRANCH_WORD = new RegExp(pattern('branch-word'), 'u');
const BRAND_WORD = new RegExp(pattern('brand-word'), 'u');
const LOWER_NAME_STOP = new RegExp(pattern('lower-body-name-stop'), 'u');
const LOWER_SCHOOL_LEVEL = new RegExp(pattern('lower-case-school-level'), 'u');
const CITY_WITH_LOCALITY = new RegExp(pattern('city-abbreviation-with-locality'), 'u');
/** At most this many lower-case words between a head and its locality ("… dự án đầu tư xây dựng …"). */
const LOWER_NAME_WORDS = 16;

/** "Văn Hồ" of "Tao Văn Hồ": a middle name only persons carry, followed by a given name. */
export function middleNameAt(tokens: Token[], k: number): boolean {
  return MIDDLE_NAME.test(tokens[k]?.key ?? '') && isCapWord(tokens[k]) && isCapWord(tokens[k + 1]);
}

/**
 * "phường Hà Giang 1 Nguyễn Văn Sơn": a numbered ward of 2025 keeps its number (patterns.tsv,
 * place-number), unless a lower-case word makes the number a count ("tỉnh Lạng Sơn 5 năm").
 */
function withPlaceNumber(tokens: Token[], k: number): number {
  const number = tokens[k];
  const after = tokens[k + 1];
  if (!number?.spaceBefore || !PLACE_NUMBER.test(number.text)) return k;
  return after?.word && !after.cap && after.spaceBefore ? k : k + 1;
}

/** "khu vực VI", "Khu vực 10" at `j`: the end of a numbered region (pattern region-number), else null. */
function regionAt(tokens: Token[], j: number, limit: number): number | null {
  if (j + 3 > limit) return null;
  const [khu, vuc, n] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!khu?.spaceBefore || khu.key !== 'khu' || vuc?.key !== 'vực' || !n?.spaceBefore) return null;
  if (!REGION_NUMBER.test(n.text)) return null;
  // "Ban Chỉ huy Phòng thủ khu vực 2 - Kỳ Anh": the region's place after a spaced dash (decision 0085).
  const dash = tokens[j + 3];
  if (
    dash &&
    j + 4 < limit &&
    dash.spaceBefore &&
    NAME_PART_DASH.test(dash.text) &&
    tokens[j + 4]!.spaceBefore
  ) {
    const place = placeRun(tokens, j + 4, limit);
    if (place !== null) return place;
  }
  return j + 3;
}

/**
 * A run of capitalised words that names a place ("Khánh Hòa", "Điện Biên"), not a person.
 * `provinceLevel`: the word before is a province's ("Tỉnh ủy", "tỉnh"), whose place the province
 * table lists; a run it does not list that opens with a family name is the holder's name.
 */
export function placeRun(
  tokens: Token[],
  j: number,
  limit: number,
  provinceLevel = false,
  holderAfter = true,
): number | null {
  if (j >= limit || !tokens[j]!.spaceBefore) return null;
  const known = PLACES.longest(tokens, j, limit);
  if (known) return withPlaceNumber(tokens, known.to);
  // "Thành ủy Thành phố Hà Nội": a locality word written with a capital starts no place of its own.
  if (LOCALITIES.longest(tokens, j, limit)) return null;
  // "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 3" in a heading in capitals: the meeting's number, not a place.
  if (NOT_PLACE_START.test(tokens[j]!.key)) return null;
  if (provinceLevel && FAMILY_NAMES.has(tokens[j]!.key) && isCapWord(tokens[j + 1])) return null;
  let k = j;
  while (k < limit && k - j < 5 && isCapWord(tokens[k]) && (k === j || tokens[k]!.spaceBefore)) {
    if (BODIES.longest(tokens, k, limit) || POSTS.longest(tokens, k, limit)) break;
    k++;
  }
  // "huyện ủy Quan Hóa Hà Thị Hương": a place, then a person's name starting at a family name;
  // "Huyện ủy Mường Nhé Tao Văn Hồ": a middle name marks one even when the family name is not listed.
  let nameFollows = false;
  let middleNameFollows = false;
  const run = k - j;
  for (let s = j + 1; s < k - 1; s++) {
    // "phường Hải Châu Trần Thắng Lợi": a place's last syllable may be a family name too; when the
    // next word opens a name of three as well, the place keeps it (decision 0085).
    if (!middleNameAt(tokens, s + 1) && FAMILY_NAMES.has(tokens[s]!.key) && nameAfterFamilyWord(tokens, s, k))
      continue;
    if (
      s === j + 1 &&
      !middleNameAt(tokens, s + 1) &&
      FAMILY_NAMES.has(tokens[s]!.key) &&
      shortNameAfterFamilyWord(tokens, s, k)
    ) {
      middleNameFollows = middleNameAt(tokens, s + 2);
      k = s + 1;
      nameFollows = true;
      break;
    }
    if (middleNameAt(tokens, s + 1) || (FAMILY_NAMES.has(tokens[s]!.key) && k - s >= 3)) {
      middleNameFollows = middleNameAt(tokens, s + 1);
      k = s;
      nameFollows = true;
      break;
    }
  }
  // "Tỉnh ủy Y Thanh Hà Niê Kđăm": a run of three or more words opening with "Y" is an Ê Đê man's
  // name (a Kinh family name such as "Hà" inside it does not end it), unless a Kinh name marked by a
  // middle name follows a place ("xã Y Tý Lò Văn Sử").
  if (run >= 3 && LONG_NAME_NOT_PLACE_START.test(tokens[j]!.key) && !middleNameFollows) return null;
  if (k - j > 3) k = j + 3;
  const n = k - j;
  if (n === 0) return null;
  if (!nameFollows) k = withPlaceNumber(tokens, k);
  // "Nguyễn Văn An" after a body is its holder, not a place: three syllables from a family name,
  // or a middle name that only persons carry ("HĐND tỉnh Xồng Thị Mai"), unless a name follows
  // the run, which makes the run a place with "Văn" in it ("Huyện ủy Đồng Văn Lương Văn Chiến").
  // With no post before the body (`holderAfter` false) such a run is the place named after a
  // person ("UBND phường Trần Hưng Đạo", decision 0075); a middle name still marks a holder.
  if (FAMILY_NAMES.has(tokens[j]!.key) && n >= 3 && holderAfter) return null;
  if (middleNameAt(tokens, j + 1) && !nameFollows) return null;
  // "UBND xã H'Yăm Mlô": an Ê Đê woman's name, not a place (patterns.tsv, name-not-place-start).
  if (n >= 2 && NAME_NOT_PLACE_START.test(tokens[j]!.key)) return null;
  return k;
}

/**
 * A post ends right before token i ("Chủ tịch" of "Chủ tịch UBND phường …"), so that a name after
 * the body's place may be its holder; a body with none before it has no holder written after it.
 */
function postEndsAt(tokens: Token[], i: number): boolean {
  return POSTS.endingAt(tokens, i, POST_WORDS) !== null;
}
/** The most words of a post, for looking back from a body ("Phó Bí thư Thường trực"). */
const POST_WORDS = 6;

/** The body's head is followed by its place, directly or after a locality word ("xã Mường Báng"). */
function namedWithPlace(tokens: Token[], head: BodyEntry, j: number, limit: number): boolean {
  if (head.complement === 'region-or-place' && regionAt(tokens, j, limit) !== null) return true;
  if (head.complement === 'place' || head.complement === 'region-or-place')
    return placeRun(tokens, j, limit, provinceLevel(tokens, j - 2, j)) !== null;
  if (head.complement !== 'any' && head.complement !== 'place-after-locality') return false;
  const locality = j < limit && tokens[j]!.spaceBefore ? LOCALITIES.longest(tokens, j, limit) : null;
  return (
    !!locality &&
    placeRun(tokens, locality.to, limit, provinceLevel(tokens, locality.from, locality.to)) !== null
  );
}

/**
 * The proper name after a head or its field ("Tập đoàn Điện lực Việt Nam"). It stops where the
 * holder's name begins ("… Việt Nam Đặng Hoàng An", "Đảng ủy Tổng công ty Đặng Sỹ Mạnh"): a listed
 * family name opening three capitalised words, or one before a middle name. Right after a field the
 * name may be a person's ("Trường Đại học Phạm Văn Đồng"), so there it is kept unless `bare`.
 */
function properNameRun(tokens: Token[], j: number, limit: number, bare = false): number | null {
  let k = j;
  while (k < limit && k - j < 5 && isCapWord(tokens[k]) && tokens[k]!.spaceBefore) {
    if (k > j && (BODIES.longest(tokens, k, limit) || POSTS.longest(tokens, k, limit))) break;
    if (
      (k > j || bare) &&
      personNameStartsAt(tokens, k, limit) &&
      !(k > j && nameAfterFamilyWord(tokens, k, limit))
    )
      break;
    k++;
  }
  return k > j ? k : null;
}

/**
 * "Tập đoàn Công nghiệp - Viễn thông Quân đội": a name in two parts joined by a spaced dash. The
 * second part is words of a name, each capitalised or the lower-case syllable of a capitalised one
 * ("Viễn thông", "Quân đội"), up to a post, a body or a holder's name; a dash before a post joins a
 * chain of posts instead ("Bí thư Tỉnh ủy – Trưởng đoàn ĐBQH").
 */
function secondPartAfterDash(tokens: Token[], j: number, limit: number): number {
  const dash = tokens[j];
  if (!dash || !NAME_PART_DASH.test(dash.text) || !dash.spaceBefore || !tokens[j + 1]?.spaceBefore) return j;
  let k = j + 1;
  while (k < limit && k - j <= 6 && tokens[k]!.word && tokens[k]!.spaceBefore) {
    const t = tokens[k]!;
    const capitalised = isCapWord(t);
    if (capitalised) {
      if (
        BODIES.longest(tokens, k, limit) ||
        POSTS.longest(tokens, k, limit) ||
        personNameStartsAt(tokens, k, limit)
      )
        break;
    } else if (k === j + 1 || !isCapWord(tokens[k - 1]) || ANY_DIGIT.test(tokens[k]!.text)) break;
    k++;
  }
  return k > j + 1 && isCapWord(tokens[j + 1]) ? k : j;
}

/**
 * "Công ty cổ phần Cơ khí Hòa Bình", "Hợp tác xã Dịch vụ nông nghiệp Yên Sơn": a trade name in
 * sentence case. It opens with a capitalised word and ends on one; lower-case words (the rest of a
 * trade, "và") are kept only between two, at most three in a row, none a word that starts a place,
 * a partner or a time (lower-body-name-stop). It stops where another body, a post or a holder's
 * name begins ("… Hòa Bình Trần Văn Dũng"). Decision 0085.
 */
function tradeNameEnd(tokens: Token[], j: number, limit: number): number | null {
  const first = tokens[j];
  if (j >= limit || !first?.spaceBefore || !tradeWordCapitalised(first)) return null;
  if (personNameStartsAt(tokens, j, limit) || POSTS.longest(tokens, j, limit)) return null;
  let end = j + 1;
  let lower = 0;
  for (let k = j + 1; k < limit && k - j < TRADE_NAME_WORDS; k++) {
    const t = tokens[k]!;
    if (!t.word || !t.spaceBefore) break;
    if (tradeWordCapitalised(t)) {
      if (
        BODIES.longest(tokens, k, limit) ||
        POSTS.longest(tokens, k, limit) ||
        (personNameStartsAt(tokens, k, limit) && !nameAfterFamilyWord(tokens, k, limit))
      )
        break;
      end = k + 1;
      lower = 0;
    } else if (LOWER_NAME_STOP.test(t.key) || ++lower > TRADE_LOWER_RUN) break;
  }
  return end;
}
/**
 * "Công ty Than Hà Lầm - TKV", "Công ty Than Quang Hanh - Vinacomin": after a trade name ending at j,
 * a spaced dash and one or two capitalised words, none a body, a post or a name, then no more of
 * the name (the group the company belongs to); j when there is none (decision 0124).
 */
function groupAfterDash(tokens: Token[], j: number, limit: number): number {
  const dash = tokens[j];
  if (!dash || !NAME_PART_DASH.test(dash.text) || !dash.spaceBefore || !tokens[j + 1]?.spaceBefore) return j;
  let k = j + 1;
  while (k < limit && k - j <= 2 && tokens[k]!.spaceBefore && tradeWordCapitalised(tokens[k]!)) {
    if (
      BODIES.longest(tokens, k, limit) ||
      POSTS.longest(tokens, k, limit) ||
      personNameStartsAt(tokens, k, limit)
    )
      break;
    k++;
  }
  const next = tokens[k];
  const closed = !next || !next.word || !next.spaceBefore || !tradeWordCapitalised(next);
  return k > j + 1 && closed ? k : j;
}
const TRADE_NAME_WORDS = 10;
const tradeWordCapitalised = (t: Token): boolean => (t.word && t.upper) || isCapWord(t);
const TRADE_LOWER_RUN = 3;

/**
 * The lower-case words of a name written in sentence case, from token j up to a locality with its
 * place ("… Đầu tư phát triển | tỉnh Gia Lai"): the locality's token, or null when no locality with a
 * place ends them within a few words or a word that starts a place, a partner or a time comes first.
 */
function lowerWordsToLocality(tokens: Token[], j: number, limit: number): number | null {
  for (let k = j; k < limit && k - j < SENTENCE_CASE_WORDS; k++) {
    const w = tokens[k]!;
    // "Trung tâm Dự báo khí tượng thủy văn quốc gia", "Quỹ Bảo vệ môi trường Việt Nam": closed by
    // "quốc gia" or "Việt Nam" with no locality after it, which the qualifiers read (decision 0126).
    if (nationalCloseAt(tokens, k, limit)) return k;
    if (!w.word || !w.spaceBefore || w.cap || w.upper || LOWER_NAME_STOP.test(w.key)) return null;
    const loc = k > j ? LOCALITIES.longest(tokens, k, limit) : null;
    if (loc && placeRun(tokens, loc.to, limit, provinceLevel(tokens, loc.from, loc.to)) !== null) return k;
    // "Trung tâm Phát triển quỹ đất tỉnh, …": the article's own province closes the name when no
    // place and no capitalised word follows it (pattern bare-level-closing-name, decision 0108).
    if (loc && BARE_LEVEL_CLOSE.test(keysBetween(tokens, loc.from, loc.to)) && !isCapWord(tokens[loc.to]))
      return loc.to;
  }
  return null;
}
const REGION_CLOSE = new RegExp(pattern('region-closing-name'), 'u');
const NAME_NEEDED = new Set(['field', 'field-name']);
const REGION_NAME_LOWER_WORDS = 10;
const REGION_NAME_WORDS = 3;

/**
 * "… kỹ thuật nông lâm nghiệp vùng Tây Nguyên", "… môi trường miền Bắc": lower-case words of a name in
 * sentence case from token j, then "vùng" or "miền" (region-closing-name) and the region's name, one
 * to three capitalised words with nothing capitalised after them: the region's end, or null (decision 0132).
 */
function regionNameEnd(tokens: Token[], j: number, limit: number): number | null {
  for (let k = j; k < limit && k - j <= REGION_NAME_LOWER_WORDS; k++) {
    const w = tokens[k]!;
    if (!w.word || !w.spaceBefore || w.cap || w.upper || LOWER_NAME_STOP.test(w.key)) return null;
    if (!REGION_CLOSE.test(w.key)) continue;
    let end = k + 1;
    while (end < limit && end - k <= REGION_NAME_WORDS && isCapWord(tokens[end]) && tokens[end]!.spaceBefore)
      end++;
    const after = tokens[end];
    if (end === k + 1 || end - k > REGION_NAME_WORDS) return null;
    return after && after.spaceBefore && (after.cap || after.upper) ? null : end;
  }
  return null;
}
const BARE_LEVEL_CLOSE = new RegExp(pattern('bare-level-closing-name'), 'u');
const NATIONAL_CLOSE = new RegExp(pattern('national-closing-name'), 'u');
const LOWER_NAME_COMMA = new RegExp(pattern('lower-name-comma'), 'u');

/** "… quốc gia", "… Việt Nam" at token k closing a name written in lower case: no locality, place or capitalised word after it. */
function nationalCloseAt(tokens: Token[], k: number, limit: number): boolean {
  if (k + 2 > limit || !tokens[k]!.spaceBefore || !NATIONAL_CLOSE.test(keysBetween(tokens, k, k + 2)))
    return false;
  const after = tokens[k + 2];
  return (
    !after || !after.spaceBefore || !after.word || (!after.cap && !LOCALITIES.longest(tokens, k + 2, limit))
  );
}
const REMIT_BODY_HEAD = new RegExp(pattern('remit-body-head'), 'u');
const REMIT_OPENING = new RegExp(pattern('remit-opening'), 'u');
const REMIT_NOT_NAME = new RegExp(pattern('remit-not-name'), 'u');
const REMIT_WORDS = 12;
const REMIT_LEAD_WORDS = 3;

/** A lower-case word a remit may hold: none of lower-body-name-stop or remit-not-name. */
function remitWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.word &&
    t.spaceBefore &&
    !t.cap &&
    !t.upper &&
    !LOWER_NAME_STOP.test(t.key) &&
    !REMIT_NOT_NAME.test(t.key)
  );
}

/**
 * "… quốc gia về phòng, chống thiên tai", "Tổ công tác đặc biệt về giải ngân vốn đầu tư công": from
 * token j, at most `lead` lower-case words, "về" (remit-opening) and the remit in lower case, commas
 * between two of its words as lower-name-comma reads, closed by a mark or a line's end: the end of the
 * remit, or null when no closed remit is there (decision 0132).
 */
function remitEnd(tokens: Token[], j: number, limit: number, lead: number): number | null {
  let k = j;
  while (k < limit && k - j < lead && !REMIT_OPENING.test(tokens[k]!.key) && remitWord(tokens[k])) k++;
  if (k >= limit || !tokens[k]!.spaceBefore || !REMIT_OPENING.test(tokens[k]!.key)) return null;
  const from = ++k;
  while (k < limit && k - from < REMIT_WORDS) {
    const w = tokens[k]!;
    // A comma between two words of the remit; one before anything else closes it.
    if (
      w.text === ',' &&
      remitWord(tokens[k + 1]) &&
      LOWER_NAME_COMMA.test(keysBetween(tokens, k - 1, k + 2))
    ) {
      k++;
      continue;
    }
    if (w.lineBefore || !remitWord(w)) break;
    k++;
  }
  if (k === from) return null;
  // Closed by a mark, a line's end, or a word that cannot be the remit's: a verb of the body as
  // subject or a plural after it (remit-not-name); a word of lower-body-name-stop ("cho", "tại")
  // may still be the remit's, so the name is not read.
  const close = tokens[k];
  const closed =
    k >= limit ||
    !close ||
    close.lineBefore ||
    (!close.word && close.text !== '-') ||
    (close.word && !close.cap && !close.upper && REMIT_NOT_NAME.test(close.key));
  return closed ? k : null;
}
const JOINER_AFTER_PROPER_NAME = new RegExp(pattern('joiner-after-proper-name'), 'u');
const DEPARTMENT_NAME_HEAD = new RegExp(pattern('department-name-head'), 'u');
const DEPARTMENT_NAME_WORDS = 6;
const DEPARTMENT_HEAD_AFTER_POST = new RegExp(pattern('department-head-after-post'), 'u');

/**
 * "Trưởng phòng Tổng hợp, …", "Phó Trưởng phòng Kế hoạch - Tài chính Sở Y tế": a department named
 * in sentence case by no field of fields.txt — a capitalised word, then lower-case words or a dashed
 * capitalised part — closed by a mark or by the body it belongs to; the end, or null (decision 0115).
 */
function departmentNameEnd(tokens: Token[], headWords: string, j: number, limit: number): number | null {
  // Only the head written in lower case inside its post ("Trưởng phòng …"): a capitalised "Phòng
  // Truyền thống" or "Phòng Hội nghị" alone is as often a room.
  // Or the head written again after its holder's post ("Cục trưởng Cục Chuyển đổi số quốc gia",
  // "Vụ trưởng Vụ Tổ chức cán bộ"): the post names the body's kind, so the run is its name (decision 0138).
  const head = headWords.toLowerCase();
  const afterOwnPost =
    DEPARTMENT_HEAD_AFTER_POST.test(head) &&
    tokens[j - 2]?.key === 'trưởng' &&
    tokens[j - 3]?.key === head &&
    tokens[j - 1]?.key === head;
  if (
    !(afterOwnPost || (DEPARTMENT_NAME_HEAD.test(head) && tokens[j - 1]?.cap === false)) ||
    !isCapWord(tokens[j]) ||
    !tokens[j]!.spaceBefore
  )
    return null;
  let k = j + 1;
  while (k < limit && k - j < DEPARTMENT_NAME_WORDS) {
    const t = tokens[k]!;
    if (t.text === '-' && isCapWord(tokens[k + 1])) k += 2;
    else if (t.word && t.spaceBefore && !t.cap && !t.upper && !LOWER_NAME_STOP.test(t.key)) k++;
    else break;
  }
  const next = tokens[k];
  const closed = !next || next.lineBefore || !next.word || !!BODIES.longest(tokens, k, limit);
  return closed ? k : null;
}
const SENTENCE_CASE_HEAD = new RegExp(pattern('sentence-case-name-head'), 'u');
const FIELD_JOINER = new RegExp(pattern('field-joiner'), 'u');
const NATIONAL_NAME_HEAD = new RegExp(pattern('national-name-head'), 'u');
const NATIONAL_NAME_CLOSE = new RegExp(pattern('national-name-close'), 'u');
const NATIONAL_NAME_JOINER = new RegExp(pattern('national-name-joiner'), 'u');
const NATIONAL_LOWER_WORDS = 3;

/**
 * "Tổng công ty Cảng hàng không Việt Nam", "Tổng công ty Truyền tải điện Quốc gia": after a
 * corporation's first capitalised word ending at j, lower-case words up to "Việt Nam" or "Quốc gia"
 * (national-name-close): the end of those words, or null (decision 0124).
 */
function nationalNameEnd(tokens: Token[], j: number, limit: number): number | null {
  for (let k = j; k < limit && k - j <= NATIONAL_LOWER_WORDS; k++) {
    const w = tokens[k]!;
    if (k > j && k + 1 < limit && NATIONAL_NAME_CLOSE.test(keysBetween(tokens, k, k + 2)) && w.cap)
      return k + 2;
    if (!w.word || !w.spaceBefore || w.cap || w.upper) return null;
    if (LOWER_NAME_STOP.test(w.key) || NATIONAL_NAME_JOINER.test(w.key)) return null;
  }
  return null;
}

const JOINED_PART_LOWER_WORDS = 3;
const JOINED_LAST_LOWER_WORDS = 5;
const JOINED_CLOSING_WORDS = 3;

/** One part of a joined name from token k: a capitalised word, then at most `words` lower-case ones; its end, or null. */
function joinedPartEnd(tokens: Token[], k: number, limit: number, words: number): number | null {
  if (!isCapWord(tokens[k]) || !tokens[k]!.spaceBefore || BODIES.longest(tokens, k, limit)) return null;
  let e = k + 1;
  while (e < limit && e - k <= words) {
    const w = tokens[e]!;
    if (!w.word || !w.spaceBefore || w.cap || w.upper || w.key === 'và') break;
    if (LOWER_NAME_STOP.test(w.key) || REMIT_NOT_NAME.test(w.key)) break;
    e++;
  }
  return e;
}

/**
 * "Tổng công ty Đầu tư và Phát triển hạ tầng Trường Sơn", "Tổng công ty Đầu tư và Kinh doanh vốn
 * nhà nước": a corporation's name in sentence case of two parts joined by "và", each a capitalised word and lower-case words (at most three in the first part, five in
 * the second), then a closing proper name of one to three capitalised words (read whole, whatever head
 * its first word is: "Trường Sơn") with nothing capitalised after it, or else a mark, a line's end or a
 * word that cannot be the name's (lower-body-name-stop, remit-not-name: "… hạ tầng tổ chức …"). From
 * token j right after the head: the end, or null (decision 0132).
 */
function joinedCorporateNameEnd(tokens: Token[], j: number, limit: number): number | null {
  const first = joinedPartEnd(tokens, j, limit, JOINED_PART_LOWER_WORDS);
  if (first === null || first === j + 1 || tokens[first]?.key !== 'và' || !tokens[first]!.spaceBefore)
    return null;
  const second = joinedPartEnd(tokens, first + 1, limit, JOINED_LAST_LOWER_WORDS);
  if (second === null) return null;
  const next = tokens[second];
  // Lower-case words closed by a mark, a verb or a word that starts a place or a time ("… vốn nhà nước đã …").
  const stop =
    !next ||
    next.lineBefore ||
    !next.word ||
    (!next.cap && !next.upper && (LOWER_NAME_STOP.test(next.key) || REMIT_NOT_NAME.test(next.key)));
  if (stop) return second > first + 2 ? second : null;
  if (!isCapWord(next) || !next.spaceBefore || personNameStartsAt(tokens, second, limit)) return null;
  let end = second + 1;
  while (
    end < limit &&
    end - second < JOINED_CLOSING_WORDS &&
    isCapWord(tokens[end]) &&
    tokens[end]!.spaceBefore
  )
    end++;
  const after = tokens[end];
  if (after && after.spaceBefore && (after.cap || after.upper)) return null;
  return end;
}

/**
 * "Vụ Dầu khí và Than", "Ban Dân tộc - Tôn giáo": after a field ending at j, more capitalised
 * fields joined to it (field-joiner) are the name's; j when none is (decision 0124).
 */
function joinedFieldsEnd(tokens: Token[], j: number, limit: number): number {
  let k = j;
  while (k < limit && FIELD_JOINER.test(tokens[k]!.key)) {
    const next = tokens[k + 1];
    const f = next?.cap && next.spaceBefore ? FIELDS.longest(tokens, k + 1, limit) : null;
    if (!f) break;
    k = f.to;
  }
  return k;
}
const SENTENCE_CASE_WORDS = 6;
const FOREIGN_DEPARTMENT_LEVEL = new RegExp(pattern('foreign-department-level'), 'u');
const FOREIGN_DEPARTMENT_HEAD = new RegExp(pattern('foreign-department-head'), 'u');

const FOREIGN_FIELD_LOWER_WORDS = 2;

/**
 * "Sở Nông nghiệp, Lâm nghiệp và Thủy sản tỉnh Mondulkiri", "Sở Giáo dục, Thể thao và Văn hóa tỉnh
 * Champasak": a foreign province's department whose fields (each a capitalised word and at most two
 * lower-case ones, listed or not in fields.txt) are listed with commas, then "và" and the last one,
 * right before "tỉnh" (foreign-department-level) and a place the place table does not list. From
 * token j after the head: the end of the last field, or null. A Vietnamese province's "Sở Tài chính,
 * Xây dựng và Y tế tỉnh Gia Lai" is three departments, as the comma lists them (decision 0132).
 */
function foreignListedFieldsEnd(tokens: Token[], j: number, limit: number): number | null {
  let k = j;
  let joined = false;
  for (let parts = 0; k < limit && !joined; parts++) {
    if (parts > 0) {
      if (tokens[k]!.text !== ',' && tokens[k]!.key !== 'và') return null;
      joined = tokens[k]!.key === 'và';
      k++;
    }
    if (!isCapWord(tokens[k]) || !tokens[k]!.spaceBefore || BODIES.longest(tokens, k, limit)) return null;
    const from = k++;
    while (k < limit && k - from <= FOREIGN_FIELD_LOWER_WORDS) {
      const w = tokens[k]!;
      if (
        !w.word ||
        !w.spaceBefore ||
        w.cap ||
        w.upper ||
        w.key === 'và' ||
        LOCALITIES.longest(tokens, k, limit)
      )
        break;
      k++;
    }
  }
  if (!joined || k + 1 >= limit || !FOREIGN_DEPARTMENT_LEVEL.test(tokens[k]!.key)) return null;
  const place = tokens[k + 1]!;
  if (!isCapWord(place) || !place.spaceBefore || PLACES.longest(tokens, k + 1, limit)) return null;
  if (COUNTRIES.longest(tokens, k + 1, limit) || FAMILY_NAMES.has(place.key)) return null;
  return k;
}

/**
 * "Hải Châu Trần Thắng Lợi", "Bỉm Sơn Phạm Văn Tuyến": the family name at token s is the last
 * syllable of the place or name before it when the word after it opens a name of three capitalised
 * words of its own (up to `limit`), so a four-syllable name is not read across a place (decision 0085).
 */
function nameAfterFamilyWord(tokens: Token[], s: number, limit: number): boolean {
  return (
    s + 4 <= limit &&
    isCapWord(tokens[s - 1]) &&
    FAMILY_NAMES.has(tokens[s + 1]!.key) &&
    isCapWord(tokens[s + 2]) &&
    isCapWord(tokens[s + 3]) &&
    !!tokens[s + 3]!.spaceBefore
  );
}

/**
 * "Báo Hà Tĩnh Phạm Văn Thành", "Hội Nông dân Lâm Đồng Trần Thị Mai": a place the place table lists
 * (two words or more, opening with a syllable that is also a family name: Hà, Lâm, Quảng, Cao) and
 * right after it a name of its own — a listed family name opening three capitalised words, or a
 * middle name. The place ends the body before it and is no part of the holder's name.
 */
export function placeBeforeNameAt(tokens: Token[], k: number, limit: number): boolean {
  const place = PLACES.longest(tokens, k, limit);
  if (!place || place.to - k < 2 || place.to >= limit || !tokens[place.to]!.spaceBefore) return false;
  return personNameStartsAt(tokens, place.to, limit);
}

/**
 * "phường Hải Châu Phạm Đức", "Hải Châu La Văn Thành", "Hải Châu H'Hen Niê": the family name at
 * token s, the second word of a place, stays in it (a place is not one syllable) when the word after
 * it opens a name of its own of two or more words: a listed family name, a middle name after it, or
 * an Ê Đê woman's "H'" (decision 0094).
 */
function shortNameAfterFamilyWord(tokens: Token[], s: number, limit: number): boolean {
  if (s + 3 > limit || !isCapWord(tokens[s + 2]) || !tokens[s + 2]!.spaceBefore) return false;
  const next = tokens[s + 1]!;
  return FAMILY_NAMES.has(next.key) || NAME_NOT_PLACE_START.test(next.key) || middleNameAt(tokens, s + 2);
}

function personNameStartsAt(tokens: Token[], k: number, limit: number): boolean {
  if (middleNameAt(tokens, k + 1)) return true;
  if (!FAMILY_NAMES.has(tokens[k]!.key)) return false;
  if (placeBeforeNameAt(tokens, k, limit)) return false;
  let n = 0;
  while (k + n < limit && n < 3 && isCapWord(tokens[k + n]) && tokens[k + n]!.spaceBefore) n++;
  return n >= 3;
}

function fieldAt(tokens: Token[], j: number, limit: number): number | null {
  if (j >= limit || !tokens[j]!.spaceBefore) return null;
  const f = FIELDS.longest(tokens, j, limit);
  if (f && tokens[j]!.cap) return f.to;
  // "Trường tiểu học Võ Thị Sáu": a school's level in lower case, then its namesake (decision 0120).
  if (
    f &&
    isCapWord(tokens[f.to]) &&
    tokens[f.to]!.spaceBefore &&
    LOWER_SCHOOL_LEVEL.test(keysBetween(tokens, j, f.to))
  )
    return f.to;
  const t = tokens[j]!;
  if (t.upper) return j + 1;
  return null;
}

/** A name given in brackets after a body ("Tập đoàn Điện lực Việt Nam (EVN)"): its words' keys and the body it names. */
export interface DefinedName {
  keys: string[];
  body: OrgSpan;
}

// The names the article being read defines, by the key of their first word: built once per token
// array, and parseOrg asks for them at every word no head starts, so the last array's are kept at hand.
let definedFor: Token[] | null = null;
let definedNames = new Map<string, DefinedName[]>();
// "(EVN)", "(Viettel)", "(Vietnam Airlines)": a longer bracket is a gloss or an aside, not a name.
const BRACKET_NAME_WORDS = 3;

/** The initials of the body's capitalised words, from some word on, spell the abbreviation ("(GDĐT)"): grouped by bodies.ts, not a name of its own. */
function initialsOf(tokens: Token[], body: OrgSpan, letters: string): boolean {
  const words = tokens.slice(body.from, body.to).filter((t) => t.word && t.cap);
  for (let skip = 0; skip < words.length; skip++)
    if (
      words
        .slice(skip)
        .map((t) => t.key[0])
        .join('') === letters
    )
      return true;
  return false;
}

/**
 * "Tập đoàn Điện lực Việt Nam (EVN)", "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)",
 * "(Vietnam Airlines)": one to three capitalised words in brackets right after a body, that are
 * neither its initials, a body nor a place, name that body for the rest of the article ("Tổng Giám
 * đốc EVN", "Đảng ủy Viettel").
 */
function definedNamesOf(tokens: Token[]): Map<string, DefinedName[]> {
  if (definedFor === tokens) return definedNames;
  const defined = new Map<string, DefinedName[]>();
  // Set first: the bodies before the brackets are parsed without the names being defined.
  definedFor = tokens;
  definedNames = defined;
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open]!.text !== '(') continue;
    let close = open + 1;
    while (
      close - open <= BRACKET_NAME_WORDS &&
      isCapWord(tokens[close]) &&
      (close === open + 1 || tokens[close]!.spaceBefore)
    )
      close++;
    if (close === open + 1 || tokens[close]?.text !== ')') continue;
    if (BODIES.longest(tokens, open + 1, close) || PLACES.longest(tokens, open + 1, close)) continue;
    let body: OrgSpan | null = null;
    for (let k = open - 1; k >= Math.max(0, open - 12) && !body; k--) {
      const span = BODIES.longest(tokens, k, open) ? parseOrg(tokens, k, open) : null;
      if (span?.to === open) body = span;
    }
    if (!body) continue;
    const keys = tokens.slice(open + 1, close).map((t) => t.key);
    if (keys.length === 1 && initialsOf(tokens, body, keys[0]!.replace(NOT_LETTERS, ''))) continue;
    const list = defined.get(keys[0]!) ?? [];
    list.push({ keys, body });
    defined.set(keys[0]!, list);
  }
  return defined;
}

/** A name the article defined in brackets, written at token i (not the bracketed definition itself). */
export function definedNameAt(
  tokens: Token[],
  i: number,
  limit = tokens.length,
): (DefinedName & { to: number }) | null {
  const t = tokens[i];
  if (!t || !t.cap || tokens[i - 1]?.text === '(') return null;
  const defined = definedNamesOf(tokens);
  if (!defined.size) return null;
  const candidates = defined.get(t.key);
  if (!candidates) return null;
  for (const d of candidates) {
    const to = i + d.keys.length;
    if (
      to <= limit &&
      d.keys.every((key, n) => tokens[i + n]!.key === key && (n === 0 || tokens[i + n]!.spaceBefore))
    )
      return { ...d, to };
  }
  return null;
}

/** "chi nhánh" (pattern branch-word) at token j, before a word of its own: a branch named by its place follows. */
function branchWordAt(tokens: Token[], j: number, limit: number): boolean {
  return j + 2 < limit && BRANCH_WORD.test(keysBetween(tokens, j, j + 2)) && tokens[j + 2]!.spaceBefore;
}

/**
 * The end of a branch's place from token `at`, after "chi nhánh": a numbered region, a locality and
 * its place, or a place ("… chi nhánh Khu vực 7", "… chi nhánh tỉnh Lạng Sơn", "… chi nhánh Quy
 * Nhơn"); null when none is there.
 */
function branchPlaceEnd(tokens: Token[], at: number, limit: number): number | null {
  const loc = LOCALITIES.longest(tokens, at, limit);
  return (
    regionAt(tokens, at, limit) ??
    (loc
      ? placeRun(tokens, loc.to, limit, provinceLevel(tokens, loc.from, loc.to))
      : placeRun(tokens, at, limit))
  );
}

/**
 * "Giám đốc Vietcombank Quy Nhơn Lê Thị Thu", "Phó Giám đốc Agribank chi nhánh Lạng Sơn Hoàng Thị
 * Mai": a brand (pattern brand-word: a word no Vietnamese syllable is, no abbreviation, country or
 * place of the lexicon) right after a post, then its branch and place, a known place, or a place
 * run that a holder's name ends; a brand right before a family name is named alone. Without one of
 * these the word is left alone ("Tổng thống Donald Trump"). Decision 0091.
 */
function brandEnd(tokens: Token[], i: number, limit: number): number | null {
  const t = tokens[i]!;
  // Cheap tests first: this runs at every word no body head starts.
  if (!t.cap || !t.spaceBefore || !BRAND_WORD.test(t.text) || ABBREVIATIONS.has(t.key)) return null;
  if (COUNTRIES.longest(tokens, i, limit) || PLACES.longest(tokens, i, limit) || !postEndsAt(tokens, i))
    return null;
  const j = i + 1;
  if (branchWordAt(tokens, j, limit)) return branchPlaceEnd(tokens, j + 2, limit);
  const known = PLACES.longest(tokens, j, limit);
  if (known) return known.to;
  const place = placeRun(tokens, j, limit);
  if (place !== null && place > j && isCapWord(tokens[place]) && tokens[place]!.spaceBefore) return place;
  if (isCapWord(tokens[j]) && FAMILY_NAMES.has(tokens[j]!.key) && isCapWord(tokens[j + 1])) return j;
  return null;
}

/**
 * Parses a body starting at token i, or returns null. `nested` is true inside another body's name,
 * where a bare "Bộ" or "Sở" is allowed ("Đảng ủy Bộ", "Văn phòng Sở").
 */
export function parseOrg(
  tokens: Token[],
  i: number,
  limit: number,
  nested = false,
  depth = 0,
  allowLower = false,
): OrgSpan | null {
  const t = tokens[i];
  if (!t || !t.word || depth > 4) return null;
  const m = BODIES.longest(tokens, i, limit);
  if (!m) {
    // "Tổng Giám đốc EVN", "Đảng ủy Viettel": a name the article gave a body in brackets.
    const d = definedNameAt(tokens, i, limit);
    if (d) return { from: i, to: d.to, kind: d.body.kind, head: d.body.head, children: [] };
    const brandTo = nested ? null : brandEnd(tokens, i, limit);
    return brandTo === null
      ? null
      : { from: i, to: brandTo, kind: BRAND_BODY.kind, head: BRAND_BODY, children: [], brand: true };
  }
  // Lower case only for a body named with its place: "huyện ủy Quan Hóa", "đảng ủy xã Mường Báng".
  if (!(t.cap || t.upper || allowLower) && !namedWithPlace(tokens, m.value, m.to, limit)) return null;
  if (!nested && i > 0 && GENERIC_BEFORE.has(tokens[i - 1]!.key)) return null;
  // "Nhà Quốc hội", "tòa nhà Quốc hội", "đường Trường Thi": a building or a street, not the body.
  if (!nested && i > 0 && NOT_BODY_BEFORE.test(tokens[i - 1]!.key)) return null;
  // "Bùi Trường Giang": a one-word head right after a name syllable is a syllable of that name. A
  // word that starts a place or a time ("Tại", "Ở", "Theo" opening the sentence: "Tại Trường THPT …")
  // is capitalised by its place in the sentence, not a name syllable (decision 0120).
  const prev = tokens[i - 1];
  if (
    m.to - m.from === 1 &&
    !t.upper &&
    prev &&
    t.spaceBefore &&
    isCapWord(prev) &&
    !prev.upper &&
    (FAMILY_NAMES.has(prev.key) || (prev.id < 0 && !LOWER_NAME_STOP.test(prev.key)))
  )
    return null;
  // "NHIỆM VỤ CHÍNH TRỊ" in a heading in capitals: a one-word head ("Vụ", "Phòng") written in
  // capitals after another word in capitals is a syllable of that word, not a body; abbreviations
  // ("UBND") are capitals by nature and stay bodies.
  if (
    !nested &&
    m.to - m.from === 1 &&
    t.upper &&
    LOWER_LETTER.test(m.value.head) &&
    prev?.upper &&
    prev.word &&
    t.spaceBefore &&
    !BODIES.longest(tokens, i - 1, limit)
  )
    return null;
  const head = m.value;
  // The head's words in lower case, which the head patterns below are matched against.
  const headKey = head.head.toLowerCase();
  let j = m.to;
  // "Tỉnh ủy viên", "Bộ trưởng": the head words are part of a post, not a body.
  if (j < limit && tokens[j]!.key === 'viên' && tokens[j]!.spaceBefore) return null;
  const children: OrgSpan[] = [];
  const nestedAt = unnamed((k: number) => {
    const sub = k < limit && tokens[k]!.spaceBefore ? parseOrg(tokens, k, limit, true, depth + 1) : null;
    if (sub) children.push(sub);
    return sub;
  });
  switch (head.complement) {
    case 'field':
    case 'field-or-fixed': {
      // "Sở Nông nghiệp, Lâm nghiệp và Thủy sản tỉnh Mondulkiri": a foreign department's fields (decision 0132).
      const listed = FOREIGN_DEPARTMENT_HEAD.test(headKey) ? foreignListedFieldsEnd(tokens, j, limit) : null;
      const f = listed ?? fieldAt(tokens, j, limit);
      if (listed !== null) j = listed;
      else if (f !== null) {
        j = joinedFieldsEnd(tokens, f, limit);
        // "Sở Giáo dục và Đào tạo Hà Nội", "Sở Y tế Cần Thơ": a province written right after the
        // field, with no "tỉnh" or "thành phố", is the department's, not the holder's name (decision 0070).
        const province =
          j < limit && tokens[j]!.spaceBefore && tokens[j]!.cap ? PLACES.longest(tokens, j, limit) : null;
        if (province) j = province.to;
      } else if (head.complement === 'field') {
        const sub = nestedAt(j);
        const unit = sub ? null : departmentNameEnd(tokens, head.head, j, limit);
        if (sub) j = sub.to;
        else if (unit !== null) j = unit;
        else if (!nested) return null;
      }
      break;
    }
    case 'field-name':
    case 'field-name-or-fixed': {
      const unit = unitNumberEnd(tokens, head.head, j, limit);
      if (unit !== null) {
        j = unit;
        break;
      }
      // "Tổng công ty Đầu tư và Phát triển hạ tầng Trường Sơn": two parts joined by "và" (decision 0132).
      const joinedName = NATIONAL_NAME_HEAD.test(headKey) ? joinedCorporateNameEnd(tokens, j, limit) : null;
      if (joinedName !== null) {
        j = groupAfterDash(tokens, joinedName, limit);
        break;
      }
      // "Bộ Tư lệnh Quân khu 4": a body written where the field would be is the complement.
      // Not a head alone that needs a name of its own ("Trung tâm Cung ứng dịch vụ công": "Cung" of
      // "Cung Văn hóa" is a word of the centre's name here, decision 0132).
      const subHead = j < limit ? BODIES.longest(tokens, j, limit) : null;
      const bareHead =
        !!subHead &&
        subHead.to - subHead.from === 1 &&
        NAME_NEEDED.has(subHead.value.complement) &&
        !!tokens[subHead.to] &&
        !tokens[subHead.to]!.cap &&
        !tokens[subHead.to]!.upper &&
        tokens[subHead.to]!.word;
      const sub = subHead && !bareHead ? nestedAt(j) : null;
      if (sub) {
        j = sub.to;
        break;
      }
      // "Bệnh viện Trung ương Thái Nguyên": a qualifier, then the place the body serves (decision 0085).
      const qualifier = j < limit && tokens[j]!.cap ? QUALIFIERS.longest(tokens, j, limit) : null;
      const served =
        qualifier && tokens[j]!.spaceBefore && tokens[qualifier.to]?.spaceBefore
          ? PLACES.longest(tokens, qualifier.to, limit)
          : null;
      if (served) {
        j = served.to;
        break;
      }
      let f = fieldAt(tokens, j, limit);
      let fields = 0;
      // "Trường Đại học Công nghệ": a field may name a sector within the first ("Đại học" + "Công nghệ").
      for (let more = f; more !== null; more = fieldAt(tokens, j, limit)) {
        f = more;
        j = more;
        fields++;
      }
      // "Bệnh viện Đa khoa Trung ương Thái Nguyên": a field, then a qualifier and the place the body
      // serves, as right after the head (decision 0124).
      const fieldQualifier =
        fields >= 1 && j < limit && tokens[j]!.cap ? QUALIFIERS.longest(tokens, j, limit) : null;
      const fieldServed =
        fieldQualifier && tokens[j]!.spaceBefore && tokens[fieldQualifier.to]?.spaceBefore
          ? PLACES.longest(tokens, fieldQualifier.to, limit)
          : null;
      if (fieldServed) {
        j = fieldServed.to;
        break;
      }
      // Two fields make a whole name: only a place may follow ("Trường Đại học Sư phạm Hà Nội"), and a
      // capitalised run after it is the holder ("… Kinh tế Nguyễn Trúc Lê"), not more of the name.
      const place =
        fields >= 2 && j < limit && tokens[j]!.spaceBefore ? PLACES.longest(tokens, j, limit) : null;
      const name = fields >= 2 ? (place?.to ?? null) : properNameRun(tokens, j, limit, f === null);
      if (name !== null) j = name;
      if (j > m.to) j = secondPartAfterDash(tokens, j, limit);
      // "Quỹ Đầu tư phát triển tỉnh Gia Lai": a name in sentence case runs on in lower case up to a
      // locality and its place, which the loop below reads (decision 0085).
      if (j > m.to) {
        // "Trường THCS Kim Đồng và điểm trường bản Nà Hẩu": a name closed on a proper name does not
        // run on past "và" (decision 0118).
        const joined = name !== null && JOINER_AFTER_PROPER_NAME.test(tokens[j]?.key ?? '');
        // A national corporation's name is read before the lower-case run to a locality, whose own close
        // on "quốc gia" (decision 0126) would leave out its group after a dash (decision 0124).
        const national =
          !joined && j === m.to + 1 && NATIONAL_NAME_HEAD.test(headKey)
            ? nationalNameEnd(tokens, j, limit)
            : null;
        const closed = joined || national !== null ? null : lowerWordsToLocality(tokens, j, limit);
        // "Viện Khoa học kỹ thuật nông lâm nghiệp vùng Tây Nguyên": closed by its region (decision 0132).
        const region =
          joined || national !== null || closed !== null ? null : regionNameEnd(tokens, j, limit);
        if (national !== null) j = groupAfterDash(tokens, national, limit);
        else if (closed !== null) j = closed;
        else if (region !== null) j = region;
        // "Quỹ Hỗ trợ nông dân các cấp", "Trung tâm Văn hóa - Hội nghị tỉnh": a sentence-case name
        // cut after its first word by lower-case words it does not bound is no body (decision 0108).
        else if (f === null && j === m.to + 1 && SENTENCE_CASE_HEAD.test(headKey)) {
          const next = tokens[j];
          if (next?.word && next.spaceBefore && !next.cap && !next.upper && !LOWER_NAME_STOP.test(next.key))
            return null;
        }
      }
      if (f === null && name === null && head.complement === 'field-name' && !nested) return null;
      break;
    }
    case 'trade-name': {
      const end = tradeNameEnd(tokens, j, limit);
      if (end === null && !nested) return null;
      // "Công ty Than Hà Lầm - TKV": the group's part after a spaced dash is the name's (decision 0124).
      if (end !== null) j = groupAfterDash(tokens, end, limit);
      break;
    }
    case 'nested': {
      const sub = nestedAt(j);
      // "Cơ quan Hợp tác quốc tế Nhật Bản": a foreign agency by its remit and country (decision 0126).
      const agency = sub || !FOREIGN_AGENCY_HEAD.test(headKey) ? null : foreignAgencyEnd(tokens, j, limit);
      // "Tổ công tác đặc biệt về giải ngân vốn đầu tư công": a working group named by its remit (decision 0132).
      const remit =
        sub || agency !== null || !REMIT_BODY_HEAD.test(headKey)
          ? null
          : remitEnd(tokens, j, limit, REMIT_LEAD_WORDS);
      if (!sub && agency === null && remit === null) return null;
      j = sub ? sub.to : (agency ?? remit!);
      break;
    }
    case 'place-after-locality': {
      // "Tòa án nhân dân khu vực 3 - Đắk Lắk", "VKSND khu vực 2": the regional courts and procuracies
      // of 2025 are named by a numbered region where a locality would be (decision 0091).
      const region = regionAt(tokens, j, limit);
      if (region !== null) j = region;
      break;
    }
    case 'region-or-place':
    case 'place': {
      // "Kho bạc Nhà nước khu vực VI": a numbered region in place of a place (decision 0080).
      const region = head.complement === 'region-or-place' ? regionAt(tokens, j, limit) : null;
      if (region !== null) {
        j = region;
        break;
      }
      const p = placeRun(tokens, j, limit, provinceLevel(tokens, m.from, m.to));
      if (p !== null) j = p;
      // "Hội đồng tỉnh Ratanakiri": a head that names a body only with its place (decision 0132).
      else if (!nested && PLACE_REQUIRED_HEAD.test(headKey)) return null;
      break;
    }
    case 'any': {
      const known = j < limit && tokens[j]!.spaceBefore ? PLACES.longest(tokens, j, limit) : null;
      if (known) j = known.to;
      else {
        const f = fieldAt(tokens, j, limit);
        if (f !== null && !tokens[j]!.upper) j = f;
      }
      break;
    }
    case 'lower-words-to-place-or-fixed': {
      // "Ban Quản lý dự án 85": a numbered board (numbered-unit-head, decision 0124).
      const unit = unitNumberEnd(tokens, head.head, j, limit);
      if (unit !== null) {
        j = unit;
        break;
      }
      // "Thuế cơ sở 3 tỉnh Gia Lai": a head that names a body only with its number (decision 0132).
      if (NUMBER_REQUIRED_HEAD.test(headKey)) return null;
      // "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Đắk Lắk": lower-case words
      // up to a locality and its place are the body's (decision 0075); the loop below reads the
      // locality and the place. Without them the head stands alone ("Giám đốc Ban Quản lý dự án X").
      for (let k = j; k < limit && k - j < LOWER_NAME_WORDS; k++) {
        const w = tokens[k]!;
        // "Ban Chỉ đạo phòng, chống tham nhũng … tỉnh": a comma between two lower-case words of the
        // name (decision 0126); the name must still reach its locality or "quốc gia".
        if (w.text === ',' && k > j && LOWER_NAME_COMMA.test(keysBetween(tokens, k - 1, k + 2))) continue;
        // "Ban Chỉ đạo phòng thủ dân sự quốc gia": a national body's name closes on "quốc gia" when no
        // locality follows it (pattern national-closing-name, decision 0126); the qualifiers below read it.
        if (k > j && nationalCloseAt(tokens, k, limit)) {
          j = k;
          break;
        }
        if (!w.word || !w.spaceBefore || w.cap || w.upper || LOWER_NAME_STOP.test(w.key)) break;
        // "Ban Quản lý dự án đầu tư xây dựng khu vực Tân Phú": a 2025 region named by a place closes
        // the name as a locality does; the qualifiers below read it (decision 0132).
        if (
          k > j &&
          w.key === 'khu' &&
          tokens[k + 1]?.key === 'vực' &&
          isCapWord(tokens[k + 2]) &&
          (placeRun(tokens, k + 2, limit, false, postEndsAt(tokens, i)) ?? k + 2) > k + 2
        ) {
          j = k;
          break;
        }
        const loc = k > j ? LOCALITIES.longest(tokens, k, limit) : null;
        // "Ban Chỉ đạo thi tỉnh, …": the article's own province closes the name when no place and no
        // capitalised word follows (bare-level-closing-name, as 0108's sentence-case names; decision 0126).
        if (
          loc &&
          BARE_LEVEL_CLOSE.test(keysBetween(tokens, loc.from, loc.to)) &&
          !isCapWord(tokens[loc.to]) &&
          !tokens[loc.to]?.upper
        ) {
          j = loc.to;
          break;
        }
        // The locality's place, or its holder right after a bare "tỉnh" ("… giao thông tỉnh Phạm Quốc Việt").
        const placed =
          loc &&
          (placeRun(tokens, loc.to, limit, provinceLevel(tokens, loc.from, loc.to)) !== null ||
            FAMILY_NAMES.has(tokens[loc.to]?.key ?? ''));
        if (placed) {
          j = k;
          break;
        }
      }
      break;
    }
    default:
      break;
  }
  // "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh": a zone's board that runs the
  // province's industrial parks too; the locality and place after them are read below, a place
  // written alone here (decision 0132).
  if (j > m.to && ZONE_BOARD_HEAD.test(headKey) && j + 5 < limit) {
    if (ZONE_BOARD_PARKS.test(keysBetween(tokens, j, j + 5)) && tokens[j]!.spaceBefore) {
      j += 5;
      const place = tokens[j]?.cap && tokens[j]!.spaceBefore ? PLACES.longest(tokens, j, limit) : null;
      if (place) j = place.to;
    }
  }
  // "Hiệp hội Doanh nghiệp Hàn Quốc tại Bắc Ninh": the foreign members' country, and where they
  // are, belong to an association's name, not to its holder's (pattern foreign-members-head, decision 0075).
  if (FOREIGN_MEMBERS_HEAD.test(headKey) && j < limit && tokens[j]!.spaceBefore) {
    // "Đại sứ quán Việt Nam tại Campuchia": Viet Nam's own mission, its country then "tại" (decision 0131).
    const ownCountry =
      OWN_MISSION_HEAD.test(headKey) &&
      j + 3 <= limit &&
      tokens[j + 2]?.key === 'tại' &&
      OWN_COUNTRY_OF_MISSION.test(keysBetween(tokens, j, j + 2));
    const country = COUNTRIES.longest(tokens, j, limit) ?? (ownCountry ? { to: j + 2 } : null);
    if (country) {
      j = country.to;
      if (tokens[j]?.key === 'tại' && j + 1 < limit) {
        // "Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh": a locality word may come first (decision 0091).
        const hostLoc = LOCALITIES.longest(tokens, j + 1, limit);
        const where =
          PLACES.longest(tokens, hostLoc?.to ?? j + 1, limit) ?? COUNTRIES.longest(tokens, j + 1, limit);
        if (where) j = where.to;
        // "Đại sứ quán Nhật Bản tại Việt Nam": the host country, which countries.txt leaves out.
        else if (j + 3 <= limit && HOST_COUNTRY.test(keysBetween(tokens, j + 1, j + 3))) j += 3;
      }
    }
  } else if (
    FOREIGN_OFFICE_HEAD.test(headKey) &&
    tokens[j - 1]?.upper &&
    tokens[j]?.key === 'tại' &&
    tokens[j]!.spaceBefore &&
    j + 3 <= limit &&
    HOST_COUNTRY.test(keysBetween(tokens, j + 1, j + 3))
  ) {
    // "Văn phòng JICA tại Việt Nam": a foreign agency's office in the host country (decision 0122).
    j += 3;
  } else if (FOREIGN_STATE_BODY_HEAD.test(headKey) && j < limit && tokens[j]!.spaceBefore) {
    // "Quốc hội Campuchia", "Bộ Ngoại giao Nhật Bản": a state body of another country (decision 0103).
    j = COUNTRIES.longest(tokens, j, limit)?.to ?? j;
  }
  // Qualifiers, "Khối các cơ quan", localities with their place, and nested bodies, in any order.
  for (let guard = 0; guard < 8 && j < limit; guard++) {
    const next = tokens[j]!;
    if (!next.spaceBefore) break;
    // A nested body first: "Đảng" of "Đảng ủy Công an" is a body, not the qualifier "Đảng".
    if (BODIES.longest(tokens, j, limit)) {
      const sub = nestedAt(j);
      if (sub) {
        j = sub.to;
        continue;
      }
    }
    // "HĐND các cấp": a generic level, not a body.
    if (next.key === 'các' && tokens[j + 1]?.key === 'cấp' && !nested) return null;
    const q = QUALIFIERS.longest(tokens, j, limit);
    if (
      q &&
      (tokens[j]!.cap ||
        tokens[j]!.upper ||
        ['quốc gia', 'khu vực'].some((w) => w.startsWith(tokens[j]!.key)))
    ) {
      j = q.to;
      if (tokens[q.from]!.key === 'khu' && ALL_DIGITS.test(tokens[j]?.text ?? '')) j++;
      // "Trung tâm Y tế khu vực Tân Phú", "Văn phòng Đăng ký đất đai khu vực Ea Kar": a 2025 region
      // named by a place, as a locality's place is (lower-case "khu vực" only; decision 0132).
      else if (tokens[q.from]!.key === 'khu' && !tokens[q.from]!.cap && isCapWord(tokens[j])) {
        const place = placeRun(tokens, j, limit, false, postEndsAt(tokens, i));
        if (place !== null && place > j) {
          j = place;
          break;
        }
      }
      continue;
    }
    if (next.key === 'khối' && next.cap) {
      j++;
      if (tokens[j]?.key === 'các' && tokens[j + 1]?.key === 'cơ' && tokens[j + 2]?.key === 'quan') j += 3;
      else if (tokens[j]?.key === 'doanh' && tokens[j + 1]?.key === 'nghiệp') j += 2;
      else if (tokens[j]?.upper && tokens[j]!.spaceBefore) j++; // "Đảng bộ Khối DNTW"
      continue;
    }
    if (
      (head.complement === 'any' || head.kind === 'party-organisation') &&
      next.key === 'cơ' &&
      tokens[j + 1]?.key === 'quan'
    ) {
      j += 2;
      continue;
    }
    if (
      head.kind === 'party-organisation' &&
      next.key === 'các' &&
      tokens[j + 1]?.key === 'cơ' &&
      tokens[j + 2]?.key === 'quan'
    ) {
      j += 3;
      continue;
    }
    if (head.kind === 'na-delegation' && next.key === 'đơn' && tokens[j + 1]?.key === 'vị') {
      j += 2;
      continue;
    }
    // "Ngân hàng TMCP Ngoại thương Việt Nam chi nhánh Quy Nhơn", "… chi nhánh tỉnh Lạng Sơn": a
    // branch named by its place, its locality and place, or a numbered region (pattern branch-word,
    // decision 0085); the place is the branch's, not a holder's.
    if (branchWordAt(tokens, j, limit)) {
      const branchEnd = branchPlaceEnd(tokens, j + 2, limit);
      if (branchEnd !== null) {
        j = branchEnd;
        break;
      }
    }
    // "UBND TP.HCM", "Hội Khuyến học TP.HCM": a city's abbreviation that holds its locality word is
    // the locality and the place at once (decision 0120).
    if (j < limit && tokens[j]!.spaceBefore && CITY_WITH_LOCALITY.test(tokens[j]!.text)) {
      j++;
      break;
    }
    const loc = LOCALITIES.longest(tokens, j, limit);
    if (loc && !tokens[j]!.cap) {
      j = loc.to;
      const p = placeRun(tokens, j, limit, provinceLevel(tokens, loc.from, loc.to), postEndsAt(tokens, i));
      if (p !== null) j = p;
      break;
    }
    const capLocPlace =
      loc && tokens[j]!.cap ? placeRun(tokens, loc.to, limit, provinceLevel(tokens, loc.from, loc.to)) : null;
    if (capLocPlace !== null) {
      j = capLocPlace;
      break;
    }
    // "HĐND Thành phố Nguyễn Ngọc Tuấn": the capitalised locality word of the article's city, then
    // its holder (or nothing capitalised): the body is named with the word, as "UBND tỉnh" is.
    if (loc && (!isCapWord(tokens[loc.to]) || FAMILY_NAMES.has(tokens[loc.to]!.key))) {
      j = loc.to;
      break;
    }
    const sub = nestedAt(j);
    if (sub) {
      j = sub.to;
      continue;
    }
    break;
  }
  // "Ban Chỉ đạo quốc gia về phòng, chống thiên tai": a steering committee's remit after its level (decision 0132).
  if (j > m.to && REMIT_BODY_HEAD.test(headKey) && tokens[j]?.spaceBefore) {
    const remit = remitEnd(tokens, j, limit, 0);
    if (remit !== null) j = remit;
  }
  return { from: i, to: j, kind: head.kind, head, children };
}

/** Every body in the token array, left to right, longest first; `blocked` tokens (inside posts that contain their body) are skipped. */
export function findOrgSpans(tokens: Token[], blocked: Uint8Array): OrgSpan[] {
  const spans: OrgSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    const span = parseOrg(tokens, i, tokens.length);
    if (!span) continue;
    // "Thường trực Ban Bí thư đề nghị …" written alone: a person's post, no body, and its "Ban Bí thư" is no subject either (decision 0100).
    if (!POST_LIKE_BODY.test(keysBetween(tokens, span.from, span.from + 6))) spans.push(span);
    i = span.to - 1;
  }
  return withoutGenericLists(tokens, spans).filter(
    (s) => !isBuilding(tokens, s) && !isFurnitureLine(tokens, s),
  );
}

/**
 * "BÁO NHÂN DÂN" above a saved page's menu, "ĐẢNG BỘ TỈNH NINH BÌNH" under its "XEM THÊM": a body's
 * name in capitals that is the whole of its line is the page's masthead, a section or a link, not a
 * mention — a heading in capitals says something of the body ("TỈNH ỦY … TỔ CHỨC HỘI NGHỊ …"), and
 * the text names a body it speaks of in running prose (decision 0103).
 */
function isFurnitureLine(tokens: Token[], span: OrgSpan): boolean {
  if (span.from > 0 && !tokens[span.from]!.lineBefore) return false;
  if (span.to < tokens.length && !tokens[span.to]!.lineBefore) return false;
  for (let k = span.from; k < span.to; k++) if (tokens[k]!.word && !tokens[k]!.upper) return false;
  return true;
}

/**
 * "tại Trung tâm Hội nghị tỉnh": a building named like a body, where a meeting is held (its words
 * read past the span, which ends before the lower-case "nghị"). Only a body written on its own:
 * inside a post ("Giám đốc Trung tâm …") a centre is an agency with a head.
 */
function isBuilding(tokens: Token[], span: OrgSpan): boolean {
  if (BUILDING.test(keysBetween(tokens, span.from, span.from + 4))) return true;
  // "Đoàn Chủ tịch đại hội": a meeting's presidium, who chair it, is no body either (decision 0091).
  return (
    tokens[span.from]!.key === 'đoàn' && MEETING_PRESIDIUM.test(keysBetween(tokens, span.from, span.from + 5))
  );
}

/**
 * "lãnh đạo HĐND, UBND, MTTQ các xã, thị trấn": bodies followed, through a list of bodies, by a
 * plural of localities name every commune's body, no one body; they are left out as "các cấp ủy" is.
 */
function withoutGenericLists(tokens: Token[], spans: OrgSpan[]): OrgSpan[] {
  const out: OrgSpan[] = [];
  let list: OrgSpan[] = [];
  const close = unnamed((next: number) => {
    const after = keysBetween(tokens, next, next + 3);
    if (!GENERIC_AFTER_BODY.test(after)) out.push(...list);
    list = [];
  });
  for (const span of spans) {
    const prev = list[list.length - 1];
    const joined =
      prev &&
      tokens.slice(prev.to, span.from).every((t) => LIST_JOINER.test(t.key)) &&
      span.from - prev.to <= 2;
    if (prev && !joined) close(prev.to);
    list.push(span);
  }
  if (list.length) close(list[list.length - 1]!.to);
  return out;
}

/** Key under which two surface forms name the same body: abbreviations expanded, locality words before a place dropped. */
export function orgKey(
  tokens: Token[],
  from: number,
  to: number,
  extra?: ReadonlyMap<string, string>,
): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const key = tokens[k]!.key;
    if (!tokens[k]!.word) continue;
    words.push(extra?.get(key) ?? ABBREVIATIONS.get(key) ?? key);
  }
  // "Tỉnh ủy tỉnh Lâm Đồng" is "Tỉnh ủy Lâm Đồng".
  return words
    .join(' ')
    .replace(/(^| )(tỉnh|huyện|thành|quận|thị) ủy (?:tỉnh|huyện|thành phố|quận|thị xã) /u, '$1$2 ủy ');
}
