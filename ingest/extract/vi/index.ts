// The Vietnamese recogniser: segment, then find bodies, persons with their posts, documents and
// events on one token array, then the relations between them (relations.ts).
import type {
  ExtractedDocument,
  ExtractedEvent,
  ExtractedOrganization,
  ExtractedPerson,
  Mention,
  Recogniser,
  SegmentedArticle,
} from '../../types.ts';
import { matchKey } from '../../text/normalise.ts';
import { segment } from './segment.ts';
import { tokenize, type Token } from './tokens.ts';
import { findOrgSpans, orgKey, parseOrg, type OrgSpan } from './organizations.ts';
import { findPersons, hasPersonContext, type NameSpan, type PostSpan } from './persons.ts';
import { findDocuments } from './documents.ts';
import { articleYear, findEvents } from './events.ts';
import { BODIES, POSTS } from './lexicon.ts';
import { findRelations, type ArticleFacts } from './relations.ts';
import { findAppointments } from './appointments.ts';

export interface OrgGroup {
  key: string;
  org: ExtractedOrganization;
}

function sentenceLocator(article: SegmentedArticle): (offset: number) => number {
  const starts = article.sentences.map((s) => s.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}

function tokenLocator(tokens: Token[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    let ans = tokens.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start >= offset) {
        ans = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return ans;
  };
}

// Bracketed abbreviation introduced after a body: "Bộ Giáo dục và Đào tạo (GDĐT)".
function bracketAbbreviations(tokens: Token[], spans: OrgSpan[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of spans) {
    if (tokens[s.to]?.text !== '(' || tokens[s.to + 2]?.text !== ')') continue;
    const abbr = tokens[s.to + 1]!;
    if (!abbr.upper) continue;
    const words = tokens.slice(s.from, s.to).filter((t) => t.word);
    const initials = (ws: Token[]) => ws.filter((t) => t.cap).map((t) => t.key[0]).join('');
    const letters = abbr.key.replace(/[^\p{L}]/gu, '');
    for (let skip = 0; skip < words.length; skip++) {
      if (initials(words.slice(skip)) === letters) {
        out.set(abbr.key, words.slice(skip).map((t) => t.key).join(' '));
        break;
      }
    }
  }
  return out;
}

const recogniser: Recogniser = {
  language: 'vi',
  segment,
  extract(article) {
    const { text, matchText } = article;
    const tokens = tokenize(text, matchText);
    const sentenceAt = sentenceLocator(article);
    const tokenAt = tokenLocator(tokens);
    const mention = (start: number, end: number): Mention => ({ start, end, text: text.slice(start, end), sentence: sentenceAt(start) });

    // Fused posts ("Tỉnh ủy viên", "Ủy viên Trung ương Đảng") hold body words that are not bodies.
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
        if (body && body.to === p.to && body.value.complement === 'fixed' && tokens[k]!.cap && parseOrg(tokens, k, tokens.length)?.to === p.to) {
          end = k;
          break;
        }
      }
      for (let k = p.from; k < end; k++) blocked[k] = 1;
    }
    let orgSpans = findOrgSpans(tokens, blocked);
    const covered = new Uint8Array(tokens.length);
    for (const s of orgSpans) for (let k = s.from; k < s.to; k++) covered[k] = 1;

    const names = findPersons(tokens, covered).filter((n) => hasPersonContext(tokens, n));
    // Bodies named inside posts replace the shorter spans found on their own ("Ban Tuyên giáo Tỉnh ủy" over "Tỉnh ủy").
    const postOrgs: OrgSpan[] = names.flatMap((n) => n.posts.map((p) => p.org).filter((o): o is OrgSpan => !!o));
    // Token coverage instead of pairwise overlap tests, so long articles stay linear.
    const postHeadCover = new Uint8Array(tokens.length);
    const postOrgCover = new Int32Array(tokens.length).fill(-1);
    for (const n of names) for (const p of n.posts) for (let k = p.from; k < (p.org ? p.org.from : p.headTo); k++) postHeadCover[k] = 1;
    postOrgs.forEach((o, idx) => {
      for (let k = o.from; k < o.to; k++) postOrgCover[k] = idx;
    });
    orgSpans = orgSpans.filter((s) => {
      for (let k = s.from; k < s.to; k++) {
        if (postHeadCover[k]) return false;
        const o = postOrgCover[k]! >= 0 ? postOrgs[postOrgCover[k]!]! : null;
        if (o && (o.from !== s.from || o.to !== s.to)) return false;
      }
      return true;
    });
    const present = new Set(orgSpans.map((s) => `${s.from}:${s.to}`));
    for (const o of postOrgs) {
      const k = `${o.from}:${o.to}`;
      if (!present.has(k)) {
        present.add(k);
        orgSpans.push(o);
      }
    }
    // Bodies named inside another's name are bodies too, when they stand complete ("Quốc hội" in
    // "Đoàn đại biểu Quốc hội tỉnh"), not a bare head word ("Bộ" in "Đảng ủy Bộ").
    const withChildren: OrgSpan[] = [];
    const addWithChildren = (s: OrgSpan) => {
      withChildren.push(s);
      for (const c of s.children) {
        const bare = c.to - c.from === tokens.slice(c.from, c.to).filter((t) => t.word).length && BODIES.longest(tokens, c.from)?.to === c.to && ['field', 'field-name', 'nested', 'any', 'place-after-locality', 'nested-or-fixed'].includes(c.head.complement);
        if (!bare) addWithChildren(c);
        else for (const g of c.children) addWithChildren(g);
      }
    };
    for (const s of orgSpans) addWithChildren(s);
    orgSpans = withChildren;
    orgSpans.sort((a, b) => a.from - b.from || b.to - a.to);

    // Group surface forms of one body.
    const abbreviations = bracketAbbreviations(tokens, orgSpans);
    const groups = new Map<string, ExtractedOrganization>();
    const groupOfSpan = new Map<OrgSpan, string>();
    for (const s of orgSpans) {
      const key = orgKey(tokens, s.from, s.to, abbreviations);
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
      if (count === 1 && !only.slice(prefix.length).startsWith('ủy')) resolved.set(key, only);
    }
    const finalKey = (key: string): string => {
      let k = key;
      for (let guard = 0; guard < 4 && resolved.has(k); guard++) k = resolved.get(k)!;
      return k;
    };
    for (const [from, to] of resolved) {
      const target = groups.get(finalKey(to))!;
      const source = groups.get(from)!;
      if (!source || source === target) continue;
      for (const form of [source.name, ...source.aliases]) if (form !== target.name && !target.aliases.includes(form)) target.aliases.push(form);
      target.mentions.push(...source.mentions);
      groups.delete(from);
    }
    // The fullest form is the name: the one with fewest abbreviations, then the longest.
    for (const g of groups.values()) {
      const forms = [g.name, ...g.aliases];
      const score = (f: string) => (f.match(/\b\p{Lu}{2,}/gu)?.length ?? 0) * -100 + f.length;
      forms.sort((a, b) => score(b) - score(a));
      g.name = forms[0]!.replace(/uỷ/g, 'ủy').replace(/Uỷ/g, 'Ủy');
      g.aliases = forms.slice(1).filter((f, i, all) => f !== g.name && all.indexOf(f) === i);
      g.mentions.sort((a, b) => a.start - b.start);
    }
    const nameCache = new Map<OrgSpan, string>();
    const orgNameOfSpan = (s: OrgSpan | null): string | null => {
      if (!s) return null;
      let name = nameCache.get(s);
      if (name === undefined) {
        const key = groupOfSpan.get(s) ?? orgKey(tokens, s.from, s.to, abbreviations);
        name = groups.get(finalKey(key))?.name ?? text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end);
        nameCache.set(s, name);
      }
      return name;
    };
    const spanStartingAt = new Map<number, OrgSpan>();
    for (const s of orgSpans) if (!spanStartingAt.has(s.from)) spanStartingAt.set(s.from, s);
    const orgNameAt = (from: number): { name: string; span: OrgSpan } | null => {
      const s = spanStartingAt.get(from) ?? parseOrg(tokens, from, tokens.length);
      return s ? { name: orgNameOfSpan(s)!, span: s } : null;
    };

    // Persons. Keys are slices of matchText: the same comparison as matchKey, without recomputing it.
    const persons = new Map<string, ExtractedPerson & { spans: NameSpan[]; titleKeys: Set<string> }>();
    const nameOfSpan = new Map<NameSpan, string>();
    for (const n of names) {
      const start = tokens[n.from]!.start;
      const end = tokens[n.to - 1]!.end;
      const name = text.slice(start, end);
      const key = matchText.slice(start, end);
      let p = persons.get(key);
      if (!p) {
        p = { name, titles: [], mentions: [], spans: [], titleKeys: new Set() };
        persons.set(key, p);
      }
      p.mentions.push(mention(start, end));
      p.spans.push(n);
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

    // Documents.
    const hits = findDocuments(text, tokens, tokenAt);
    const documents = new Map<string, ExtractedDocument>();
    for (const h of hits) {
      const key = h.code ?? matchKey(h.name!);
      let d = documents.get(key);
      if (!d) {
        d = { code: h.code, name: h.name, type: h.kind, number: h.number, issuerCode: h.issuerCode, date: null, issuer: null, subject: null, mentions: [] };
        documents.set(key, d);
      }
      if (!d.date && h.date) d.date = h.date;
      if (!d.subject && h.subject) d.subject = h.subject;
      d.mentions.push(mention(h.start, h.end));
    }

    // Events.
    const documentRanges = hits.map((h) => ({ start: h.start, end: h.tail }));
    const year = articleYear(text, article.record.publishedAt);
    const eventHits = findEvents(text, article.sentences, year, documentRanges, article.record.publishedAt);

    const inPost = new Uint8Array(tokens.length);
    for (const n of names) for (const p of n.posts) for (let k = p.from; k < p.to; k++) inPost[k] = 1;
    const facts: ArticleFacts = {
      article,
      tokens,
      inPost,
      tokenAt,
      sentenceAt,
      orgSpans,
      orgNameOfSpan,
      orgNameAt,
      names,
      personName: (n: NameSpan) => nameOfSpan.get(n)!,
      documentHits: hits,
      documents,
      eventHits,
      title: article.record.title,
    };
    const { relations, events: eventsOut } = findRelations(facts);

    const events: ExtractedEvent[] = eventsOut;
    const postOf = (p: PostSpan) => p;
    void postOf;
    return {
      persons: [...persons.values()].map(({ spans: _spans, titleKeys: _keys, ...p }) => p),
      organizations: [...groups.values()],
      documents: [...documents.values()],
      events,
      relations,
      authors: [],
      appointments: findAppointments(facts),
    };
  },
};
export default recogniser;
