// Persons and their posts. A name is two to four (five after an honorific) capitalised syllables starting with a family
// name (family-names.txt); a post is a post head from posts.tsv and, for heads that name a body,
// the body after it ("Bí thư" + "Tỉnh ủy Khánh Hòa"). Posts attach to a name as a chain after it
// ("X, Ủy viên BTV Tỉnh ủy, Bí thư Huyện ủy") or before it ("Thứ trưởng X"), or through an
// appointment verb ("A và B được bầu làm Phó Bí thư Tỉnh ủy").
import type { ExtractedPerson } from '../../types.ts';
import type { BodySpanLayer, PersonLayer, TokenLayer } from './doc.ts';
import { keysBetween, type Token } from './tokens.ts';
import {
  BODIES,
  COUNTRIES,
  FAMILY_NAMES,
  FIELDS,
  HONORIFICS,
  LOCALITIES,
  PLACES,
  POSTS,
  VERBS,
  pattern,
  type BodyEntry,
  type PostEntry,
} from './lexicon.ts';
import { middleNameAt, parseOrg, placeBeforeNameAt, placeRun, type OrgSpan } from './organizations.ts';
import { unnamed } from '../../base/unnamed.ts';

export interface PostSpan {
  from: number;
  to: number;
  headTo: number;
  entry: PostEntry;
  org: OrgSpan | null;
  /** Written "nguyên …" (former): a title of the person, not a post held as of the article. */
  former: boolean;
}

export interface NameSpan {
  from: number;
  to: number;
  posts: PostSpan[];
}

// The word lists and shapes of names and post chains are rules a linguist edits: named patterns of
// ingest/lexicon/vi/patterns.tsv, each with a comment on what it covers (words matched by key).
const rule = (name: string) => new RegExp(pattern(name), 'u');
const NOT_PERSON_BEFORE = rule('not-person-before');
const NOT_PERSON_BEFORE_TWO = rule('not-person-before-two');
const POST_NEEDING_BODY = rule('post-needing-body');
const POST_NAMING_ITS_PLACE = rule('post-naming-its-place');
const NOT_IN_NAME_WORD = rule('not-in-name-word');
const FIVE_SYLLABLE_NAME_START = rule('five-syllable-name-start');
const NAME_NOT_PLACE_START = rule('name-not-place-start');
const ONE_WORD_NAME = rule('one-word-name-after-address');
const FOREIGN_PLACE_WORD = rule('foreign-place-word');
const FAMILY_NAME_IN_CONTEXT_ONLY = rule('family-name-in-context-only');
const PERSON_LIST_MEMBER_OPENING = rule('person-list-member-opening');
const POST_CHAIN_SEPARATOR = rule('post-chain-separator');
const NOW_BEFORE_POST = rule('now-before-post');
const POST_BRACKETS_AFTER_NAME = rule('post-brackets-after-name');
const POST_TERM_WORD = rule('post-term-word');
const POST_TERM_NUMBER = rule('post-term-number');
const POST_TERM_JOINER = rule('post-term-joiner');
const LIST_MEMBER_SEPARATOR = rule('list-member-separator');
const APPOINTMENT_ADVERB = rule('appointment-adverb');
const APPOINTMENT_JOINS_BEFORE = rule('appointment-joins-before');
const POST_WORD_CAPITALISED_ONLY = rule('post-word-capitalised-only');
const PLURAL_BEFORE_POST = rule('plural-before-post');
const LATE_PERSON_BEFORE = rule('late-person-before');
const CITY_BEFORE_STREET_WORD = rule('city-before-street-word');
const RANK_BEFORE_NAME = rule('rank-before-name');
const ADDRESS_BEFORE_NAME = rule('address-before-name');
const HOUSE_NUMBER = rule('house-number');
const BARE_DEPARTMENT = rule('bare-department-after-post');
const BARE_BODY_BEFORE_COMMA = rule('bare-body-before-comma');
const SCHOOL_ITSELF_WORD = rule('school-itself-word');
const BARE_KIND_AFTER_POST = rule('bare-kind-after-post');
const APPOINTED_POST_BEFORE = rule('appointed-post-before');
const HANDED_TO = rule('handed-to');
const FOREIGN_STATE_WORDS = rule('foreign-state-words');
const FOREIGN_POSTING_WORD = rule('foreign-posting-word');
const OWN_COUNTRY_OF_ENVOY = rule('own-country-of-envoy');
const POST_SHARING_BODY_ACROSS_KIEM = rule('post-sharing-body-across-kiem');
const CURRENT_POST_VERB = rule('current-post-verb');
const CURRENT_POST_SUBJECT = rule('current-post-subject');
const TOPIC_BEFORE_NAME = rule('topic-before-name');

/** The end of the longest run of `words` to `max` words from k whose keys `re` matches, or null. */
function wordsMatchEnd(tokens: Token[], k: number, re: RegExp, max: number): number | null {
  for (let n = max; n >= 1; n--) {
    let all = k + n <= tokens.length;
    for (let x = k; all && x < k + n; x++) all = tokens[x]!.word;
    if (all && re.test(keysBetween(tokens, k, k + n))) return k + n;
  }
  return null;
}

/** A text made only of sentence end marks (".", "!", "?", "…"): what /^[.!?…]+$/ matches, read code by code. */
function onlyEndMarks(text: string): boolean {
  if (text.length === 0) return false;
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) return false;
  }
  return true;
}

/**
 * Which tokens open a sentence: the text's first word, a word after a line break or after a token
 * of sentence end marks only. Read in one pass per article; findPersons asks it at every token (a
 * word of address opening a sentence) and per name, and ran the end-mark expression each time
 * (decision 0117).
 */
export function sentenceOpenings(tokens: readonly Token[]): Uint8Array {
  const opens = new Uint8Array(tokens.length);
  if (tokens.length > 0) opens[0] = 1;
  for (let i = 1; i < tokens.length; i++)
    if (tokens[i]!.lineBefore || onlyEndMarks(tokens[i - 1]!.text)) opens[i] = 1;
  return opens;
}

function isNameWord(t: Token | undefined): t is Token {
  return !!t && t.cap && t.word && !t.upper && !NOT_IN_NAME_WORD.test(t.text);
}

// A bare kind names no body of its own: bodies.ts gives it the name of the body it joins.
const BARE_KIND_ENTRY: BodyEntry = { head: '', kind: 'other', complement: 'fixed' };

/** One to three words of a body's kind at token j, then a holder's name, a verb or a mark: a bare span to join. */
function bareKindAt(tokens: Token[], j: number, limit: number): OrgSpan | null {
  for (let to = j + 1; to <= Math.min(limit - 1, j + 3); to++) {
    if (!tokens[to - 1]!.word || !tokens[to - 1]!.spaceBefore) return null;
    if (!BARE_KIND_AFTER_POST.test(keysBetween(tokens, j, to))) continue;
    // Then its holder, the post's comma or end, or the verb of the post's holder ("… Hiệu trưởng nhà trường phát biểu").
    const next = tokens[to];
    if (!next || !next.word || (next.spaceBefore && isNameWord(next)) || VERBS.longest(tokens, to, limit))
      return { from: j, to, kind: 'other', head: BARE_KIND_ENTRY, children: [], bare: true };
  }
  return null;
}

/** "Giám đốc bệnh viện Hà Văn Tùng": a bare kind right after a post ends at token i, so a name there is its holder. */
function bareKindBefore(tokens: Token[], i: number): boolean {
  for (let n = 1; n <= 3 && i - n > 0; n++)
    if (
      BARE_KIND_AFTER_POST.test(keysBetween(tokens, i - n, i)) &&
      POSTS.endingAt(tokens, i - n, BARE_POST_WORDS) !== null
    )
      return true;
  return false;
}
const BARE_POST_WORDS = 6;

/** "Gunma Ogawa Kenji" after a locality word: an unlisted place of one unaccented word, then two or three name words. */
function foreignPlaceThenName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 3 || to - from > 4 || PLACES.longest(tokens, from)) return false;
  for (let k = from; k < to; k++) if (!FOREIGN_PLACE_WORD.test(tokens[k]!.text)) return false;
  return true;
}

/** "Thống đốc tỉnh Gunma Ogawa Kenji": token i ends a post naming its foreign place of one unaccented word. */
function afterForeignPlaceHead(tokens: Token[], i: number): boolean {
  const place = tokens[i - 1];
  if (!place || !FOREIGN_PLACE_WORD.test(place.text) || PLACES.longest(tokens, i - 1)) return false;
  for (const n of [1, 2]) {
    if (i - 1 - n < 0) break;
    const loc = LOCALITIES.longest(tokens, i - 1 - n);
    if (loc?.to !== i - 1) continue;
    for (const h of [1, 2, 3])
      if (i - 1 - n - h >= 0 && POST_NAMING_ITS_PLACE.test(keysBetween(tokens, i - 1 - n - h, i - 1 - n)))
        return true;
  }
  return false;
}

/** Parses a post at token i: its head words and, where the head names a body, that body. */
export function parsePost(tokens: Token[], i: number, limit: number): PostSpan | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  const m = POSTS.longest(tokens, i, limit);
  if (!m) return null;
  // "ủy quyền Chủ tịch …": a lower-case "quyền" opens no acting post (decision 0095).
  if (!t.cap && POST_WORD_CAPITALISED_ONLY.test(t.key)) return null;
  let to = m.to;
  let org: OrgSpan | null = null;
  if (m.value.kind === 'head') {
    // "Trưởng ban Tuyên giáo Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh": the post's last word starts the body.
    // "Tổng Thanh tra Chính phủ": the body may start at any later word of the post.
    let overlapping: OrgSpan | null = null;
    // Not "Thường trực" of "Phó Bí thư Thường trực Tỉnh ủy": that word qualifies the post.
    for (let k = m.from + 1; k < m.to && !overlapping; k++) {
      const o = parseOrg(tokens, k, limit, false, 0, true);
      if (o && o.to > m.to && o.head.complement !== 'nested') overlapping = o;
    }
    let after = m.to < limit && tokens[m.to]!.spaceBefore ? parseOrg(tokens, m.to, limit, false, 0) : null;
    // "Bí thư Đảng ủy, Giám đốc Sở Võ Văn Thành": a department word alone right after the head is
    // the article's department, as inside another body's name ("Văn phòng Sở"), decision 0064 —
    // only with its holder's name after it ("giữ chức Giám đốc Sở trong …" names no department).
    if (
      !after &&
      m.to + 1 < limit &&
      tokens[m.to]!.spaceBefore &&
      BARE_DEPARTMENT.test(tokens[m.to]!.text) &&
      isNameWord(tokens[m.to + 1])
    )
      after = parseOrg(tokens, m.to, limit, true, 0);
    // "Phó Giám đốc Bệnh viện, BSCKII X": a two-word head alone before the post's comma is the
    // article's body of that head, as the bare "Sở" above (pattern bare-body-before-comma, decision 0075).
    if (!after && m.to + 2 < limit && tokens[m.to]!.cap && tokens[m.to]!.spaceBefore) {
      const bare = parseOrg(tokens, m.to, limit, true, 0);
      if (
        bare &&
        tokens[bare.to]?.text === ',' &&
        BARE_BODY_BEFORE_COMMA.test(keysBetween(tokens, m.to, bare.to))
      )
        after = bare;
    }
    // "Giám đốc chi nhánh Nguyễn Thị Lan", "Hiệu trưởng Nhà trường Lê Văn Hòa": a body's kind alone
    // before the holder or the post's comma; bodies.ts joins it to the article's one body of that
    // kind or drops it (pattern bare-kind-after-post, decision 0085).
    if (!after && !overlapping) after = bareKindAt(tokens, m.to, limit);
    if (overlapping && (!after || overlapping.to >= after.to)) org = overlapping;
    else org = after;
    if (org) {
      to = org.to;
      // "Ủy viên Ủy ban Văn hóa và Xã hội của Quốc hội Hà Thị Lan": the body's parent after "của",
      // then the holder; the post is the one before it, not the name's before the comma (decision 0091).
      if (tokens[to]?.key === 'của' && to + 1 < limit && tokens[to + 1]!.spaceBefore) {
        const parent = parseOrg(tokens, to + 1, limit);
        const holder = parent ? tokens[parent.to] : undefined;
        if (parent && holder?.spaceBefore && isNameWord(holder) && FAMILY_NAMES.has(holder.key))
          to = parent.to;
      }
    }
    // "Bộ trưởng Giáo dục và Đào tạo": the ministry's field without "Bộ".
    else if (m.to < limit && tokens[m.to]!.cap && tokens[m.to]!.spaceBefore) {
      const field = FIELDS.longest(tokens, m.to, limit);
      if (field) to = field.to;
    }
  }
  // A term qualifier belongs to the post as written ("Bí thư Tỉnh ủy khóa 15").
  if (to < limit && POST_TERM_WORD.test(tokens[to]!.key) && tokens[to]!.spaceBefore) {
    let k = to + 1;
    if (tokens[to]!.key === 'nhiệm' && tokens[k]?.key === 'kỳ') k++;
    let n = 0;
    while (
      (k < limit && n < 4 && POST_TERM_NUMBER.test(tokens[k]!.text.replace(/[–-]/g, ''))) ||
      (n > 0 && k < limit && POST_TERM_JOINER.test(tokens[k]!.text))
    ) {
      k++;
      n++;
    }
    if (n > 0) to = k;
  }
  // "Phó Tỉnh trưởng tỉnh Vân Nam Lý Quốc Hoa": a post abroad names its province, not a body of
  // ours; the province is the post's as written, and the name after it its holder (pattern
  // post-naming-its-place, decision 0085).
  if (!org && to === m.to && POST_NAMING_ITS_PLACE.test(keysBetween(tokens, m.from, m.to))) {
    const loc = to < limit && tokens[to]!.spaceBefore ? LOCALITIES.longest(tokens, to, limit) : null;
    let place = loc ? placeRun(tokens, loc.to, limit) : null;
    // "Thống đốc tỉnh Gunma Ogawa Kenji": a place abroad no table lists, in unaccented Latin
    // letters, then its holder's name: the place is its first word (decision 0134).
    if (loc && place !== null && foreignPlaceThenName(tokens, loc.to, place)) place = loc.to + 1;
    if (place !== null) to = place;
  }
  // "Báo cáo viên Nguyễn Thị Hà trình bày": a lecturer's role at the meeting, a post only with its
  // body or level after it ("báo cáo viên Tỉnh ủy", "báo cáo viên cấp tỉnh"), pattern
  // post-needing-body, decision 0085.
  if (!org && to === m.to && POST_NEEDING_BODY.test(keysBetween(tokens, m.from, m.to))) return null;
  return { from: i, to, headTo: m.to, entry: m.value, org, former: tokens[i - 1]?.key === 'nguyên' };
}

/**
 * "Trưởng phòng Nông nghiệp huyện, ông Hà Nam, cho biết": a word of address between commas right
 * after a post puts its name in apposition to the post. Returns the post ending at the comma
 * before the word of address starting at `h`, when the name's closing comma at `end` follows.
 */
function appositionPost(tokens: Token[], h: number, end: number): PostSpan | null {
  if (tokens[h - 1]?.text !== ',' || tokens[end]?.text !== ',') return null;
  for (let k = h - 2; k >= Math.max(0, h - 12); k--) {
    const post = parsePost(tokens, k, h - 1);
    if (!post || post.to !== h - 1) continue;
    // The post opens its clause ("Phát biểu tại tọa đàm, Trưởng phòng …, ông …,"); after "của" it
    // is someone else's ("Theo quyết định của Bộ trưởng Bộ Công an, Đại tá X, …").
    const before = tokens[post.from - 1];
    return !before || tokens[post.from]!.lineBefore || /^[,:;.]$/u.test(before.text) ? post : null;
  }
  return null;
}

/** The token after a country written at k ("Pháp", "Cộng hòa Pháp", "Cộng hòa Liên bang Đức"), or null. */
function countryEnd(tokens: Token[], k: number): number | null {
  let j = k;
  // Up to two words of a state before the country ("Cộng hòa Liên bang Đức").
  for (let n = 0; n < 2 && tokens[j]?.cap && tokens[j + 1]?.spaceBefore; n++) {
    if (!FOREIGN_STATE_WORDS.test(`${tokens[j]!.key} ${tokens[j + 1]!.key}`)) break;
    j += 2;
  }
  if (!tokens[j]?.cap || !tokens[j]!.spaceBefore) return null;
  const country = COUNTRIES.longest(tokens, j);
  // "Lào Cai" is a province, not Laos and a name: a longer place wins.
  if (!country || (PLACES.longest(tokens, j)?.to ?? 0) > country.to) return null;
  return country.to;
}

/**
 * "Thủ tướng Singapore Lawrence Wong", "Chủ tịch Trung Quốc Tập Cận Bình", "Đại sứ Hàn Quốc tại
 * Việt Nam Choi Young Sam": a post, a foreign country (countries.txt) and a capitalised run of one
 * to four words is a foreign holder. The position reads the name, since it has no Vietnamese family
 * name, and a Sino-Vietnamese reading looks Vietnamese; the post names no body (a state is not one).
 * The post's role keeps a field written before the country ("Bộ trưởng Ngoại giao Nhật Bản").
 * A fused post ("Chủ tịch nước", "Tổng Bí thư") before a country reads the same way.
 */
function foreignNameAt(tokens: Token[], i: number, covered: Uint8Array): NameSpan | null {
  if (!tokens[i]?.cap) return null;
  const m = POSTS.longest(tokens, i);
  // A post that holds its state is one too ("Chủ tịch nước Lào …", "Tổng Bí thư … Lào"), decision 0075.
  if (!m) return null;
  let headTo = m.to;
  if (tokens[headTo]?.cap && tokens[headTo]!.spaceBefore)
    headTo = FIELDS.longest(tokens, headTo)?.to ?? headTo;
  let j = countryEnd(tokens, headTo);
  // "Đại sứ Việt Nam tại Lào Nguyễn Văn A": Viet Nam's own envoy, read up to "tại" and the country
  // posted to below (own-country-of-envoy, decision 0131); the holder's name is Vietnamese, so a
  // syllable inside it that is also a country ("Trần Đức Minh") does not end it.
  const own =
    j === null &&
    FOREIGN_POSTING_WORD.test(tokens[headTo + 2]?.key ?? '') &&
    OWN_COUNTRY_OF_ENVOY.test(keysBetween(tokens, headTo, headTo + 2)) &&
    COUNTRIES.longest(tokens, headTo + 3) !== null;
  if (own) j = headTo + 2;
  if (j === null) return null;
  // "… tại Việt Nam": an envoy's posting, a second country or Việt Nam.
  if (FOREIGN_POSTING_WORD.test(tokens[j]?.key ?? '') && tokens[j + 1]?.cap) {
    // "… tại Thành phố Hồ Chí Minh": a consul's city after its locality word (decision 0091).
    const postedLoc = LOCALITIES.longest(tokens, j + 1);
    const posted = COUNTRIES.longest(tokens, j + 1) ?? PLACES.longest(tokens, postedLoc?.to ?? j + 1);
    if (posted) j = posted.to;
  }
  const from = j;
  let k = from;
  while (
    k - from < 4 &&
    isNameWord(tokens[k]) &&
    tokens[k]!.spaceBefore &&
    !covered[k] &&
    !startsTitleOrBody(tokens, k) &&
    ((own && k > from) || !COUNTRIES.longest(tokens, k))
  )
    k++;
  if (k === from) return null;
  const post: PostSpan = {
    from: i,
    to: from,
    headTo,
    entry: m.value,
    org: null,
    former: tokens[i - 1]?.key === 'nguyên',
  };
  // "Tổng Bí thư, Chủ tịch nước Lào X": posts chained before the one with the country are the
  // holder's too, as before a Vietnamese name (post-chain-separator), decision 0075.
  const posts = [post];
  for (let at = i; at >= 2 && POST_CHAIN_SEPARATOR.test(tokens[at - 1]!.text);) {
    const p = POSTS.endingAt(tokens, at - 1, FOREIGN_CHAIN_POST_WORDS, (b) => tokens[b]!.cap && !covered[b]);
    if (!p) break;
    posts.unshift({ from: p.from, to: p.to, headTo: p.to, entry: p.value, org: null, former: false });
    at = p.from;
  }
  return { from, to: k, posts };
}
/** The most words of a post chained before a foreign holder's ("Phó Thủ tướng Thường trực"). */
const FOREIGN_CHAIN_POST_WORDS = 5;

/**
 * "(VCCI)", "(EVN)" ending right before token k: one or two words in capitals in brackets, the
 * initials a body was just given; the index of "(" or null.
 */
function initialsBefore(tokens: Token[], k: number): number | null {
  if (tokens[k - 1]?.text !== ')') return null;
  for (let o = k - 2; o >= k - 4 && o >= 0; o--) {
    const t = tokens[o]!;
    if (t.text === '(') return o < k - 2 && t.spaceBefore ? o : null;
    if (!t.word || !t.upper) return null;
  }
  return null;
}

/** The start of a word of address ending right before token i ("ông", "đồng chí"), or -1. */
function honorificBefore(tokens: Token[], i: number): number {
  for (const back of [1, 2])
    if (
      i >= back &&
      HONORIFICS.longest(tokens, i - back)?.to === i &&
      // "tỉnh Gia Lai Thiếu tướng X": a word of address of two words ends no place (decision 0091).
      (back === 2 || !insideCapitalisedRun(tokens, i - back))
    )
      return i - back;
  return -1;
}

/** "khu vực 2 - Kỳ Anh Trần Văn Quý": a capitalised word of address right after another capitalised word is the end of a place's name, not a word of address (decision 0085). */
function insideCapitalisedRun(tokens: Token[], h: number): boolean {
  const t = tokens[h]!;
  const prev = tokens[h - 1];
  return t.cap && t.spaceBefore && !!prev && prev.word && prev.cap && !prev.upper;
}

/** A name starting at token i, or null. `covered` marks tokens inside bodies. */
/** A body or post starts at token k: a name stops there. One-word heads ("Trường", "Cung") are also name syllables. */
function startsTitleOrBody(tokens: Token[], k: number): boolean {
  if (POSTS.longest(tokens, k)) return true;
  const body = BODIES.longest(tokens, k);
  return !!body && body.to - body.from >= 2;
}

const HYPHENATED_GIVEN_NAME = new RegExp(pattern('hyphenated-given-name'), 'u');
const POST_BEFORE_NAME_WORDS = 14;

/** "Ji-hoon", "Min-jun": a capitalised given name of two syllables joined by a hyphen (decision 0132). */
function hyphenatedGivenName(t: Token | undefined): boolean {
  return !!t && t.cap && t.spaceBefore && HYPHENATED_GIVEN_NAME.test(t.text);
}

/** A post, with its body, ends right before token i (it starts at most POST_BEFORE_NAME_WORDS before). */
function postEndsBefore(tokens: Token[], i: number): boolean {
  for (let b = i - 1; b >= Math.max(0, i - POST_BEFORE_NAME_WORDS); b--)
    if (tokens[b]!.cap && parsePost(tokens, b, i)?.to === i) return true;
  return false;
}

function nameAt(tokens: Token[], i: number, covered: Uint8Array): number | null {
  const t = tokens[i];
  if (!t || !t.cap || covered[i] || !isNameWord(t)) return null;
  // A family name outside the list is accepted after an honorific ("đồng chí Sử Thanh Hoài").
  const afterHonorific =
    [1, 2].some((back) => i >= back && HONORIFICS.longest(tokens, i - back)?.to === i) ||
    (FOREIGN_PLACE_WORD.test(t.text) && afterForeignPlaceHead(tokens, i));
  // …and before a middle name only persons carry ("Chủ tịch UBND xã Vì Văn Thanh"), and an Ê Đê
  // woman's name opening with "H'" ("H'Yăm Mlô").
  const unlisted =
    !FAMILY_NAMES.has(t.key) &&
    !afterHonorific &&
    !middleNameAt(tokens, i + 1) &&
    !NAME_NOT_PLACE_START.test(t.key);
  // "Văn", "A" and any unlisted family name: a name only where the context says a person starts
  // (checked below, patterns family-name-in-context-only and person-list-member-opening).
  const contextOnly = unlisted && FAMILY_NAME_IN_CONTEXT_ONLY.test(t.key);
  const listMember = unlisted && i > 0 && PERSON_LIST_MEMBER_OPENING.test(tokens[i - 1]!.text);
  // "Trưởng đại diện Văn phòng JICA tại Việt Nam Park Ji-hoon": a foreign given name with a hyphen
  // after an unlisted family name, right after a post and its body (decision 0132).
  const foreignHolder = unlisted && hyphenatedGivenName(tokens[i + 1]) && postEndsBefore(tokens, i);
  if (unlisted && !contextOnly && !listMember && !foreignHolder) return null;
  if (POSTS.longest(tokens, i) || BODIES.longest(tokens, i)) return null;
  // Names of the Ê Đê, Gia Rai, Khmer or Hmong run to five syllables ("Y Thanh Hà Niê Kđăm"); a
  // Kinh name is at most four, so five are read only after an honorific or a leading "Y"/"H'".
  const longest = afterHonorific || FIVE_SYLLABLE_NAME_START.test(t.key) ? 5 : 4;
  let k = i + 1;
  while (
    k < tokens.length &&
    k - i < longest &&
    isNameWord(tokens[k]) &&
    tokens[k]!.spaceBefore &&
    !covered[k]
  ) {
    if (startsTitleOrBody(tokens, k)) break;
    k++;
  }
  // "ông K'Brơi, Phó Chủ tịch …": a Central Highlands name of one word written with its apostrophe,
  // after a word of address and before a mark (pattern one-word-name-after-address, decision 0134).
  const oneWord =
    k - i === 1 && afterHonorific && ONE_WORD_NAME.test(t.text) && /^[,;:.()]$/u.test(tokens[k]?.text ?? '');
  if (k - i < 2 && !oneWord) return null;
  if (unlisted && !foreignHolder && (k - i < 3 || !personStartsHere(tokens, i, k, contextOnly))) return null;
  const prev = tokens[i - 1];
  // "thành phố Trần Sỹ Thanh": the city word, then its holder; "phố Nguyễn Du" alone is a street.
  const cityWord = prev?.key === 'phố' && CITY_BEFORE_STREET_WORD.test(tokens[i - 2]?.key ?? '');
  // "Hiệu trưởng nhà trường Nguyễn Thị Mai": "nhà trường" is the school itself, then its holder.
  const schoolItself = prev?.key === 'trường' && SCHOOL_ITSELF_WORD.test(tokens[i - 2]?.key ?? '');
  if (
    prev &&
    !covered[i - 1] &&
    !cityWord &&
    !schoolItself &&
    NOT_PERSON_BEFORE.test(prev.key) &&
    !bareKindBefore(tokens, i)
  )
    return null;
  // "Giải thưởng Lương Văn Can": a prize named after a person (pattern not-person-before-two, decision 0085).
  if (i >= 2 && !covered[i - 1] && NOT_PERSON_BEFORE_TWO.test(keysBetween(tokens, i - 2, i))) return null;
  if ((prev?.key === 'phố' && !cityWord) || (prev?.key === ':' && tokens[i - 2]?.key === 'ảnh')) return null;
  // "số 5 Trần Thánh Tông": an address, the street written with no "phố" or "đường" before it.
  if (prev && HOUSE_NUMBER.test(prev.text) && tokens[i - 2]?.key === 'số') return null;
  // A run the place table lists is a place ("Ông Hà Giang phát biểu" names no one), unless it is
  // in apposition to a post ("Giám đốc Sở Xây dựng, ông Hà Tĩnh, cho biết"): a post is a person's.
  const place = PLACES.longest(tokens, i);
  if (place && place.to >= k && !(afterHonorific && appositionPost(tokens, honorificBefore(tokens, i), k)))
    return null;
  // "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng", "Đại sứ Hàn Quốc": a country the countries table lists
  // ("Hàn" is a family name) is no person either, written without a word of address (decision 0132).
  if (!afterHonorific && (COUNTRIES.longest(tokens, i)?.to ?? 0) >= k) return null;
  // "Báo Hà Tĩnh Phạm Văn Thành": a listed place, then a name of its own; the name starts after it.
  if (!afterHonorific && placeBeforeNameAt(tokens, i, tokens.length)) return null;
  // "(Ảnh: Phạm Minh Tuấn/TTXVN)": a photo credit.
  if (tokens[k]?.text === '/' && !tokens[k]!.spaceBefore) return null;
  return k;
}

/**
 * "Thẩm phán Văn Hữu Phước" (with `afterPostHead`), "…; Mẫn Quốc Toàn, Chủ nhiệm …": a post's head ends
 * right before token i, or a list member opens there with a post after its comma (token k).
 */
function personStartsHere(tokens: Token[], i: number, k: number, afterPostHead: boolean): boolean {
  if (afterPostHead && POSTS.endingAt(tokens, i, BARE_POST_WORDS) !== null) return true;
  const mark = tokens[i - 1]?.text ?? '';
  // A list after ":" is one of persons when a word of address or a post opens it ("các đồng chí:").
  const colonOfPersons =
    mark !== ':' ||
    HONORIFICS.longest(tokens, i - 3)?.to === i - 1 ||
    HONORIFICS.longest(tokens, i - 2)?.to === i - 1 ||
    POSTS.endingAt(tokens, i - 1, BARE_POST_WORDS) !== null;
  return (
    PERSON_LIST_MEMBER_OPENING.test(mark) &&
    colonOfPersons &&
    tokens[k]?.text === ',' &&
    parsePost(tokens, k + 1, tokens.length) !== null
  );
}

/**
 * "(Giám đốc Sở Tài chính)", "(Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác)" opening at token j:
 * the posts that fill the brackets to their close, chained by post-chain-separator; null when the
 * brackets hold anything else (post-brackets-after-name, decision 0124).
 */
function postsInBrackets(
  tokens: Token[],
  j: number,
  postAfter: (k: number) => PostSpan | null,
): { posts: PostSpan[]; to: number } | null {
  const open = tokens[j];
  if (!open || open.word) return null;
  const posts: PostSpan[] = [];
  let k = j + 1;
  for (let guard = 0; guard < 4; guard++) {
    const post = postAfter(k);
    if (!post || tokens[post.to]?.lineBefore) return null;
    posts.push(post);
    const next = tokens[post.to];
    if (next && POST_BRACKETS_AFTER_NAME.test(`${open.text} ${next.text}`)) return { posts, to: post.to + 1 };
    if (!next || !POST_CHAIN_SEPARATOR.test(next.text)) return null;
    k = post.to + 1;
  }
  return null;
}

export function findPersons(tokens: Token[], covered: Uint8Array): NameSpan[] {
  const names: NameSpan[] = [];
  const opens = sentenceOpenings(tokens);
  const foreignPosts = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const foreign = foreignNameAt(tokens, i, covered);
    if (foreign) {
      names.push(foreign);
      for (let k = foreign.posts[0]!.from; k < foreign.from; k++) foreignPosts[k] = 1;
      i = foreign.to - 1;
      continue;
    }
    const end = nameAt(tokens, i, covered);
    if (end === null) continue;
    names.push({ from: i, to: end, posts: [] });
    i = end - 1;
  }
  // Posts after the name: ", post, post" up to anything else.
  // A foreign holder's post is read with the name; no other name takes it.
  const consumed = foreignPosts;
  const postAfter = unnamed((k: number): PostSpan | null => {
    if (k >= tokens.length) return null;
    return parsePost(tokens, k, tokens.length);
  });
  const nameStarts = new Set(names.map((n) => n.from));
  for (const name of names) {
    let j = name.to;
    // "Ông A hiện giữ chức Giám đốc Sở …": the post held now, written after the name with no comma.
    const current = wordsMatchEnd(tokens, j, CURRENT_POST_VERB, 5);
    // "Đối với đồng chí A, Bí thư Thành ủy ghi nhận …": the name is the topic; a post after its
    // comma followed by a verb is the main clause's subject, not one of the name's.
    // Only where "Đối với" opens its sentence: "bổ nhiệm P đối với ông A, P0" gives A both posts.
    const address = honorificBefore(tokens, name.from);
    const addressFrom = address >= 0 ? address : name.from;
    const topic =
      addressFrom >= 2 &&
      opens[addressFrom - 2] === 1 &&
      wordsMatchEnd(tokens, addressFrom - 2, TOPIC_BEFORE_NAME, 2) === addressFrom;
    for (let guard = 0; guard < 8; guard++) {
      const sep = tokens[j];
      if (guard === 0 && current !== null) {
        const post = postAfter(current);
        if (!post || nameStarts.has(post.to) || consumed[post.from]) break;
        name.posts.push(post);
        for (let k = post.from; k < post.to; k++) consumed[k] = 1;
        j = post.to;
        continue;
      }
      // "Đồng chí A Phó Chủ tịch UBND tỉnh phát biểu" (a caption's way): after a word of address,
      // the first post may follow the name with no mark between them (decision 0094).
      if (guard === 0 && sep && sep.word && !sep.lineBefore && honorificBefore(tokens, name.from) >= 0) {
        const post = postAfter(j);
        if (post && !nameStarts.has(post.to) && !consumed[post.from]) {
          name.posts.push(post);
          for (let k = post.from; k < post.to; k++) consumed[k] = 1;
          j = post.to;
          continue;
        }
      }
      // "ông A (Giám đốc Sở Tài chính) báo cáo": posts filling brackets right after the name
      // (post-brackets-after-name, decision 0124).
      if (guard === 0 && sep && !sep.lineBefore) {
        const bracketed = postsInBrackets(tokens, j, postAfter);
        if (bracketed && !bracketed.posts.some((p) => consumed[p.from] || nameStarts.has(p.to))) {
          for (const post of bracketed.posts) {
            name.posts.push(post);
            for (let k = post.from; k < post.to; k++) consumed[k] = 1;
          }
          break;
        }
      }
      if (!sep || !POST_CHAIN_SEPARATOR.test(sep.text) || tokens[j + 1]?.lineBefore) break;
      // "X, nay là Giám đốc Công ty …": the post held now, after the past the name was given by.
      const now = guard === 0 && sep.text === ',' && NOW_BEFORE_POST.test(keysBetween(tokens, j + 1, j + 3));
      const post = postAfter(now ? j + 3 : j + 1);
      if (!post) break;
      if (topic && guard === 0 && tokens[post.to]?.word && !tokens[post.to]!.cap) break;
      // "Phó Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B", "Thứ trưởng A, Thứ trưởng B": a post written
      // right before a name is that name's, not one more post of the name before the comma.
      if (nameStarts.has(post.to)) break;
      // "A, Chủ tịch nước Lào X": a foreign holder's post is his, not one more of A's.
      if (consumed[post.from]) break;
      name.posts.push(post);
      for (let k = post.from; k < post.to; k++) consumed[k] = 1;
      j = post.to;
    }
  }
  // "Chủ trì hội nghị có đồng chí A. Đồng chí hiện là P1, P2.": a word of address alone opening a
  // sentence, then current-post-verb, stands for the name the sentence before wrote last.
  for (let i = 0; i < tokens.length; i++) {
    if (!opens[i]) continue;
    const subjectEnd = wordsMatchEnd(tokens, i, CURRENT_POST_SUBJECT, 2);
    const verbEnd = subjectEnd === null ? null : wordsMatchEnd(tokens, subjectEnd, CURRENT_POST_VERB, 5);
    if (verbEnd === null) continue;
    const last = names.findLast((n) => n.to <= i);
    if (!last || last.from >= i) continue;
    let previousSentences = 0;
    for (let k = last.to; k <= i; k++) previousSentences += opens[k]!;
    if (previousSentences !== 1) continue;
    let j = verbEnd - 1;
    for (let guard = 0; guard < 8; guard++) {
      const sep = tokens[j];
      if (guard > 0 && (!sep || !POST_CHAIN_SEPARATOR.test(sep.text) || tokens[j + 1]?.lineBefore)) break;
      const post = postAfter(j + 1);
      if (!post || nameStarts.has(post.to) || consumed[post.from]) break;
      last.posts.push(post);
      for (let k = post.from; k < post.to; k++) consumed[k] = 1;
      j = post.to;
    }
  }
  // Posts before the name: "Thứ trưởng X", "Ủy viên Bộ Chính trị, Bí thư Thành ủy X".
  const postEndingAt = new Map<number, PostSpan>();
  for (let i = 0; i < tokens.length; i++) {
    if (consumed[i] || !tokens[i]!.word) continue;
    const post = parsePost(tokens, i, tokens.length);
    // The first post found ending here is the longest ("Tổng Bí thư" over "Bí thư").
    if (post && !consumed[post.to - 1] && !postEndingAt.has(post.to)) postEndingAt.set(post.to, post);
  }
  const nameEnds = new Set(names.map((n) => n.to));
  for (const name of names) {
    const k = name.from;
    const h = honorificBefore(tokens, k);
    // "Tư lệnh Bộ đội Biên phòng, Thiếu tướng X chủ trì": a rank after a post and its comma, with
    // or without a closing comma after the name; after "của" the post is someone else's. A degree
    // or a word of address reads the same ("Giám đốc Bệnh viện, PGS.TS X chủ trì", decision 0070).
    // "Chỉ huy trưởng Bộ đội Biên phòng tỉnh A Đại tá X": a rank right after the post and its body,
    // with no comma, reads the same (decision 0091); only a rank, not a word of address.
    const comma = h >= 1 && tokens[h - 1]!.text === ',';
    const postEnd = comma ? h - 1 : h;
    const postBefore = comma
      ? postEndingAt.get(postEnd)
      : h >= 1 && postEndingAt.has(postEnd) && RANK_BEFORE_NAME.test(keysBetween(tokens, h, k))
        ? postEndingAt.get(postEnd)
        : undefined;
    const wordsBefore = postBefore ? keysBetween(tokens, h, k) : '';
    const rankAfterPost =
      !!postBefore &&
      (RANK_BEFORE_NAME.test(wordsBefore) || ADDRESS_BEFORE_NAME.test(wordsBefore)) &&
      tokens[postBefore.from - 1]?.key !== 'của';
    if (h >= 0 && !rankAfterPost) {
      // "Post, ông X,": the post in apposition is X's.
      const apposed = appositionPost(tokens, h, name.to);
      const post = apposed && postEndingAt.get(apposed.to);
      if (post && !consumed[post.from]) {
        name.posts.unshift(post);
        for (let x = post.from; x < post.to; x++) consumed[x] = 1;
      }
      continue;
    }
    const before: PostSpan[] = [];
    // "Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI) X": the body's initials in
    // brackets between the post and its holder (decision 0080).
    const bracket = rankAfterPost ? null : initialsBefore(tokens, k);
    let post =
      postEndingAt.get(rankAfterPost ? postEnd : k) ??
      (bracket !== null ? postEndingAt.get(bracket) : undefined);
    while (post && !consumed[post.from]) {
      before.unshift(post);
      for (let x = post.from; x < post.to; x++) consumed[x] = 1;
      const sep = tokens[post.from - 1];
      if (!sep || !POST_CHAIN_SEPARATOR.test(sep.text) || nameEnds.has(post.from - 1)) break;
      post = postEndingAt.get(post.from - 1);
      if (post && nameEnds.has(post.from)) break;
    }
    name.posts.unshift(...before);
  }
  // A post introducing a list: "các Ủy viên Trung ương Đảng: A, Bí thư Tỉnh ủy; B, Bộ trưởng …".
  const nameStartingAt = new Map(names.map((n) => [n.from, n]));
  for (const post of postEndingAt.values()) {
    if (tokens[post.to]?.text !== ':' || consumed[post.from]) continue;
    let pos = post.to + 1;
    for (let guard = 0; guard < 30; guard++) {
      pos = HONORIFICS.longest(tokens, pos)?.to ?? pos;
      const member = nameStartingAt.get(pos);
      if (!member || tokens[pos]!.lineBefore) break;
      if (!member.posts.includes(post)) member.posts.unshift(post);
      const end = member.posts.length > 1 ? Math.max(...member.posts.map((p) => p.to)) : member.to;
      const sep = tokens[end];
      if (!sep || !LIST_MEMBER_SEPARATOR.test(sep.key)) break;
      pos = end + 1;
    }
  }
  // "trao quyết định bổ nhiệm Cục trưởng Cục A cho ông B": the post the decision gives is B's.
  for (const post of postEndingAt.values()) {
    const handedTo = wordsMatchEnd(tokens, post.to, HANDED_TO, 2);
    if (consumed[post.from] || post.from < 2 || handedTo === null) continue;
    if (!APPOINTED_POST_BEFORE.test(`${tokens[post.from - 2]!.key} ${tokens[post.from - 1]!.key}`)) continue;
    const member = nameStartingAt.get(HONORIFICS.longest(tokens, handedTo)?.to ?? handedTo);
    if (!member || member.posts.includes(post)) continue;
    member.posts.unshift(post);
    for (let x = post.from; x < post.to; x++) consumed[x] = 1;
  }
  // A plural post before a list: "các Phó Chủ tịch HĐND tỉnh A, B và C" gives the post to each
  // member up to one written with a post of its own ("…, B và Phó Chủ tịch UBND tỉnh C").
  for (let n = 0; n < names.length; n++) {
    const first = names[n]!;
    const plural = first.posts.find(
      (p) =>
        p.to === first.from && PLURAL_BEFORE_POST.test(tokens[pluralWordBefore(tokens, p.from)]?.key ?? ''),
    );
    if (!plural) continue;
    let end = postChainEnd(first);
    for (let m = n + 1; m < names.length; m++) {
      const member = names[m]!;
      const sep = tokens[end];
      if (!sep || !LIST_MEMBER_SEPARATOR.test(sep.key)) break;
      if (member.from !== (HONORIFICS.longest(tokens, end + 1)?.to ?? end + 1)) break;
      // A member written with a post of its own, before or after its name, closes the list
      // ("…; đồng chí C, Phó Chủ tịch …", decision 0113).
      if (member.posts.length > 0) break;
      member.posts.unshift(plural);
      end = postChainEnd(member);
    }
  }
  // "Chủ tịch kiêm Tổng Giám đốc Tập đoàn …": a post written without its body before "kiêm" holds
  // the body of the post after it.
  for (const name of names) {
    name.posts = name.posts.map((p) => {
      const next = name.posts.find((q) => q.from === p.to + 1);
      const head = keysBetween(tokens, p.from, p.headTo);
      return !p.org &&
        next?.org &&
        tokens[p.to]?.key === 'kiêm' &&
        p.entry.kind === 'head' &&
        POST_SHARING_BODY_ACROSS_KIEM.test(head)
        ? { ...p, org: next.org }
        : p;
    });
  }
  // "A và B được bầu làm Phó Bí thư Tỉnh ủy", "các ông A, B, C giữ chức Phó Chủ tịch …": a comma
  // joins the next name only after a name written with no post of its own (decision 0113).
  for (let n = 0; n < names.length; n++) {
    const group = [names[n]!];
    let j = postChainEnd(names[n]!);
    const honorificAfter = unnamed((k: number) => HONORIFICS.longest(tokens, k)?.to ?? k);
    const joins = unnamed(
      (k: number, last: NameSpan) =>
        tokens[k]?.key === 'và' || (tokens[k]?.text === ',' && postChainEnd(last) === last.to),
    );
    while (joins(j, group[group.length - 1]!) && names[n + group.length]?.from === honorificAfter(j + 1)) {
      group.push(names[n + group.length]!);
      j = postChainEnd(group[group.length - 1]!);
    }
    // "X, Phó Giám đốc Sở (GD&ĐT), giữ chức Giám đốc Sở": skip a bracketed abbreviation and a comma.
    if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
    if (tokens[j]?.text === ',') j++;
    while (
      tokens[j] &&
      APPOINTMENT_ADVERB.test(tokens[j]!.key) &&
      !(tokens[j]!.key === 'tiếp' && VERBS.longest(tokens, j))
    )
      j++;
    // "chỉ định A tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức P": past the committees
    // joined, to the appointing verb after "và" (decision 0118).
    if (APPOINTMENT_JOINS_BEFORE.test(keysBetween(tokens, j, j + 2)))
      j = joinedThenAppointed(tokens, j, names[n + group.length]);
    const verb = VERBS.longest(tokens, j);
    if (!verb || verb.value.relation !== 'appoint') continue;
    const post = parsePost(tokens, verb.to, tokens.length);
    if (!post) continue;
    for (const member of group) member.posts.push(post);
    n += group.length - 1;
  }
  return names;
}

/**
 * After "tham gia" at `from`, the appointing verb that follows a "và" in the same sentence, with no
 * name before it ("… tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Bí thư …"); `from`
 * when there is none.
 */
function joinedThenAppointed(tokens: Token[], from: number, nextName: NameSpan | undefined): number {
  const limit = Math.min(tokens.length, from + 24, nextName?.from ?? tokens.length);
  for (let k = from + 2; k < limit; k++) {
    const t = tokens[k]!;
    if (t.lineBefore || /^[.;:!?]$/u.test(t.text)) break;
    if (t.key === 'và' && VERBS.longest(tokens, k + 1)?.value.relation === 'appoint') return k + 1;
  }
  return from;
}

/**
 * The word before a post that may make it plural: the one right before it ("các Phó Chủ tịch …"),
 * or the one before a word of address between them ("các đồng chí Phó Trưởng Ban … A, B",
 * decision 0113).
 */
function pluralWordBefore(tokens: Token[], postFrom: number): number {
  for (const back of [1, 2])
    if (postFrom > back && HONORIFICS.longest(tokens, postFrom - back)?.to === postFrom)
      return postFrom - back - 1;
  return postFrom - 1;
}

/** Names stated with no honorific, post or list context and only two syllables are too weak to keep. */
export function hasPersonContext(tokens: Token[], name: NameSpan): boolean {
  if (name.posts.length) return true;
  if (name.to - name.from >= 3) return true;
  return addressed(tokens, name);
}

/** Where a name's posts written after it end ("A, Post1, Post2"), or the name's own end when none follows it. */
function postChainEnd(name: NameSpan): number {
  return name.posts.reduce((end, p) => (p.from >= name.to ? Math.max(end, p.to) : end), name.to);
}

/** A word of address right before the name, or before the colon or comma that opens its list ("các đồng chí: A"). */
function addressed(tokens: Token[], name: NameSpan): boolean {
  const prev = tokens[name.from - 1];
  if (
    [1, 2].some((back) => name.from >= back && HONORIFICS.longest(tokens, name.from - back)?.to === name.from)
  )
    return true;
  // "các đồng chí: A": the word of address may be two words long (decision 0094).
  return (
    !!prev &&
    [':', ','].includes(prev.text) &&
    [2, 3].some(
      (back) => name.from >= back && HONORIFICS.longest(tokens, name.from - back)?.to === name.from - 1,
    )
  );
}

/**
 * "các đồng chí: Nguyễn Văn A, Phạm Đức và Trần Văn B": a name of two syllables written as the next
 * member of a list after a kept person (and that person's posts) is a person too (decision 0094).
 */
function listMemberAfter(tokens: Token[], before: NameSpan, name: NameSpan): boolean {
  const sep = tokens[name.from - 1];
  return (
    postChainEnd(before) === name.from - 1 &&
    !!sep &&
    LIST_MEMBER_SEPARATOR.test(sep.key) &&
    !tokens[name.from]!.lineBefore
  );
}

/** "cố Tổng Bí thư A": the late A, remembered or quoted; the annotation lists living persons only. */
function writtenAsLate(tokens: Token[], name: NameSpan): boolean {
  const before = unnamed((k: number) => LATE_PERSON_BEFORE.test(tokens[k - 1]?.key ?? ''));
  if (before(name.from)) return true;
  const first = name.posts.find((p) => p.to <= name.from);
  // "Lễ viếng nguyên Chủ tịch nước A": past "nguyên" (former) to the word before it.
  return !!first && (before(first.from) || (first.former && before(first.from - 1)));
}

/**
 * The persons component: names with their posts, read where no body was found, kept when they
 * have a person's context; one person per name as written, with every post written at it.
 */
export function personLayer<D extends TokenLayer & BodySpanLayer>(doc: D): D & PersonLayer {
  const { tokens, article, mention } = doc;
  const { text, matchText } = article;
  const covered = new Uint8Array(tokens.length);
  for (const s of doc.bodySpans) for (let k = s.from; k < s.to; k++) covered[k] = 1;
  const names: NameSpan[] = [];
  // The last name a list can continue: one with a post or a word of address, or a member itself.
  let listHead: NameSpan | null = null;
  for (const n of findPersons(tokens, covered)) {
    const member: boolean = !!listHead && listMemberAfter(tokens, listHead, n);
    if (!hasPersonContext(tokens, n) && !member) continue;
    listHead = member || n.posts.length || addressed(tokens, n) ? n : null;
    if (!writtenAsLate(tokens, n)) names.push(n);
  }

  // Keys are slices of matchText: the same comparison as matchKey, without recomputing it.
  const persons = new Map<string, ExtractedPerson & { titleKeys: Set<string> }>();
  const nameOfSpan = new Map<NameSpan, string>();
  for (const n of names) {
    const start = tokens[n.from]!.start;
    const end = tokens[n.to - 1]!.end;
    const key = matchText.slice(start, end);
    let p = persons.get(key);
    if (!p) {
      p = { name: text.slice(start, end), titles: [], mentions: [], titleKeys: new Set() };
      persons.set(key, p);
    }
    p.mentions.push(mention(start, end));
    nameOfSpan.set(n, p.name);
    for (const post of n.posts) {
      const from = tokens[post.from]!.start;
      const to = tokens[post.to - 1]!.end;
      const titleKey = matchText.slice(from, to);
      if (!p.titleKeys.has(titleKey)) {
        p.titleKeys.add(titleKey);
        p.titles.push(text.slice(from, to));
      }
    }
  }
  const inPost = new Uint8Array(tokens.length);
  for (const n of names) for (const p of n.posts) for (let k = p.from; k < p.to; k++) inPost[k] = 1;
  return {
    ...doc,
    names,
    personName: unnamed((n: NameSpan) => nameOfSpan.get(n)!),
    persons: [...persons.values()].map(({ titleKeys: _keys, ...p }) => p),
    inPost,
  };
}
