// Relations with evidence. Posts attached to a name give HOLDS_POSITION; verbs from verbs.tsv give
// CHAIRED / ATTENDED (the persons on the verb's side of the clause), IMPLEMENTS (the documents after
// the verb; the subject is the body written before it, or the body the article is about) and
// ISSUED ("<document> … của <body>", "<body> ban hành <document>"); the organizer of an event is
// the body that "tổ chức" it.
import { evidenceOf } from '../evidence.ts';
import type {
  Evidence,
  ExtractedDocument,
  ExtractedEvent,
  ExtractedRelation,
  SegmentedArticle,
} from '../../types.ts';
import type { Token } from './tokens.ts';
import type { OrgSpan } from './organizations.ts';
import type { NameSpan } from './persons.ts';
import type { DocumentHit } from './documents.ts';
import type { EventHit } from './events.ts';
import { BODIES, DOCUMENT_WORDS, ISSUER_CODES, VERBS, pattern, type VerbEntry } from './lexicon.ts';
import { matchKey } from '../../text/normalise.ts';

export interface ArticleFacts {
  article: SegmentedArticle;
  tokens: Token[];
  tokenAt: (offset: number) => number;
  sentenceAt: (offset: number) => number;
  orgSpans: OrgSpan[];
  /** Tokens inside a person's posts: a body named in a post ("Phó Thủ tướng Chính phủ") is not a sentence's subject. */
  inPost: Uint8Array;
  orgNameOfSpan: (s: OrgSpan | null) => string | null;
  orgNameAt: (tokenIndex: number) => { name: string; span: OrgSpan } | null;
  names: NameSpan[];
  personName: (n: NameSpan) => string;
  documentHits: DocumentHit[];
  documents: Map<string, ExtractedDocument>;
  eventHits: EventHit[];
  title: string | null;
}

// Words before a body that make it an object, not the subject: "của", "với", "cho", "đối với".
const OBJECT_MARKERS = new Set(['của', 'với', 'cho', 'tới', 'đến']);

// What may stand between two documents of one list (patterns.tsv, document-list-between).
const LIST_BETWEEN = new RegExp(pattern('document-list-between'), 'iu');

// Words of an inspection: the body inspected, not the inspecting one, carries out the documents checked.
const isInspectionAt = (tokens: Token[], k: number) =>
  (tokens[k]?.key === 'kiểm' && tokens[k + 1]?.key === 'tra') ||
  (tokens[k]?.key === 'giám' && tokens[k + 1]?.key === 'sát');

// Implementing verbs that name a review of a document rather than carrying it out.
const REVIEW_VERBS = new Set(['tổng kết', 'sơ kết']);

/**
 * The issuer of the document whose "về …" ends at offset `about`: "Kết luận số 60-KL/TU ngày … của
 * Tỉnh ủy về …". Undefined when no document stands just before "về"; null when one does but its
 * issuer is not stated.
 */
function openingDocument(
  f: ArticleFacts,
  hits: DocumentHit[],
  about: number,
  issuerOf: Map<DocumentHit, { name: string; end: number }>,
): string | null | undefined {
  const before = hits.filter((h) => h.tail <= about).pop();
  if (!before) return undefined;
  const iss = issuerOf.get(before);
  const from = iss && iss.end <= about ? iss.end : before.tail;
  // Only a term may stand between: "của Ban Chấp hành Trung ương khóa XIII về …".
  if (!/^[\s,]*(?:kh(?:óa|oá)\s+[IVXLC]+[\s,]*)?$/iu.test(f.article.text.slice(from, about)))
    return undefined;
  return iss ? iss.name : null;
}

/** "Việc thành lập <body> được thực hiện theo …": a body right after "việc <verb>" is that verb's object. */
function nominalObject(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    if (tokens[k]!.key === 'việc') return k < from - 1;
    if (!tokens[k]!.word || tokens[k]!.cap) return false;
  }
  return false;
}

function groupBy<T>(items: T[], keyOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The widest body ending at most `gap` tokens before token `at` among a sentence's bodies ("Ban Thường vụ Tỉnh ủy", not its "Tỉnh ủy"). */
function outermostEndingBefore(spans: OrgSpan[], at: number, gap: number): OrgSpan | null {
  let best: OrgSpan | null = null;
  for (const o of spans) {
    if (o.to > at || at - o.to > gap) continue;
    if (!best || o.to > best.to || (o.to === best.to && o.from < best.from)) best = o;
  }
  return best;
}

/** The widest body of a list of spans: drops those nested in another. */
function outermost(spans: OrgSpan[]): OrgSpan[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to));
}

/** Who issued a document: the body, any co-issuers joined by "và", and where the statement ends. */
interface IssuerTarget {
  name: string;
  also: string[];
  si: number;
  end: number;
}

interface VerbAt {
  from: number;
  to: number;
  entry: VerbEntry;
  sentence: number;
}

export function findRelations(f: ArticleFacts): { relations: ExtractedRelation[]; events: ExtractedEvent[] } {
  const { article, tokens } = f;
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const add = (r: ExtractedRelation) => {
    // Values come from the NFC article text, so lower case is key enough here.
    const key = [r.type, r.person, r.role, r.organization, r.document, r.event]
      .map((x) => (x == null ? '' : x.toLowerCase()))
      .join('|');
    if (seen.has(key)) return;
    seen.add(key);
    relations.push(r);
  };
  const sentenceOfToken = (i: number) => f.sentenceAt(tokens[i]!.start);
  // Per-sentence indexes, so that no rule scans the whole article for each verb (a 10 MB article stays linear).
  const orgsBySentence = groupBy(f.orgSpans, (o) => sentenceOfToken(o.from));
  const hitsBySentence = groupBy(f.documentHits, (h) => f.sentenceAt(h.start));
  const orgsIn = (si: number) => orgsBySentence.get(si) ?? [];
  const hitsIn = (si: number) => hitsBySentence.get(si) ?? [];

  // HOLDS_POSITION: one per (person, post).
  for (const n of f.names) {
    const person = f.personName(n);
    for (const p of n.posts) {
      if (p.former) continue;
      const role = p.entry.role ?? article.text.slice(tokens[p.from]!.start, tokens[p.headTo - 1]!.end);
      const organization = p.entry.kind === 'fused' ? null : f.orgNameOfSpan(p.org);
      const start = tokens[n.from]!.start;
      const end = tokens[p.to - 1]!.end;
      const si = sentenceOfToken(p.from);
      add({
        type: 'HOLDS_POSITION',
        person,
        role,
        organization,
        evidence: evidenceOf(
          article,
          si,
          Math.min(start, tokens[p.from]!.start),
          Math.max(end, tokens[n.to - 1]!.end),
        ),
      });
    }
  }

  // Verbs, per sentence.
  const verbs: VerbAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = VERBS.longest(tokens, i);
    if (!m) continue;
    if (m.value.relation !== 'none') verbs.push({ from: m.from, to: m.to, entry: m.value, sentence: sentenceOfToken(i) });
    i = m.to - 1;
  }
  const namesBySentence = new Map<number, NameSpan[]>();
  for (const n of f.names) {
    const si = sentenceOfToken(n.from);
    const list = namesBySentence.get(si);
    if (list) list.push(n);
    else namesBySentence.set(si, [n]);
  }
  const namesIn = (si: number) => namesBySentence.get(si) ?? [];
  const verbsBySentence = new Map<number, VerbAt[]>();
  for (const v of verbs) {
    const list = verbsBySentence.get(v.sentence);
    if (list) list.push(v);
    else verbsBySentence.set(v.sentence, [v]);
  }
  const mainEvent = f.eventHits[0] ?? null;
  const chaired = new Set<string>();
  const attended: { person: string; ev: Evidence }[] = [];

  for (const v of verbs) {
    const rel = v.entry.relation;
    if (rel !== 'chair' && rel !== 'attend' && rel !== 'speak' && rel !== 'chair-by') continue;
    if (rel === 'chair-by') continue;
    const s = article.sentences[v.sentence]!;
    const inSentence = namesIn(v.sentence);
    if (!inSentence.length) continue;
    const sentenceVerbs = verbsBySentence.get(v.sentence)!;
    let chosen: NameSpan[];
    const atClauseStart =
      v.from === f.tokenAt(s.start) ||
      [',', ':', ';'].includes(tokens[v.from - 1]?.text ?? '') ||
      tokens[v.from - 1]?.key === 'có';
    // "… chủ trì Hội nghị có đồng chí X", "sự tham dự và chủ trì của đồng chí X", "phát biểu của X".
    const firstNameAfter = inSentence.find((n) => n.from >= v.to);
    // The look-ahead stays inside the sentence: "A chủ trì hội nghị. Cùng dự có B" — the "có" of
    // the next sentence does not turn "chủ trì" forward.
    const lookahead = tokens
      .slice(v.to, Math.min(firstNameAfter?.from ?? v.to + 6, v.to + 6))
      .filter((t) => t.start < s.end);
    const pointsForward = tokens[v.to]?.key === 'của' || lookahead.some((t) => t.key === 'có');
    // After a comma, the verb looks back when a name was just written ("X, Bí thư …, dự, chủ trì và trao").
    const nameJustBefore = inSentence.some((n) => {
      const end = n.posts.reduce((e, p) => (p.from >= n.to && p.to <= v.from ? Math.max(e, p.to) : e), n.to);
      return end <= v.from && v.from - end <= 3;
    });
    const sentenceStartVerb = v.from === f.tokenAt(s.start) || tokens[v.from - 1]?.key === 'có';
    const forward =
      v.entry.direction === 'after' ||
      pointsForward ||
      (rel !== 'speak' && (sentenceStartVerb || (atClauseStart && !nameJustBefore)));
    if (forward) {
      // "Dự hội nghị có các đồng chí: A; B", "dưới sự chủ trì của đồng chí X": names after the verb up to the next verb.
      const nextVerb = sentenceVerbs.find(
        (o) =>
          o.from > v.to &&
          o.entry.relation !== 'implement' &&
          inSentence.some((n) => n.from > v.to && n.to <= o.from),
      );
      chosen = inSentence.filter((n) => n.from >= v.to && (!nextVerb || n.from < nextVerb.from));
      if (rel === 'speak' || tokens[v.to]?.key === 'của') chosen = chosen.slice(0, 1);
    } else {
      // "X, posts chủ trì hội nghị": names before the verb, back to the previous verb that has names of its own.
      const prevVerb = [...sentenceVerbs]
        .reverse()
        .find(
          (o) =>
            o.to <= v.from &&
            ['chair', 'attend', 'speak'].includes(o.entry.relation) &&
            inSentence.some((n) => n.from >= o.to && n.to <= v.from),
        );
      chosen = inSentence.filter((n) => n.to <= v.from && (!prevVerb || n.from >= prevVerb.to));
      if (rel === 'speak') chosen = chosen.slice(-1);
    }
    for (const n of chosen) {
      const person = f.personName(n);
      const ev = evidenceOf(
        article,
        v.sentence,
        tokens[Math.min(n.from, v.from)]!.start,
        tokens[Math.max(n.to, v.to) - 1]!.end,
      );
      if (rel === 'chair') {
        if (!chaired.has(person)) {
          chaired.add(person);
          add({ type: 'CHAIRED', person, event: mainEvent?.name, evidence: ev });
        }
      } else attended.push({ person, ev });
    }
  }
  for (const a of attended) {
    if (chaired.has(a.person)) continue;
    add({ type: 'ATTENDED', person: a.person, event: mainEvent?.name, evidence: a.ev });
  }

  // ISSUED: "<document>[ ngày …][,] của <body>", propagated back over a list of documents.
  const hits = f.documentHits;
  const issuerOf = new Map<DocumentHit, IssuerTarget>();
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    let i = f.tokenAt(hit.tail);
    // Skip a quoted title or a comma: "Nghị quyết số 18-NQ/TW “…” của …" is rare; the common form is direct.
    if (tokens[i]?.text === ',') i++;
    if (tokens[i]?.key !== 'của') continue;
    const org = f.orgNameAt(i + 1);
    if (!org) continue;
    const si = f.sentenceAt(hit.start);
    // "của Bộ Chính trị và Ban Bí thư": co-issuers joined by "và".
    const co = tokens[org.span.to]?.key === 'và' ? f.orgNameAt(org.span.to + 1) : null;
    const target: IssuerTarget = {
      name: org.name,
      also: co ? [co.name] : [],
      si,
      end: tokens[(co ?? org).span.to - 1]!.end,
    };
    issuerOf.set(hit, target);
    // Earlier documents of the same list: only codes, dates, commas, "và", "số" and kind words between.
    for (let b = h - 1; b >= 0; b--) {
      const prev = hits[b]!;
      if (f.sentenceAt(prev.start) !== si || issuerOf.has(prev)) break;
      const between = article.text.slice(prev.tail, hits[b + 1]!.start);
      if (!LIST_BETWEEN.test(between)) break;
      issuerOf.set(prev, target);
    }
  }
  // "<body> ban hành <document>[, <document>…]".
  for (const v of verbs) {
    if (v.entry.relation !== 'issue') continue;
    const si = v.sentence;
    const org = outermostEndingBefore(orgsIn(si), v.from, 3);
    if (!org) continue;
    const after = hitsIn(si).filter((h) => f.tokenAt(h.start) >= v.to);
    const first = after[0];
    if (!first || f.tokenAt(first.start) - v.to > 4) continue;
    // "Bộ Chính trị và Ban Bí thư ban hành …": a co-issuer joined by "và" before it.
    const co = orgsIn(si).find((o) => o.to === org.from - 1 && tokens[o.to]?.key === 'và');
    const target: IssuerTarget = {
      name: f.orgNameOfSpan(org)!,
      also: co ? [f.orgNameOfSpan(co)!] : [],
      si,
      end: first.end,
    };
    for (let k = 0; k < after.length; k++) {
      if (k > 0 && !LIST_BETWEEN.test(article.text.slice(after[k - 1]!.tail, after[k]!.start))) break;
      if (!issuerOf.has(after[k]!)) issuerOf.set(after[k]!, target);
    }
  }
  const documentWordBefore = (at: number) => {
    for (let k = Math.max(0, at - 4); k < at; k++) if (DOCUMENT_WORDS.longest(tokens, k)) return true;
    return false;
  };
  // An issuer stated for some codes of a sentence carries to its other codes with the same suffix;
  // "nghị quyết của Tỉnh ủy Vĩnh Phúc" carries to the sentence's "/TU" codes.
  for (const hit of hits) {
    if (issuerOf.has(hit) || !hit.issuerCode || hit.abbreviates) continue;
    const si = f.sentenceAt(hit.start);
    // "TW" codes of one sentence often come from different central bodies: not carried.
    const sameSuffix =
      hit.issuerCode !== 'TW'
        ? hitsIn(si).find((o) => o !== hit && o.issuerCode === hit.issuerCode && issuerOf.has(o))
        : undefined;
    if (sameSuffix) {
      issuerOf.set(hit, { ...issuerOf.get(sameSuffix)!, end: hit.end });
      continue;
    }
    // "các nghị quyết của <body> (gồm: …)": a body stated for documents of the sentence, compatible with the suffix.
    const body = ISSUER_CODES.get(hit.issuerCode);
    const compatible = (o: OrgSpan) =>
      body
        ? matchKey(f.orgNameOfSpan(o)!).startsWith(body)
        : hit.issuerCode === 'TW' && o.kind === 'party-central';
    const sentenceStart = f.tokenAt(article.sentences[si]!.start);
    const hitToken = f.tokenAt(hit.start);
    const stated = orgsIn(si).find(
      (o) =>
        o.from > sentenceStart &&
        o.to <= hitToken &&
        tokens[o.from - 1]?.key === 'của' &&
        documentWordBefore(o.from - 1) &&
        compatible(o),
    );
    if (stated) issuerOf.set(hit, { name: f.orgNameOfSpan(stated)!, also: [], si, end: hit.end });
  }
  for (const [hit, iss] of issuerOf) {
    const key = hit.code ?? matchKey(hit.name!);
    const doc = f.documents.get(key);
    if (doc && !doc.issuer) doc.issuer = iss.name;
    for (const organization of [iss.name, ...iss.also]) {
      add({
        type: 'ISSUED',
        organization,
        document: hit.code ?? hit.name!,
        evidence: evidenceOf(article, iss.si, hit.start, Math.max(iss.end, hit.end)),
      });
    }
  }

  // The body the article is about: the organizer of its first event, or the first body of the title / first sentence.
  const organizerOf = (e: EventHit): string | null => {
    const si = e.sentence;
    const firstTok = f.tokenAt(article.sentences[si]!.start);
    const evTok = f.tokenAt(e.start);
    const before = outermost(
      orgsIn(si).filter((o) => o.from >= firstTok && o.to <= evTok && !f.inPost[o.from]),
    );
    if (before.length) return f.orgNameOfSpan(before[before.length - 1]!);
    return null;
  };
  // The article's body is not one that only issued its documents ("… của Bộ Chính trị"): the
  // Politburo issues a directive, the local committee that reports on it implements it.
  const issuers = new Set([...issuerOf.values()].flatMap((t) => [t.name, ...t.also]));
  const firstOrg = f.orgSpans.find((o) => !issuers.has(f.orgNameOfSpan(o)!)) ?? f.orgSpans[0] ?? null;
  const subjectBody = (mainEvent && organizerOf(mainEvent)) || (firstOrg ? f.orgNameOfSpan(firstOrg) : null);

  // IMPLEMENTS: each document goes to the nearest implementing verb before it in its sentence.
  // The body that implements it is, in order: the issuer of the document whose subject the verb
  // opens ("Kết luận … của <body> về tiếp tục thực hiện <document>"); in an inspection, the body
  // inspected ("kiểm tra việc thực hiện <document> … đối với <body>"); the body written before the
  // verb; the body the article is about.
  const inspection = new Map<number, boolean>();
  const isInspection = (si: number) => {
    let yes = inspection.get(si);
    if (yes === undefined) {
      const s = article.sentences[si]!;
      yes = false;
      for (let k = f.tokenAt(s.start); k < tokens.length && tokens[k]!.start < s.end && !yes; k++) {
        yes = isInspectionAt(tokens, k);
      }
      inspection.set(si, yes);
    }
    return yes;
  };
  /** "… đối với <body>" in sentence `si`: the one nearest after token `after`, or else the last one before it. */
  const inspectedIn = (si: number, after: number): OrgSpan | null => {
    const targets = outermost(
      orgsIn(si).filter((o) => tokens[o.from - 1]?.key === 'với' && tokens[o.from - 2]?.key === 'đối'),
    );
    const direct = outermost(orgsIn(si).filter((o) => isInspectionAt(tokens, o.from - 2)));
    return (
      targets.find((o) => o.from >= after) ??
      [...targets, ...direct]
        .filter((o) => o.from < after)
        .sort((a, b) => a.from - b.from)
        .pop() ??
      null
    );
  };
  let articleInspected: string | null = null;
  for (let si = 0; si < article.sentences.length && !articleInspected; si++) {
    if (!orgsIn(si).length || !isInspection(si)) continue;
    const o = inspectedIn(si, f.tokenAt(article.sentences[si]!.start));
    if (o) articleInspected = f.orgNameOfSpan(o);
  }
  // "ngành giáo dục triển khai …": a sector named before the verb is the article's department or
  // ministry of that field ("Sở Giáo dục và Đào tạo").
  const departments = [...new Set(f.orgSpans.map((o) => f.orgNameOfSpan(o)!))].filter((n) =>
    /^(?:sở|bộ) /u.test(matchKey(n)),
  );
  const sectorBefore = (from: number, to: number): string | null => {
    if (!departments.length) return null;
    for (let k = from; k < to; k++) {
      if (tokens[k]!.key !== 'ngành') continue;
      let found: string | null = null;
      for (let e = k + 3; e <= Math.min(to, k + 5); e++) {
        const words = tokens
          .slice(k + 1, e)
          .map((t) => t.key)
          .join(' ');
        const hit = departments.find((n) => ` ${matchKey(n)} `.includes(` ${words} `));
        if (!hit) break;
        found = hit;
      }
      if (found) return found;
    }
    return null;
  };
  /** Where a sentence that opens with an attendance verb ("Dự hội nghị có …", "Cùng dự có …") lists its guests. */
  const attendanceListStart = (si: number): number | undefined => {
    const first = (verbsBySentence.get(si) ?? [])[0];
    if (!first || first.entry.relation !== 'attend') return undefined;
    const start = f.tokenAt(article.sentences[si]!.start);
    return first.from - start <= 1 ? first.to : undefined;
  };
  const implementVerbs = verbs.filter((v) => v.entry.relation === 'implement');
  // A document's verb is the nearest one before it that takes a document as its object
  // ("thực hiện Nghị quyết …"), else the nearest one ("quán triệt các nghị quyết …, gồm: …").
  // One pass per sentence over its verbs and documents, both in text order.
  const takesDocument = new Set<VerbAt>();
  const docsOf = new Map<VerbAt, DocumentHit[]>();
  for (const [si, sentenceVerbs] of groupBy(implementVerbs, (v) => v.sentence)) {
    const s = article.sentences[si]!;
    const sentenceHits = hitsIn(si);
    let next = 0;
    for (const v of sentenceVerbs) {
      while (next < sentenceHits.length && f.tokenAt(sentenceHits[next]!.start) < v.to) next++;
      const h = sentenceHits[next];
      if (h && f.tokenAt(h.start) - v.to <= 4) takesDocument.add(v);
    }
    let vi = 0;
    let last: VerbAt | undefined;
    let lastTaking: VerbAt | undefined;
    for (const h of sentenceHits) {
      const at = f.tokenAt(h.start);
      while (vi < sentenceVerbs.length && sentenceVerbs[vi]!.to <= at) {
        last = sentenceVerbs[vi++]!;
        if (takesDocument.has(last)) lastTaking = last;
      }
      const v = lastTaking ?? last;
      if (!v || h.start < tokens[v.to - 1]!.end || h.end > s.end) continue;
      const list = docsOf.get(v);
      if (list) list.push(h);
      else docsOf.set(v, [h]);
    }
  }
  for (const v of implementVerbs) {
    const si = v.sentence;
    const docs = docsOf.get(v) ?? [];
    if (!docs.length) continue;
    // "<document>[ ngày …][ của <body>] về [việc] [tiếp tục] <verb> <document>": the verb opens that document's subject.
    let k = v.from - 1;
    while (k >= 0 && (tokens[k]!.key === 'việc' || tokens[k]!.key === 'tiếp' || tokens[k]!.key === 'tục'))
      k--;
    const framing =
      tokens[k]?.key === 'về' && takesDocument.has(v)
        ? openingDocument(f, hitsIn(si), tokens[k]!.start, issuerOf)
        : undefined;
    let organization: string | null;
    if (framing !== undefined) {
      // A document about reviewing another ("Kết luận … về tổng kết Nghị quyết …") does not implement it.
      if (framing === null || REVIEW_VERBS.has(v.entry.words)) continue;
      organization = framing;
    } else {
      const inspected = isInspection(si) ? inspectedIn(si, v.to) : null;
      // "Dự hội nghị có …, các sở, ban, ngành, MTTQ …": the bodies of an attendance list are guests, not the subject.
      const listStart = attendanceListStart(si);
      const subj = outermost(orgsIn(si).filter((o) => o.to <= v.from && !f.inPost[o.from]))
        .filter((o) => !OBJECT_MARKERS.has(tokens[o.from - 1]?.key ?? ''))
        .filter((o) => !nominalObject(tokens, o.from))
        .filter((o) => !(listStart !== undefined && o.from >= listStart));
      const nearest = subj[subj.length - 1];
      // A bare "Đảng bộ" / "Đảng ủy" as subject is the article's body of that kind.
      const bare =
        nearest &&
        BODIES.longest(tokens, nearest.from)?.to === nearest.to &&
        nearest.head.complement !== 'fixed';
      const nearestName = nearest ? f.orgNameOfSpan(nearest)! : null;
      const sector = sectorBefore(nearest ? nearest.to : f.tokenAt(article.sentences[si]!.start), v.from);
      if (inspected) organization = f.orgNameOfSpan(inspected);
      else if (sector) organization = sector;
      else if (isInspection(si) && articleInspected) organization = articleInspected;
      else
        organization =
          nearestName &&
          !(bare && subjectBody && matchKey(subjectBody).startsWith(matchKey(nearestName) + ' '))
            ? nearestName
            : subjectBody;
    }
    for (const h of docs) {
      add({
        type: 'IMPLEMENTS',
        organization,
        document: h.code ?? h.name!,
        evidence: evidenceOf(article, si, tokens[v.from]!.start, h.end),
      });
    }
  }

  // Events and ORGANIZED.
  const events: ExtractedEvent[] = f.eventHits.map((e) => {
    const organizer = organizerOf(e);
    if (organizer)
      add({
        type: 'ORGANIZED',
        organization: organizer,
        event: e.name,
        evidence: evidenceOf(article, e.sentence, e.start, e.end),
      });
    return {
      name: e.name,
      kind: e.kind,
      date: e.date,
      organizer,
      mentions: [
        { start: e.start, end: e.end, text: article.text.slice(e.start, e.end), sentence: e.sentence },
      ],
    };
  });
  return { relations, events };
}
