// The English recogniser: the same Recogniser interface as the Vietnamese one, for reports
// of Vietnam's party and state in English (Vietnam News, VnExpress International, Nhân Dân
// English, provincial papers' English pages).
//
// segment: compromise, per paragraph (segment.ts). extract: one tokenisation of the article,
// then per sentence a left-to-right reading into elements — person names (names.ts), posts
// and body names (phrases.ts), coded documents (documents.ts) — from which the relations
// are read: posts attach to the name they stand next to, cue words (lexicon/en/relation-cues.tsv)
// give CHAIRED / ATTENDED / IMPLEMENTS / ISSUED, and the meeting the article reports is its event.
// Names are output as the English text writes them (with or without diacritics); resolving
// them onto the Vietnamese nodes is the resolver's job (see bilingual.ts).
import { findEnglishAppointments } from './appointments.ts';
import type {
  Evidence,
  EventKind,
  ExtractedDocument,
  ExtractedEvent,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedRelation,
  Mention,
  OrganizationKind,
  Recogniser,
  SegmentedArticle,
} from '../../types.ts';
import { nameKey } from '../../text/normalise.ts';
import { englishNameKey, vietnameseBodyName } from './bilingual.ts';
import { findDates, isoDate, weekdayDate } from './dates.ts';
import { findDocuments, type DocumentMention } from './documents.ts';
import { RELATION_CUES, wordKey } from './lexicon.ts';
import { findCredits, findGivenNameMentions, findNames, type NameSpan } from './names.ts';
import {
  findPostAnchoredNames,
  honorificAt,
  readPost,
  readBody,
  type BodyPhrase,
  type PhraseContext,
  type PostPhrase,
} from './phrases.ts';
import { findPlace } from './places.ts';
import { segmentEnglish } from './segment.ts';
import { tokenize, type Token } from './tokens.ts';

type Element =
  | { kind: 'person'; name: NameSpan; first: number; last: number }
  | { kind: 'post'; post: PostPhrase; first: number; last: number }
  | { kind: 'body'; body: BodyPhrase; first: number; last: number }
  | { kind: 'document'; doc: DocumentMention; first: number; last: number }
  | { kind: 'skip'; first: number; last: number }
  | { kind: 'token'; token: Token; first: number; last: number };

interface Extracted {
  persons: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  documents: ExtractedDocument[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
  authors: string[];
  appointments?: ReturnType<typeof findEnglishAppointments>;
}

const EVENT_NOUN =
  /\b(teleconference|conference|working session|meeting|session|congress|ceremony|forum|seminar|workshop|working visit|working trip|visit|worked with)\b/i;
const EVENT_KIND: Record<string, EventKind> = {
  teleconference: 'conference',
  conference: 'conference',
  forum: 'conference',
  seminar: 'conference',
  workshop: 'conference',
  meeting: 'session',
  session: 'session',
  'working session': 'working-visit',
  'working visit': 'working-visit',
  'working trip': 'working-visit',
  // "X, head of the working delegation, worked with the province": a working session, named so.
  'worked with': 'working-visit',
  visit: 'working-visit',
  congress: 'congress',
  ceremony: 'ceremony',
};
const WEEKDAY_OR_DATE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?:\\s+\\d{4})?)';
const NOT_AN_EVENT_MODIFIER =
  /^(?:a|an|the|its|their|his|her|held|to|of|at|in|on|and|was|were|by|organi[sz]ed|convened)$/i;
const HOLDING_VERB = /\b(?:held|organi[sz]ed|convened|hosted|opened)\b/i;
const ISSUED_BEFORE_DOC =
  /^\s*(?:(?:has|had|have|recently|just|officially)\s+)*(?:issued|promulgated|adopted|signed)\s+(?:the\s+)?$/i;
const ISSUER_AFTER_DOC =
  /^[\s,]*(?:(?:dated|on|issued on)\s+[A-Z][a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:\d{4})?\s*,?\s*)?(?:(?:issued|promulgated|signed|adopted)\s+by|of|by)\s+(?:the\s+)?$/;
// The rest of a list of numbers after one of its documents: "Directives 05[ and 35] of the Politburo".
const LIST_TAIL = /^(?:\s*(?:,|and|,\s*and)\s+(?:No\.?\s*)?\d{1,4}\b)+/;
const PLACE_AFTER_BODY = new Set(['building', 'buildings', 'headquarters', 'hall', 'compound', 'house']);
/** How many body mentions back an anaphor ("the commission") may reach. */
const ANAPHOR_LOOKBACK = 200;
const ORDINAL_PREFIX = /^\d+(?:st|nd|rd|th)[-\s](?:tenure\s+|term\s+)?/i;

function evidenceFor(article: SegmentedArticle, sentenceIndex: number, start: number, end: number): Evidence {
  const s = article.sentences[sentenceIndex]!;
  return {
    sentenceIndex,
    sentence: article.text.slice(s.start, s.end),
    sentenceStart: s.start,
    sentenceEnd: s.end,
    start: Math.max(s.start, Math.min(start, end)),
    end: Math.min(s.end, Math.max(start, end)),
  };
}

function guessKind(name: string): OrganizationKind {
  const n = name.toLowerCase();
  if (/inspection (?:commission|committee)/.test(n)) return 'inspection-committee';
  if (/standing (?:committee|board)/.test(n)) return 'standing-committee';
  if (/people['’]s council/.test(n)) return 'people-council';
  if (/people['’]s committee/.test(n)) return 'people-committee';
  if (/national assembly delegation|delegation of national assembly/.test(n)) return 'na-delegation';
  if (/\bministry\b/.test(n)) return 'ministry';
  if (/\bdepartment\b/.test(n)) return 'department';
  if (/party (?:central )?committee$|party committee of|party executive committee/.test(n))
    return 'party-committee';
  if (/commission|party committee['’]s/.test(n)) return 'party-commission';
  if (/front|union|association|confederation/.test(n)) return 'front-or-union';
  return 'other';
}

type PersonElement = Extract<Element, { kind: 'person' }>;
/** Words that may stand between two names of one list: "A, B and C", "A; and B". */
const LIST_JOINER = new Set([',', ';', 'and', '&']);
/** Elements that may stand in a list beside its names: their posts, honorifics, an age in brackets. */
const inList = (e: Element) =>
  e.kind === 'post' || e.kind === 'skip' || (e.kind === 'token' && ['(', ')'].includes(e.token.text));

/**
 * The list of persons that the person at `from` heads (step 1) or ends (step -1): names joined by
 * commas and "and", each with its posts ("Prime Minister A, Deputy Prime Minister B and C").
 * The list ends at any other word: "A met B and chaired" gives B alone before "chaired".
 */
function personList(els: Element[], from: number, step: 1 | -1): PersonElement[] {
  const out = [els[from] as PersonElement];
  let joined = false;
  for (let k = from + step; k >= 0 && k < els.length; k += step) {
    const e = els[k]!;
    if (e.kind === 'person') {
      if (!joined) break;
      out.push(e);
      joined = false;
    } else if (e.kind === 'token' && LIST_JOINER.has(e.token.key || e.token.text)) joined = true;
    else if (!inList(e)) break;
  }
  return step === 1 ? out : out.reverse();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function extractEnglish(article: SegmentedArticle): Extracted {
  const { text, sentences } = article;
  const publishedAt = article.record.publishedAt;
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const tokens = tokenize(text, sentenceOf);
  const documents = findDocuments(text, publishedAt);
  const credits = findCredits(text);

  const blockedTokens = new Set<number>();
  const docAtToken = new Map<number, { doc: DocumentMention; last: number }>();
  const spans = [
    ...credits.map((c) => ({ start: c.start, end: c.end, doc: null as DocumentMention | null })),
    ...documents.map((d) => ({ start: d.start, end: d.end, doc: d as DocumentMention | null })),
  ].sort((a, b) => a.start - b.start);
  const docStarts = new Map<DocumentMention, { doc: DocumentMention; last: number }>();
  // One pass over tokens and the (sorted) credit and document spans.
  let spanIndex = 0;
  tokens.forEach((t, i) => {
    if (t.sentence < 0) blockedTokens.add(i);
    while (spanIndex < spans.length && spans[spanIndex]!.end <= t.start) spanIndex++;
    for (let k = spanIndex; k < spans.length && spans[k]!.start < t.end; k++) {
      const span = spans[k]!;
      if (span.end <= t.start) continue;
      blockedTokens.add(i);
      if (span.doc) {
        const at = docStarts.get(span.doc);
        if (at) at.last = i;
        else {
          const entry = { doc: span.doc, last: i };
          docStarts.set(span.doc, entry);
          docAtToken.set(i, entry);
        }
      }
    }
  });
  const blocked = (i: number) => blockedTokens.has(i);

  const names = findNames(tokens, text, blocked);
  const conceptual = new Set(names.filter((n) => n.conceptual).map((n) => nameKey(n.text)));
  const fullNames = names.filter((n) => !conceptual.has(nameKey(n.text)));
  const personNames = [...fullNames, ...findGivenNameMentions(tokens, text, fullNames, blocked)].sort(
    (a, b) => a.start - b.start,
  );
  const personKeys = new Map<string, string>();
  const personKey = (n: NameSpan): string => {
    const written = n.refersTo ?? n.text;
    let key = personKeys.get(written);
    if (key === undefined) personKeys.set(written, (key = nameKey(written)));
    return key;
  };
  const ctx: PhraseContext = {
    tokens,
    text,
    nameStarts: new Set(personNames.map((n) => n.first)),
    blocked,
    acronyms: new Set(),
  };
  const vietnameseNameTokens = new Set(
    names.flatMap((n) => Array.from({ length: n.last - n.first + 1 }, (_, k) => n.first + k)),
  );
  for (const foreign of findPostAnchoredNames(ctx, vietnameseNameTokens)) {
    if (findPlace(foreign.text)) continue;
    personNames.push({ ...foreign, conceptual: false });
    ctx.nameStarts.add(foreign.first);
  }
  personNames.sort((a, b) => a.start - b.start);
  const nameAt = new Map(personNames.map((n) => [n.first, n]));
  const acronymBody = new Map<string, string>();

  // ---- read every sentence into elements
  const elementsBySentence: Element[][] = sentences.map(() => []);
  const bodyMentions: { body: BodyPhrase; sentence: number }[] = [];
  const addBody = (body: BodyPhrase, sentence: number) => {
    if (!body.generic && !body.anaphor) bodyMentions.push({ body, sentence });
  };
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (t.sentence < 0) {
      i++;
      continue;
    }
    const out = elementsBySentence[t.sentence]!;
    const doc = docAtToken.get(i);
    if (doc) {
      out.push({ kind: 'document', doc: doc.doc, first: i, last: doc.last });
      i = doc.last + 1;
      continue;
    }
    const name = nameAt.get(i);
    if (name) {
      out.push({ kind: 'person', name, first: i, last: name.last });
      i = name.last + 1;
      continue;
    }
    if (blocked(i)) {
      out.push({ kind: 'skip', first: i, last: i });
      i++;
      continue;
    }
    const post = readPost(ctx, i);
    if (post) {
      if (post.body) addBody(post.body, t.sentence);
      if (post.acronym && post.body && !post.body.generic) {
        ctx.acronyms.add(post.acronym);
        acronymBody.set(post.acronym, post.body.text);
      }
      if (post.impliedBody) {
        // "Politburo member": the post names its body; the body's word is a mention of it.
        const key = wordKey(post.impliedBody);
        for (let k = post.first; k <= post.last; k++) {
          const word = tokens[k]!;
          if (word.key !== key) continue;
          const end = word.possessive ? word.end - (word.text.endsWith('s') ? 2 : 1) : word.end;
          addBody(
            {
              first: k,
              last: k,
              start: word.start,
              end,
              text: text.slice(word.start, end),
              generic: false,
              anaphor: null,
            },
            t.sentence,
          );
          break;
        }
      }
      out.push({ kind: 'post', post, first: i, last: post.last });
      i = post.last + 1;
      continue;
    }
    const body = readBody(ctx, i);
    // "the National Assembly building": a place named after the body, not the body.
    if (body && PLACE_AFTER_BODY.has(tokens[body.last + 1]?.key ?? '')) {
      out.push({ kind: 'skip', first: i, last: body.last + 1 });
      i = body.last + 2;
      continue;
    }
    if (body) {
      addBody(body, t.sentence);
      out.push({ kind: 'body', body, first: i, last: body.last });
      let next = body.last + 1;
      if (
        tokens[next]?.text === '(' &&
        tokens[next + 1]?.acronym &&
        tokens[next + 2]?.text === ')' &&
        !body.generic
      ) {
        ctx.acronyms.add(tokens[next + 1]!.text);
        acronymBody.set(tokens[next + 1]!.text, body.text);
        next += 3;
      }
      i = next;
      continue;
    }
    const honorific = honorificAt(tokens, i, ctx.nameStarts);
    if (honorific) {
      out.push({ kind: 'skip', first: i, last: i + honorific - 1 });
      i += honorific;
      continue;
    }
    if (t.key === 'born' && tokens[i + 1]?.key === 'in' && tokens[i + 2]?.kind === 'number') {
      out.push({ kind: 'skip', first: i, last: i + 2 });
      i += 3;
      continue;
    }
    out.push({ kind: 'token', token: t, first: i, last: i });
    i++;
  }

  // ---- organizations: surface forms grouped by the body they name
  const placeCounts = new Map<string, number>();
  for (const { body } of bodyMentions) {
    const words = body.text.split(' ');
    for (let a = 0; a < words.length; a++) {
      for (let b = Math.min(words.length, a + 4); b > a; b--) {
        const place = findPlace(
          words
            .slice(a, b)
            .join(' ')
            .replace(/[’']s$/, ''),
        );
        if (place) placeCounts.set(place.vietnamese, (placeCounts.get(place.vietnamese) ?? 0) + 1);
      }
    }
  }
  const articleProvince = [...placeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const groupKeys = new Map<string, string>();
  const bodyGroupKey = (surface: string): string => {
    let key = groupKeys.get(surface);
    if (key === undefined) groupKeys.set(surface, (key = computeGroupKey(surface)));
    return key;
  };
  const computeGroupKey = (surface: string): string => {
    const expanded = acronymBody.get(surface) ?? surface;
    const stripped = expanded.replace(ORDINAL_PREFIX, '');
    const vi = vietnameseBodyName(stripped, { province: articleProvince });
    return vi ? `vi:${nameKey(vi.name)}` : `en:${englishNameKey(stripped)}`;
  };
  const groups = new Map<string, { forms: Map<string, string>; mentions: Mention[] }>();
  for (const { body, sentence } of bodyMentions) {
    const key = bodyGroupKey(body.text);
    if (!groups.has(key)) groups.set(key, { forms: new Map(), mentions: [] });
    const g = groups.get(key)!;
    if (!g.forms.has(englishNameKey(body.text))) g.forms.set(englishNameKey(body.text), body.text);
    g.mentions.push({ start: body.start, end: body.end, text: text.slice(body.start, body.end), sentence });
  }
  const organizations: ExtractedOrganization[] = [];
  const orgNameByGroup = new Map<string, string>();
  for (const [key, g] of groups) {
    const forms = [...g.forms.values()];
    const name = forms.reduce((best, f) =>
      f.replace(ORDINAL_PREFIX, '').length > best.replace(ORDINAL_PREFIX, '').length ? f : best,
    );
    const vi = vietnameseBodyName(name.replace(ORDINAL_PREFIX, ''), { province: articleProvince });
    const place = forms
      .map((f) => f.split(' '))
      .flatMap((w) =>
        w.map(
          (_, a) =>
            findPlace(w.slice(a, a + 3).join(' ')) ??
            findPlace(w.slice(a, a + 2).join(' ')) ??
            findPlace(w[a]!),
        ),
      )
      .find(Boolean);
    const provincial = /provincial|province/i.test(name);
    organizations.push({
      name,
      aliases: forms.filter((f) => f !== name),
      kind: vi?.kind ?? guessKind(name),
      province: place?.vietnamese ?? (provincial ? articleProvince : null),
      parent: null,
      mentions: g.mentions,
    });
    orgNameByGroup.set(key, name);
  }
  const orgNameOf = (body: BodyPhrase | null, atOffset: number): string | null => {
    if (!body || body.generic) return null;
    if (body.anaphor) {
      // the nearest body of that kind before the anaphor (mentions are in text order)
      let lo = 0;
      let hi = bodyMentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (bodyMentions[mid]!.body.end <= atOffset) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1; k >= Math.max(0, lo - ANAPHOR_LOOKBACK); k--) {
        const m = bodyMentions[k]!;
        if (m.body.text.toLowerCase().includes(body.anaphor))
          return orgNameByGroup.get(bodyGroupKey(m.body.text)) ?? null;
      }
      return null;
    }
    return orgNameByGroup.get(bodyGroupKey(body.text)) ?? null;
  };
  const orgNamed = (surface: string): string | null => orgNameByGroup.get(bodyGroupKey(surface)) ?? null;

  // ---- persons and their posts
  const persons = new Map<string, ExtractedPerson>();
  for (const n of personNames) {
    const key = personKey(n);
    if (!persons.has(key)) persons.set(key, { name: n.refersTo ?? n.text, titles: [], mentions: [] });
    persons
      .get(key)!
      .mentions.push({ start: n.start, end: n.end, text: n.text, sentence: tokens[n.first]!.sentence });
  }
  const relations: ExtractedRelation[] = [];
  const relationKeys = new Set<string>();
  const addRelation = (r: ExtractedRelation, key: string) => {
    if (relationKeys.has(key)) return;
    relationKeys.add(key);
    relations.push(r);
  };
  const givePost = (
    name: NameSpan,
    post: PostPhrase,
    sentence: number,
    former: boolean,
    asTitle = post.text,
  ) => {
    const person = persons.get(personKey(name))!;
    const title = asTitle.replace(/^(?:an?|the)\s+/i, '');
    if (!person.titles.some((t) => t.toLowerCase() === title.toLowerCase())) person.titles.push(title);
    if (former) return;
    let organization = post.impliedBody
      ? (orgNamed(post.impliedBody) ?? post.impliedBody)
      : orgNameOf(post.body, post.start);
    if (!organization && post.complement && /minister/i.test(post.role))
      organization = orgNamed(`Ministry of ${post.complement}`);
    const role = post.role;
    addRelation(
      {
        type: 'HOLDS_POSITION',
        person: person.name,
        role,
        organization,
        evidence: evidenceFor(
          article,
          sentence,
          Math.min(post.start, name.start),
          Math.max(post.end, name.end),
        ),
      },
      `H|${nameKey(person.name)}|${role.toLowerCase()}|${organization ?? ''}`,
    );
  };

  elementsBySentence.forEach((els, sentence) => {
    const isSep = (e: Element | undefined, ...texts: string[]) =>
      e?.kind === 'token' && texts.includes(e.token.key || e.token.text);
    for (let k = 0; k < els.length; k++) {
      const el = els[k]!;
      if (el.kind !== 'post') continue;
      // the run of posts joined by commas and "and"
      let end = k;
      while (true) {
        let n = end + 1;
        if (isSep(els[n], ',')) n++;
        if (isSep(els[n], 'and')) n++;
        if (n > end + 1 && els[n]?.kind === 'post') end = n;
        else break;
      }
      const run = els
        .slice(k, end + 1)
        .filter((e): e is Extract<Element, { kind: 'post' }> => e.kind === 'post');
      const words = (from: number, count: number) =>
        els
          .slice(Math.max(0, from - count), from)
          .map((e) => (e.kind === 'token' ? e.token.key : ''))
          .join(' ');
      // "former" governs its post and the posts after it in the run ("former member of X,
      // Secretary of Y"), not those before ("a Politburo member and former head of …").
      const formerRun = /\b(?:previous|former|earlier) (?:tenure|term|post)s? as\b|\bformerly\b/.test(
        words(k, 5),
      );
      const formerFrom = run.findIndex((e) => e.post.former);
      const isFormer = (r: (typeof run)[number]) =>
        formerRun || (formerFrom >= 0 && run.indexOf(r) >= formerFrom);
      const former = formerRun || formerFrom === 0;
      let after = end + 1;
      while (els[after]?.kind === 'skip') after++;
      const next = els[after];
      if (run.length === 1 && run[0]!.post.plural && isSep(next, ':')) {
        for (const p of els.slice(after).filter((e) => e.kind === 'person')) {
          if (p.kind === 'person') givePost(p.name, run[0]!.post, sentence, former, run[0]!.post.role);
        }
      } else if (next?.kind === 'person' && run.length === 1 && run[0]!.post.plural) {
        // "Deputy Prime Ministers A and B": the plural post goes to each name of the list it heads.
        for (const p of personList(els, after, 1))
          givePost(p.name, run[0]!.post, sentence, former, run[0]!.post.role);
      } else if (next?.kind === 'person') {
        for (const r of run) givePost(next.name, r.post, sentence, isFormer(r));
      } else {
        let before = k - 1;
        // skip separators and an age between commas: "Cuong, 67, a Politburo member"
        const isAge = (e: Element | undefined) =>
          e?.kind === 'token' && e.token.kind === 'number' && Number(e.token.text) < 120;
        while (
          els[before]?.kind === 'skip' ||
          isSep(els[before], ',', '-', '–', '—', '(') ||
          isAge(els[before])
        )
          before--;
        const prev = els[before];
        if (prev?.kind === 'person' && before >= k - 5) {
          for (const r of run) givePost(prev.name, r.post, sentence, isFormer(r));
        } else if (isSep(els[k - 1], 'as') || (isSep(els[k - 1], 'a', 'an') && isSep(els[k - 2], 'as'))) {
          const earlier = els.slice(0, k).filter((e) => e.kind === 'person');
          const nearest = earlier[earlier.length - 1];
          if (nearest?.kind === 'person')
            for (const r of run) givePost(nearest.name, r.post, sentence, isFormer(r));
        }
      }
      k = end;
    }
  });

  // ---- relation cues per sentence
  const chairs = new Map<string, ExtractedRelation>();
  const attendees = new Map<string, ExtractedRelation>();
  const implementsCue: { sentence: number; start: number; end: number }[] = [];
  sentences.forEach((s, sentence) => {
    const sentenceText = text.slice(s.start, s.end).toLowerCase();
    const people = elementsBySentence[sentence]!.filter(
      (e): e is Extract<Element, { kind: 'person' }> => e.kind === 'person',
    );
    const hits = RELATION_CUES.flatMap((cue) =>
      [...sentenceText.matchAll(cue.pattern)].map((m) => ({
        cue,
        start: s.start + m.index!,
        end: s.start + m.index! + m[0].length,
      })),
    );
    const shadowed = (h: (typeof hits)[number]) =>
      hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
    for (const hit of hits.filter((h) => !shadowed(h))) {
      const { cue } = hit;
      if (cue.type === 'IMPLEMENTS') {
        implementsCue.push({ sentence, start: hit.start, end: hit.end });
        continue;
      }
      if (cue.type !== 'CHAIRED' && cue.type !== 'ATTENDED') continue;
      const els = elementsBySentence[sentence]!;
      const first = people.find((p) => p.name.start >= hit.end);
      const last = people.filter((p) => p.name.end <= hit.start).slice(-1)[0];
      // "chaired by A, B and C", "A and B co-chaired": the cue's person and the list it heads.
      const chosen =
        cue.position === 'after'
          ? first
            ? personList(els, els.indexOf(first), 1)
            : []
          : cue.position === 'before'
            ? last
              ? personList(els, els.indexOf(last), -1)
              : []
            : people;
      for (const p of chosen) {
        const person = persons.get(personKey(p.name))!;
        const map = cue.type === 'CHAIRED' ? chairs : attendees;
        if (!map.has(nameKey(person.name))) {
          map.set(nameKey(person.name), {
            type: cue.type,
            person: person.name,
            evidence: evidenceFor(
              article,
              sentence,
              Math.min(hit.start, p.name.start),
              Math.max(hit.end, p.name.end),
            ),
          });
        }
      }
    }
  });
  for (const key of chairs.keys()) attendees.delete(key);

  // ---- the event the article reports
  const events: ExtractedEvent[] = [];
  let eventSentence = -1;
  for (let i = 0; i < sentences.length && eventSentence < 0; i++) {
    const st = text.slice(sentences[i]!.start, sentences[i]!.end);
    if (
      EVENT_NOUN.test(st) &&
      (HOLDING_VERB.test(st) ||
        [...chairs.values(), ...attendees.values()].some((r) => r.evidence.sentenceIndex === i))
    )
      eventSentence = i;
  }
  if (eventSentence < 0 && (chairs.size || attendees.size)) {
    eventSentence = [...chairs.values(), ...attendees.values()]
      .map((r) => r.evidence.sentenceIndex)
      .sort((a, b) => a - b)[0]!;
  }
  const organizers: string[] = [];
  if (eventSentence >= 0) {
    const s = sentences[eventSentence]!;
    const st = text.slice(s.start, s.end);
    // A capitalised "Congress" is usually another meeting's name ("… City Party Congress"):
    // prefer the common noun, in this sentence or in the next that reports attendance.
    const relationSentences = [...chairs.values(), ...attendees.values()].map(
      (r) => r.evidence.sentenceIndex,
    );
    const lowerNoun = (i: number) => {
      const sentenceText = text.slice(sentences[i]!.start, sentences[i]!.end);
      const m = [...sentenceText.matchAll(new RegExp(EVENT_NOUN.source, 'gi'))].find((x) =>
        /^\p{Ll}/u.test(x[0]),
      );
      return m ? { match: m, sentence: i } : null;
    };
    const picked = lowerNoun(eventSentence) ?? relationSentences.map(lowerNoun).find(Boolean) ?? null;
    const noun = picked?.match ?? EVENT_NOUN.exec(st);
    const nounSentence = picked?.sentence ?? eventSentence;
    const nounText = text.slice(sentences[nounSentence]!.start, sentences[nounSentence]!.end);
    let name = 'Meeting';
    let kind: EventKind = 'other';
    if (noun) {
      kind = EVENT_KIND[noun[1]!.toLowerCase()] ?? 'other';
      const before = nounText.slice(0, noun.index).match(/(?:(?:[\p{Lu}\p{Ll}\d’'-]+)\s+){0,3}$/u)?.[0] ?? '';
      // the words before the noun back to the first determiner or verb: "national teleconference"
      const modifiers: string[] = [];
      for (const word of before.split(/\s+/).filter(Boolean).reverse()) {
        if (NOT_AN_EVENT_MODIFIER.test(word)) break;
        modifiers.unshift(word);
      }
      // "… conference to review …", without the date ("on December 1") and at most a dozen words.
      const after = nounText
        .slice(noun.index! + noun[0].length)
        .replace(new RegExp(`^\\s*(?:on|this|last)?\\s*(?:${WEEKDAY_OR_DATE})`, 'i'), '')
        .replace(/\bNo\.\s*/g, 'No ');
      const tail = (after.match(/^\s+(?:of|on|to|for)\s+[^,;.()“"]+/)?.[0] ?? '')
        .split(/\s+(?:was|were|is|in|at|held|chaired|took|attended|and commend)\b/)[0]!
        .split(/\s+/)
        .slice(0, 13)
        .join(' ')
        .replace(/\bNo (?=\d)/g, 'No. ')
        .replace(/(?:\s+(?:of|the|and|to|for|on|in|a|an|with))+$/, '');
      name = /^worked with$/i.test(noun[1]!)
        ? 'Working session'
        : capitalise(`${modifiers.join(' ')} ${noun[1]}${tail}`.trim().replace(/\s+/g, ' '));
    }
    const nounAt = nounSentence === eventSentence ? (noun?.index ?? 0) : 0;
    const dates = findDates(st)
      .filter((d) => !/\bdated\s*$/i.test(st.slice(0, d.start)))
      .sort((a, b) => Math.abs(a.start - nounAt) - Math.abs(b.start - nounAt));
    const years = [...text.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
    // reduce, not Math.max(...years): a long article has more years than a call has arguments
    const fallbackYear = years.length ? years.reduce((a, b) => Math.max(a, b)) : null;
    // The date is in the event's sentence, or else in the nearest sentence before it
    // ("On the afternoon of April 3, …" then "… chaired the working session").
    let date = dates.length
      ? isoDate(dates[0]!, publishedAt, fallbackYear)
      : (weekdayDate(st, publishedAt)?.iso ?? null);
    for (let back = eventSentence - 1; date === null && back >= 0; back--) {
      const earlier = text.slice(sentences[back]!.start, sentences[back]!.end);
      const found = findDates(earlier).filter((d) => !/\bdated\s*$/i.test(earlier.slice(0, d.start)));
      date = found.length
        ? isoDate(found[0]!, publishedAt, fallbackYear)
        : (weekdayDate(earlier, publishedAt)?.iso ?? null);
    }
    // organisers: "ORG held …", "… held … by ORG"
    const els = elementsBySentence[eventSentence]!;
    const verb = HOLDING_VERB.exec(st);
    if (verb) {
      const verbAt = s.start + verb.index;
      const bodies = els.filter(
        (e): e is Extract<Element, { kind: 'body' }> => e.kind === 'body' && !e.body.generic,
      );
      const passive = /\b(?:was|were|been|be)\s+(?:\w+\s+)?$/.test(st.slice(0, verb.index));
      if (passive) {
        const by = /\bby\s+(?:the\s+)?/.exec(st.slice(verb.index));
        const target = by ? bodies.find((b) => b.body.start >= verbAt + by.index) : undefined;
        if (target) organizers.push(orgNameOf(target.body, target.body.start)!);
      } else {
        const before = bodies.filter((b) => b.body.end <= verbAt);
        const last = before[before.length - 1];
        if (last && /^\s*(?:has|have|had|recently|just|also)?\s*$/.test(text.slice(last.body.end, verbAt))) {
          organizers.push(orgNameOf(last.body, last.body.start)!);
          const prev = before[before.length - 2];
          if (prev && /^\s*and\s+(?:the\s+)?$/.test(text.slice(prev.body.end, last.body.start)))
            organizers.unshift(orgNameOf(prev.body, prev.body.start)!);
        }
      }
    }
    const mentionStart = noun ? sentences[nounSentence]!.start + noun.index! : s.start;
    events.push({
      name,
      kind,
      date,
      organizer: organizers.filter(Boolean)[0] ?? null,
      mentions: [
        {
          start: mentionStart,
          end: mentionStart + (noun ? noun[0].length : 0),
          text: noun ? noun[0] : '',
          sentence: nounSentence,
        },
      ],
    });
    for (const org of new Set(organizers.filter(Boolean))) {
      addRelation(
        {
          type: 'ORGANIZED',
          organization: org,
          event: name,
          evidence: evidenceFor(article, eventSentence, s.start, s.end),
        },
        `O|${org}`,
      );
    }
  }
  const eventName = events[0]?.name;
  for (const r of [...chairs.values(), ...attendees.values()]) {
    addRelation({ ...r, event: eventName }, `${r.type}|${nameKey(r.person!)}`);
  }

  // ---- documents: issuers and implementers
  const docs = new Map<string, ExtractedDocument>();
  for (const doc of documents) {
    const sentence = sentenceOf(doc.start);
    if (sentence < 0) continue;
    if (!docs.has(doc.key)) {
      docs.set(doc.key, {
        code: doc.code,
        name: doc.name,
        type: doc.type,
        number: doc.number,
        issuerCode: doc.issuerCode,
        date: doc.date,
        issuer: null,
        subject: null,
        mentions: [],
      });
    }
    const d = docs.get(doc.key)!;
    d.date ??= doc.date;
    d.mentions.push({ start: doc.start, end: doc.end, text: text.slice(doc.start, doc.end), sentence });
    const els = elementsBySentence[sentence]!;
    const at = els.findIndex((e) => e.kind === 'document' && e.doc === doc);
    const bodies = els.flatMap((e) => (e.kind === 'body' && !e.body.generic ? [e.body] : []));
    let issuer: BodyPhrase | null = null;
    const prev = els[at - 1];
    if (prev?.kind === 'body' && tokens[prev.body.last]!.possessive && !prev.body.generic) issuer = prev.body;
    issuer ??=
      bodies.find(
        (b) =>
          b.start >= doc.end &&
          ISSUER_AFTER_DOC.test(
            text.slice(doc.end, b.start).replace(LIST_TAIL, '').replace(ORDINAL_PREFIX, ''),
          ),
      ) ?? null;
    issuer ??=
      [...bodies]
        .reverse()
        .find((b) => b.end <= doc.start && ISSUED_BEFORE_DOC.test(text.slice(b.end, doc.start))) ?? null;
    // "of the Politburo and the Secretariat", "The Politburo and the Secretariat issued …":
    // a body joined to the issuer by "and" issued the document with it.
    const joinedByAnd = (a: BodyPhrase, b: BodyPhrase) =>
      /^\s*and\s+(?:the\s+)?$/i.test(text.slice(a.end, b.start));
    const coIssuer = !issuer
      ? null
      : issuer.start >= doc.end
        ? (bodies.find((b) => b.start >= issuer!.end && joinedByAnd(issuer!, b)) ?? null)
        : ([...bodies].reverse().find((b) => b.end <= issuer!.start && joinedByAnd(b, issuer!)) ?? null);
    for (const body of issuer ? [issuer, ...(coIssuer ? [coIssuer] : [])] : []) {
      const org = orgNameOf(body, body.start);
      if (org) {
        d.issuer ??= org;
        addRelation(
          {
            type: 'ISSUED',
            organization: org,
            document: doc.key,
            evidence: evidenceFor(
              article,
              sentence,
              Math.min(body.start, doc.start),
              Math.max(body.end, doc.end),
            ),
          },
          `I|${org}|${doc.key}`,
        );
      }
    }
  }
  const issuerOf = (code: string) => docs.get(code)?.issuer ?? null;
  for (const cue of implementsCue) {
    const els = elementsBySentence[cue.sentence]!;
    const inSentence = els.filter((e): e is Extract<Element, { kind: 'document' }> => e.kind === 'document');
    if (!inSentence.length) continue;
    const codes = new Set(inSentence.map((e) => e.doc.key));
    const candidates = els
      .filter((e): e is Extract<Element, { kind: 'body' }> => e.kind === 'body' && !e.body.generic)
      .map((e) => ({ body: e.body, name: orgNameOf(e.body, e.body.start) }))
      .filter(
        (c): c is { body: BodyPhrase; name: string } =>
          !!c.name && ![...codes].some((code) => issuerOf(code) === c.name),
      );
    const subjectBefore = candidates.filter((c) => c.body.end <= cue.start).slice(-1)[0];
    const subjectAfter = candidates.find((c) => c.body.start >= cue.end);
    const implementers: (string | null)[] = subjectBefore
      ? [subjectBefore.name]
      : subjectAfter
        ? [subjectAfter.name]
        : organizers.filter(Boolean).length
          ? organizers.filter(Boolean)
          : // Left unstated: the graph keeps only claims whose sentence names both ends.
            [null];
    for (const code of codes) {
      const docEl = inSentence.find((e) => e.doc.key === code)!;
      for (const org of implementers) {
        addRelation(
          {
            type: 'IMPLEMENTS',
            organization: org,
            document: code,
            evidence: evidenceFor(
              article,
              cue.sentence,
              Math.min(cue.start, docEl.doc.start),
              Math.max(cue.end, docEl.doc.end),
            ),
          },
          `M|${org ?? ''}|${code}`,
        );
      }
    }
  }

  return {
    persons: [...persons.values()],
    organizations,
    documents: [...docs.values()],
    events,
    relations,
    authors: [...new Set(credits.map((c) => c.name))],
    appointments: findEnglishAppointments(article, elementsBySentence, { personName: (n) => persons.get(personKey(n))?.name ?? n.text, orgNameOf, orgNamed }),
  };
}

const recogniser: Recogniser = {
  language: 'en',
  segment: segmentEnglish,
  extract: extractEnglish,
};
export default recogniser;
