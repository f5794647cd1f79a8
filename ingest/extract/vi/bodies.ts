// Two components over the article document (doc.ts): the body spans written on their own, found
// before persons so that a name is never read inside a body; then, once persons and their posts
// are known, the bodies of the article: spans named inside posts, bodies nested in others, and
// every surface form of one body grouped into one organization ("Bộ Giáo dục và Đào tạo (GDĐT)",
// "Bộ GDĐT"; a bare "Tỉnh ủy" joined to the one qualified form of the article that extends it).
import type { ExtractedOrganization } from '../../types.ts';
import type { BodyLayer, BodySpanLayer, PersonLayer, TokenLayer } from './doc.ts';
import { definedNameAt, findOrgSpans, orgKey, parseOrg, type OrgSpan } from './organizations.ts';
import {
  ABBREVIATIONS,
  BODIES,
  COUNTRY_KEYS,
  HONORIFICS,
  ISSUING_PRIME_MINISTER,
  LOCALITIES,
  POSTS,
  pattern,
} from './lexicon.ts';
import { keysBetween, type Token } from './tokens.ts';
import { unnamed } from '../../base/unnamed.ts';

// Compiled once at load: tsx (esbuild) writes a \p{…} literal inside a function as `new RegExp(…)`,
// built again at every call (decision 0077).
const NOT_LETTERS = /[^\p{L}]/gu; // replace() only: it resets lastIndex
const CAPITALS_RUN = /\b\p{Lu}{2,}/gu; // match() only: it resets lastIndex

const BARE_BODY_WITHOUT_PLACE = new RegExp(pattern('bare-body-without-place'), 'u');
const PLURAL_BEFORE_LEVEL = new RegExp(pattern('plural-before-post'), 'u');
const CLAUSE_END = new RegExp(pattern('clause-end'), 'u');
const SCHOOL_ITSELF_WORD = new RegExp(pattern('school-itself-word'), 'u');
const BARE_KIND_OTHER_BODY = new RegExp(pattern('bare-kind-other-body'), 'u');
const BODY_ONLY_IN_HELD_POST = new RegExp(pattern('body-only-in-held-post'), 'u');
const BARE_BODY_OF_THE_PEOPLE = new RegExp(pattern('bare-body-of-the-people'), 'u');
const THE_PEOPLE_AFTER_BODY = new RegExp(pattern('the-people-after-body'), 'u');
const POST_OF_BODY_ONLY_IN_HELD_POST = new RegExp(pattern('post-of-body-only-in-held-post'), 'u');
const BRANCH_PREFIX = /^chi nhánh /u;
const PRIME_MINISTER_WORDS = new RegExp(pattern('prime-minister-issuer-words'), 'u');
const PRIME_MINISTER_DOCUMENT_BEFORE = new RegExp(pattern('prime-minister-document-before'), 'iu');
const PRIME_MINISTER_ISSUES_AFTER = new RegExp(pattern('prime-minister-issues-after'), 'iu');

/**
 * "Chỉ thị số 20/CT-TTg của Thủ tướng Chính phủ", "Quyết định … do Thủ tướng ban hành", "Thủ tướng
 * Chính phủ ban hành Công điện …": the Prime Minister as a document's issuer is a body, as the golds
 * list him; anywhere else his words are a post, and a name after them makes them one here too
 * (decision 0126). The span replaces the "Chính phủ" found inside it.
 */
function withIssuingPrimeMinister(doc: TokenLayer, spans: OrgSpan[]): OrgSpan[] {
  const { tokens, article } = doc;
  let out = spans;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.key !== 'thủ' || !tokens[i]!.cap || tokens[i + 1]!.key !== 'tướng') continue;
    const words = PRIME_MINISTER_WORDS.exec(keysBetween(tokens, i, i + 4));
    if (!words) continue;
    const to = i + words[0].split(' ').length;
    const next = tokens[to];
    // "… của Thủ tướng Chính phủ Phạm Minh Chính": with the holder named after him, only as the
    // issuer of the document before him, and only the whole "Thủ tướng Chính phủ", as the golds
    // name him (decision 0132); the holder keeps his post.
    const holderAfter = !!next && next.word && next.cap && !next.lineBefore;
    const holderWord = tokens[to + 1];
    const named =
      !!holderWord && holderWord.word && holderWord.cap && !holderWord.upper && holderWord.spaceBefore;
    if (holderAfter && (to - i !== 4 || next.upper || !named)) continue;
    const before = article.text.slice(Math.max(0, tokens[i]!.start - 120), tokens[i]!.start);
    const documentBefore = PRIME_MINISTER_DOCUMENT_BEFORE.test(before);
    if (holderAfter && !documentBefore) continue;
    const after = article.text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 60);
    if (!documentBefore && !PRIME_MINISTER_ISSUES_AFTER.test(after)) continue;
    const span: OrgSpan = {
      from: i,
      to,
      kind: ISSUING_PRIME_MINISTER.kind,
      head: ISSUING_PRIME_MINISTER,
      children: [],
    };
    out = [...out.filter((s) => s.to <= i || s.from >= to), span].sort((a, b) => a.from - b.from);
    i = to - 1;
  }
  return out;
}

/** Body spans on their own; fused posts ("Tỉnh ủy viên", "Ủy viên Trung ương Đảng") hold body words that are not bodies. */
export function bodySpanLayer<D extends TokenLayer>(doc: D): D & BodySpanLayer {
  const { tokens } = doc;
  const blocked = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const p = POSTS.longest(tokens, i);
    if (!p) continue;
    if (p.value.kind !== 'fused') {
      // "Phó Bí thư Thường trực Huyện ủy": "Thường trực" closes the post, it does not start a body.
      for (let k = p.from + 1; k < p.to; k++) {
        const body = BODIES.longest(tokens, k);
        if (body && body.value.kind === 'standing-committee' && body.to <= p.to) blocked[k] = 1;
      }
      continue;
    }
    // A complete body closing the post is still a body: "Quốc hội" in "đại biểu Quốc hội".
    let end = p.to;
    for (let k = p.from + 1; k < p.to; k++) {
      const body = BODIES.longest(tokens, k);
      if (
        body &&
        body.to === p.to &&
        body.value.complement === 'fixed' &&
        tokens[k]!.cap &&
        parseOrg(tokens, k, tokens.length)?.to === p.to
      ) {
        end = k;
        break;
      }
    }
    for (let k = p.from; k < end; k++) blocked[k] = 1;
  }
  return { ...doc, bodySpans: withIssuingPrimeMinister(doc, findOrgSpans(tokens, blocked)) };
}

// Bracketed abbreviation introduced after a body: "Bộ Giáo dục và Đào tạo (GDĐT)".
function bracketAbbreviations(tokens: Token[], spans: OrgSpan[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of spans) {
    if (tokens[s.to]?.text !== '(' || tokens[s.to + 2]?.text !== ')') continue;
    const abbr = tokens[s.to + 1]!;
    if (!abbr.upper) continue;
    const words = tokens.slice(s.from, s.to).filter((t) => t.word);
    const initials = unnamed((ws: Token[]) =>
      ws
        .filter((t) => t.cap)
        .map((t) => t.key[0])
        .join(''),
    );
    const letters = abbr.key.replace(NOT_LETTERS, '');
    for (let skip = 0; skip < words.length; skip++) {
      if (initials(words.slice(skip)) === letters) {
        out.set(abbr.key, keysBetween(words, skip, words.length));
        break;
      }
    }
    // "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)": initials the lexicon expands otherwise (its
    // English letters, an older name) name the body before the brackets in this article (decision 0085).
    // Only initials that are a whole body of the lexicon ("VCCI"), not body words ("GDĐT" of a field).
    if (
      !out.has(abbr.key) &&
      ABBREVIATIONS.has(abbr.key) &&
      BODIES.longest(tokens, s.to + 1)?.to === s.to + 2
    )
      out.set(abbr.key, orgKey(tokens, s.from, s.to));
  }
  return out;
}

/**
 * "HĐND, UBND tỉnh", "Ủy ban MTTQ, các đoàn thể tỉnh": a list of bodies that ends with one level
 * word shares it, so a bare kind in it is the level's body; a plural level ("HĐND các xã") is not
 * one. Looks up to twelve words on in the clause for a locality word not after a plural.
 */
function levelLater(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    const t = tokens[k]!;
    if (t.lineBefore || CLAUSE_END.test(t.text)) return false;
    if (!t.cap && LOCALITIES.longest(tokens, k) && !PLURAL_BEFORE_LEVEL.test(tokens[k - 1]!.key)) return true;
  }
  return false;
}

/** The article's body spans: those found alone, less those inside a post's head, plus the bodies named in posts and nested in others. */
function articleSpans(tokens: Token[], bodySpans: OrgSpan[], persons: PersonLayer): OrgSpan[] {
  // Bodies named inside posts replace the shorter spans found on their own ("Ban Tuyên giáo Tỉnh ủy" over "Tỉnh ủy").
  const postOrgs: OrgSpan[] = persons.names.flatMap((n) =>
    n.posts.map((p) => p.org).filter((o): o is OrgSpan => !!o),
  );
  // Token coverage instead of pairwise overlap tests, so long articles stay linear.
  const postHeadCover = new Uint8Array(tokens.length);
  const postOrgCover = new Int32Array(tokens.length).fill(-1);
  for (const n of persons.names)
    for (const p of n.posts)
      for (let k = p.from; k < (p.org ? p.org.from : p.headTo); k++) postHeadCover[k] = 1;
  postOrgs.forEach((o, idx) => {
    for (let k = o.from; k < o.to; k++) postOrgCover[k] = idx;
  });
  const spans = bodySpans.filter((s) => {
    // The Prime Minister as a document's issuer stays a body where his holder's post is read over
    // the same words ("… của Thủ tướng Chính phủ Phạm Minh Chính", decision 0132).
    if (s.head === ISSUING_PRIME_MINISTER) return true;
    for (let k = s.from; k < s.to; k++) {
      if (postHeadCover[k]) return false;
      const o = postOrgCover[k]! >= 0 ? postOrgs[postOrgCover[k]!]! : null;
      if (o && (o.from !== s.from || o.to !== s.to)) return false;
    }
    return true;
  });
  const present = new Set(spans.map((s) => `${s.from}:${s.to}`));
  for (const o of postOrgs) {
    const k = `${o.from}:${o.to}`;
    if (!present.has(k)) {
      present.add(k);
      spans.push(o);
    }
  }
  // Bodies named inside another's name are bodies too, when they stand complete ("Quốc hội" in
  // "Đoàn đại biểu Quốc hội tỉnh"), not a bare head word ("Bộ" in "Đảng ủy Bộ").
  const withChildren: OrgSpan[] = [];
  const addWithChildren = unnamed((s: OrgSpan) => {
    withChildren.push(s);
    for (const c of s.children) {
      const bare =
        c.to - c.from === tokens.slice(c.from, c.to).filter((t) => t.word).length &&
        BODIES.longest(tokens, c.from)?.to === c.to &&
        ['field', 'field-name', 'nested', 'any', 'place-after-locality', 'nested-or-fixed'].includes(
          c.head.complement,
        );
      if (!bare) addWithChildren(c);
      else for (const g of c.children) addWithChildren(g);
    }
  });
  for (const s of spans) addWithChildren(s);
  return withChildren.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** The bodies of the article, each surface form grouped under its fullest name. */
export function bodyLayer<D extends TokenLayer & BodySpanLayer & PersonLayer>(doc: D): D & BodyLayer {
  const { tokens, article, mention } = doc;
  const { text } = article;
  const orgSpans = articleSpans(tokens, doc.bodySpans, doc);

  const abbreviations = bracketAbbreviations(tokens, orgSpans);
  const groups = new Map<string, ExtractedOrganization>();
  const groupOfSpan = new Map<OrgSpan, string>();
  // "EVN" after "Tập đoàn Điện lực Việt Nam (EVN)": the body the bracket named.
  const spanKey = unnamed((s: OrgSpan): string => {
    const defined = definedNameAt(tokens, s.from, s.to);
    const body = defined?.to === s.to ? defined.body : s;
    return orgKey(tokens, body.from, body.to, abbreviations);
  });
  const bareSpans: OrgSpan[] = [];
  for (const s of orgSpans) {
    if (s.bare) {
      bareSpans.push(s);
      continue;
    }
    const key = spanKey(s);
    const start = tokens[s.from]!.start;
    const end = tokens[s.to - 1]!.end;
    const surface = text.slice(start, end);
    let g = groups.get(key);
    if (!g) {
      g = { name: surface, aliases: [], kind: s.kind, province: null, parent: null, mentions: [] };
      groups.set(key, g);
    } else if (!g.aliases.includes(surface) && g.name !== surface) g.aliases.push(surface);
    g.mentions.push(mention(start, end));
    groupOfSpan.set(s, key);
  }
  // A bracketed abbreviation used alone later ("(BCH TW)" … "BCH TW") is another name of its body.
  // A bare form ("Tỉnh ủy", "Đảng ủy Bộ") is the one qualified form of the article that extends it.
  const keys = [...groups.keys()];
  const resolved = new Map<string, string>();
  // Sorted, the keys extending "k " follow k contiguously; exactly one must (two would be ambiguous).
  keys.sort();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const prefix = key + ' ';
    let j = i + 1;
    while (j < keys.length && !keys[j]!.startsWith(prefix) && keys[j]! < prefix) j++;
    let count = 0;
    let only = '';
    for (let k = j; k < keys.length && keys[k]!.startsWith(prefix) && count < 2; k++) {
      count++;
      only = keys[k]!;
    }
    // "Quốc hội" and "Quốc hội Campuchia": another country's body, never the bare form's (decision 0103).
    const extension = only.slice(prefix.length);
    if (count === 1 && !extension.startsWith('ủy') && !COUNTRY_KEYS.has(extension)) resolved.set(key, only);
  }
  const finalKey = unnamed((key: string): string => {
    let k = key;
    for (let guard = 0; guard < 4 && resolved.has(k); guard++) k = resolved.get(k)!;
    return k;
  });
  for (const [from, to] of resolved) {
    const target = groups.get(finalKey(to))!;
    const source = groups.get(from)!;
    if (!source || source === target) continue;
    for (const form of [source.name, ...source.aliases])
      if (form !== target.name && !target.aliases.includes(form)) target.aliases.push(form);
    target.mentions.push(...source.mentions);
    groups.delete(from);
  }
  // The fullest form is the name: the one with fewest abbreviations, then the longest.
  for (const g of groups.values()) {
    const forms = [g.name, ...g.aliases];
    const score = unnamed((f: string) => (f.match(CAPITALS_RUN)?.length ?? 0) * -100 + f.length);
    forms.sort((a, b) => score(b) - score(a));
    g.name = forms[0]!.replace(/uỷ/g, 'ủy').replace(/Uỷ/g, 'Ủy');
    g.aliases = forms.slice(1).filter((f, i, all) => f !== g.name && all.indexOf(f) === i);
    g.mentions.sort((a, b) => a.start - b.start);
  }
  // "Giám đốc chi nhánh X", "Hiệu trưởng Nhà trường Y": a kind written alone after a post is the
  // article's one body whose name starts with it ("Trường THPT …") or, for a kind of two words,
  // holds it ("Ngân hàng Nhà nước chi nhánh Khu vực 5"); a form, not a name (decision 0085).
  const dropped = new Set<OrgSpan>();
  for (const s of bareSpans) {
    const words = orgKey(tokens, s.from, s.to).split(' ');
    if (words.length > 1 && SCHOOL_ITSELF_WORD.test(words[0]!)) words.shift();
    const kind = words.join(' ');
    const inside = kind.includes(' ') ? ' ' + kind + ' ' : null;
    const holding = [...groups.keys()].filter(
      (k) => (k.startsWith(kind + ' ') && !BARE_KIND_OTHER_BODY.test(k)) || (inside && k.includes(inside)),
    );
    // "Đảng ủy Ngân hàng Nhà nước chi nhánh …" holds the branch's name: the branch is meant.
    const found = holding.filter((k) => !holding.some((other) => other !== k && k.endsWith(' ' + other)));
    if (found.length !== 1) {
      dropped.add(s);
      continue;
    }
    const g = groups.get(found[0]!)!;
    const surface = text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end);
    if (surface !== g.name && !g.aliases.includes(surface)) g.aliases.push(surface);
    g.mentions.push(mention(tokens[s.from]!.start, tokens[s.to - 1]!.end));
    g.mentions.sort((a, b) => a.start - b.start);
    groupOfSpan.set(s, found[0]!);
  }
  // "Giám đốc Vietcombank Quy Nhơn" after "Ngân hàng TMCP Ngoại thương Việt Nam chi nhánh Quy Nhơn":
  // a brand and its place is the article's one other body whose branch is that place; none or two,
  // and the brand stays a body of its own (decision 0091).
  for (const s of orgSpans) {
    if (!s.brand || s.to - s.from < 2) continue;
    const own = groupOfSpan.get(s);
    const source = own === undefined ? undefined : groups.get(own);
    if (!source) continue;
    const place = orgKey(tokens, s.from + 1, s.to).replace(BRANCH_PREFIX, '');
    const branchOf = ' chi nhánh ' + place;
    const found = [...groups.keys()].filter((k) => k !== own && k.endsWith(branchOf));
    if (found.length !== 1) continue;
    const target = groups.get(found[0]!)!;
    for (const form of [source.name, ...source.aliases])
      if (form !== target.name && !target.aliases.includes(form)) target.aliases.push(form);
    target.mentions.push(...source.mentions);
    target.mentions.sort((a, b) => a.start - b.start);
    groups.delete(own!);
    resolved.set(own!, found[0]!);
  }
  // "Đại diện MTTQ, các đoàn thể …": a bare kind the article names no body of in full is no body,
  // unless someone holds a post in it ("Phó Chủ tịch UBND X").
  const unplaced = new Set(
    [...groups.keys()].filter(
      (key) =>
        BARE_BODY_WITHOUT_PLACE.test(key) &&
        orgSpans.every(
          (s) => groupOfSpan.get(s) !== key || (!doc.inPost[s.from] && !levelLater(tokens, s.to)),
        ),
    ),
  );
  // "Bằng khen của Thủ tướng Chính phủ", "trình Thủ tướng Chính phủ phê chuẩn": the Government named
  // only inside its head's post, which no one of the article holds there, is no body of the article
  // (patterns body-only-in-held-post, post-of-body-only-in-held-post; decision 0134).
  for (const key of groups.keys())
    if (
      BODY_ONLY_IN_HELD_POST.test(key) &&
      orgSpans.every(
        (s) =>
          groupOfSpan.get(s) !== key ||
          (!doc.inPost[s.from] &&
            !tokens[s.to]?.cap &&
            [1, 2, 3].some((n) => {
              // In running text, the object of a word ("của", "trình"), not a chain's member or a title.
              const before = tokens[s.from - n - 1];
              return (
                s.from > n &&
                POST_OF_BODY_ONLY_IN_HELD_POST.test(keysBetween(tokens, s.from - n, s.from)) &&
                !!before?.word &&
                !before.cap &&
                (s.from - n - 2 < 0 || HONORIFICS.longest(tokens, s.from - n - 2)?.to !== s.from - n) &&
                HONORIFICS.longest(tokens, s.from - n - 1)?.to !== s.from - n
              );
            })),
      )
    )
      unplaced.add(key);
  // "Đảng bộ, chính quyền và nhân dân tỉnh Điện Biên": the set phrase names a place's people; a bare
  // "Đảng bộ" in it that joins no body the article names in full is no body of the article
  // (patterns bare-body-of-the-people, the-people-after-body; decision 0134).
  for (const key of groups.keys())
    if (
      BARE_BODY_OF_THE_PEOPLE.test(key) &&
      orgSpans.every(
        (s) =>
          groupOfSpan.get(s) !== key ||
          THE_PEOPLE_AFTER_BODY.test(keysBetween(tokens, s.to, Math.min(tokens.length, s.to + 4))),
      )
    )
      unplaced.add(key);
  for (const key of unplaced) groups.delete(key);
  const placedSpans = orgSpans.filter((s) => !dropped.has(s) && !unplaced.has(groupOfSpan.get(s)!));
  const nameCache = new Map<OrgSpan, string>();
  const orgNameOfSpan = unnamed((s: OrgSpan | null): string | null => {
    if (!s || dropped.has(s)) return null;
    let name = nameCache.get(s);
    if (name === undefined) {
      const key = groupOfSpan.get(s) ?? spanKey(s);
      name = groups.get(finalKey(key))?.name ?? text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end);
      nameCache.set(s, name);
    }
    return name;
  });
  const spanStartingAt = new Map<number, OrgSpan>();
  for (const s of placedSpans) if (!spanStartingAt.has(s.from)) spanStartingAt.set(s.from, s);
  const orgNameAt = unnamed((from: number): { name: string; span: OrgSpan } | null => {
    const s = spanStartingAt.get(from) ?? parseOrg(tokens, from, tokens.length);
    return s ? { name: orgNameOfSpan(s)!, span: s } : null;
  });
  return { ...doc, orgSpans: placedSpans, organizations: [...groups.values()], orgNameOfSpan, orgNameAt };
}
