// IMPLEMENTS: each document goes to the nearest implementing verb before it in its sentence
// (verbs.tsv, relation implement). The body that implements it is, in order: the issuer of the
// document whose subject the verb opens ("Kết luận … của <body> về tiếp tục thực hiện
// <document>"); in an inspection, the body inspected ("kiểm tra việc thực hiện <document> … đối
// với <body>"); a sector named before the verb ("ngành giáo dục triển khai …"); the body written
// before the verb; the body the article is about.
import { evidenceOf } from '../evidence.ts';
import type { ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, ClauseLayer, IssuerLayer, VerbAt } from './doc.ts';
import { groupBy } from './doc.ts';
import type { DocumentHit } from './documents.ts';
import type { OrgSpan } from './organizations.ts';
import { keysBetween, type Token } from './tokens.ts';
import { BODIES, pattern } from './lexicon.ts';
import { matchKey } from '../../text/normalise.ts';
import { coBodiesBefore, outermost, subjectBody as articleSubject } from './organized.ts';
import { unnamed } from '../../base/unnamed.ts';

// Words before a body that make it an object, not the subject: "của", "với", "cho", "đối với".
const OBJECT_MARKERS = new Set(['của', 'với', 'cho', 'tới', 'đến']);

// Words of an inspection: the body inspected, not the inspecting one, carries out the documents checked.
const isInspectionAt = (tokens: Token[], k: number) =>
  (tokens[k]?.key === 'kiểm' && tokens[k + 1]?.key === 'tra') ||
  (tokens[k]?.key === 'giám' && tokens[k + 1]?.key === 'sát');

// Implementing verbs that cite a document as grounds (patterns.tsv, grounds-verb).
const GROUNDS_VERB = new RegExp(pattern('grounds-verb'), 'u');

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

/** At most this many words ("đã", "tiếp tục") between the last co-subject and its verb. */
const CO_SUBJECT_GAP = 2;

export function implementsRelations(f: ArticleFacts & ClauseLayer & IssuerLayer): ExtractedRelation[] {
  const { article, tokens, verbs, orgsIn, hitsIn, issuerOf, tokenAt, orgNameOfSpan, inPost, verbsIn } = f;
  const out: ExtractedRelation[] = [];
  const subjectBody = articleSubject(f);
  const inspection = new Map<number, boolean>();
  const isInspection = unnamed((si: number) => {
    let yes = inspection.get(si);
    if (yes === undefined) {
      const s = article.sentences[si]!;
      yes = false;
      for (let k = tokenAt(s.start); k < tokens.length && tokens[k]!.start < s.end && !yes; k++) {
        yes = isInspectionAt(tokens, k);
      }
      inspection.set(si, yes);
    }
    return yes;
  });
  /** "… đối với <body>" in sentence `si`: the one nearest after token `after`, or else the last one before it. */
  const inspectedIn = unnamed((si: number, after: number): OrgSpan | null => {
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
  });
  let articleInspected: string | null = null;
  for (let si = 0; si < article.sentences.length && !articleInspected; si++) {
    if (!orgsIn(si).length || !isInspection(si)) continue;
    const o = inspectedIn(si, tokenAt(article.sentences[si]!.start));
    if (o) articleInspected = orgNameOfSpan(o);
  }
  // "ngành giáo dục triển khai …": a sector named before the verb is the article's department or
  // ministry of that field ("Sở Giáo dục và Đào tạo").
  const departments = [...new Set(f.orgSpans.map((o) => orgNameOfSpan(o)!))].filter((n) =>
    /^(?:sở|bộ) /u.test(matchKey(n)),
  );
  const sectorBefore = unnamed((from: number, to: number): string | null => {
    if (!departments.length) return null;
    for (let k = from; k < to; k++) {
      if (tokens[k]!.key !== 'ngành') continue;
      let found: string | null = null;
      for (let e = k + 3; e <= Math.min(to, k + 5); e++) {
        const words = keysBetween(tokens, k + 1, e);
        const hit = departments.find((n) => ` ${matchKey(n)} `.includes(` ${words} `));
        if (!hit) break;
        found = hit;
      }
      if (found) return found;
    }
    return null;
  });
  /** Where a sentence that opens with an attendance verb ("Dự hội nghị có …", "Cùng dự có …") lists its guests. */
  const attendanceListStart = unnamed((si: number): number | undefined => {
    const first = verbsIn(si)[0];
    if (!first || first.entry.relation !== 'attend') return undefined;
    const start = tokenAt(article.sentences[si]!.start);
    return first.from - start <= 1 ? first.to : undefined;
  });
  /** The verb opens its sentence: "Thực hiện Chỉ thị …, Sở …", "Căn cứ Quy định …, Ủy ban …". */
  const opensSentence = unnamed((v: VerbAt) => v.from === tokenAt(article.sentences[v.sentence]!.start));
  /**
   * The subject of the main clause after an opening "Căn cứ <documents> …," / "Thực hiện …,": the
   * first body after the first document written right after a comma ("…, Tỉnh ủy Quảng Ninh ban hành"),
   * not one after "của" (the documents' issuer) nor inside a post.
   */
  const mainClauseSubject = unnamed((si: number, docs: DocumentHit[]): OrgSpan | undefined => {
    const after = tokenAt(docs[0]!.end);
    return outermost(orgsIn(si)).find(
      (o) => o.from >= after && tokens[o.from - 1]?.text === ',' && !inPost[o.from],
    );
  });
  /** An issuing verb within three words after token `from` ("Tỉnh ủy ban hành", "… đã ban hành"). */
  const issuesAfter = unnamed((si: number, from: number) =>
    verbsIn(si).some((o) => o.entry.relation === 'issue' && o.from >= from && o.from - from <= 3),
  );
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
      while (next < sentenceHits.length && tokenAt(sentenceHits[next]!.start) < v.to) next++;
      const h = sentenceHits[next];
      if (h && tokenAt(h.start) - v.to <= 4) takesDocument.add(v);
    }
    let vi = 0;
    let last: VerbAt | undefined;
    let lastTaking: VerbAt | undefined;
    for (const h of sentenceHits) {
      const at = tokenAt(h.start);
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
    let docs = docsOf.get(v) ?? [];
    if (!docs.length) continue;
    // "Căn cứ Nghị quyết …, Tỉnh ủy ban hành Kế hoạch …": the main clause's documents are its own.
    const mainSubject = opensSentence(v) ? mainClauseSubject(si, docs) : undefined;
    if (mainSubject) docs = docs.filter((h) => tokenAt(h.start) < mainSubject.from);
    // "Căn cứ Quy định …, Ủy ban Kiểm tra quyết định kỷ luật …" cites the grounds of a ruling; only a
    // body that issues its own document on those grounds carries them out ("…, Tỉnh ủy ban hành …").
    if (GROUNDS_VERB.test(matchKey(v.entry.words)) && !(mainSubject && issuesAfter(si, mainSubject.to)))
      continue;
    // "<document>[ ngày …][ của <body>] về [việc] [tiếp tục] <verb> <document>": the verb opens that document's subject.
    let k = v.from - 1;
    while (k >= 0 && (tokens[k]!.key === 'việc' || tokens[k]!.key === 'tiếp' || tokens[k]!.key === 'tục'))
      k--;
    const framing =
      tokens[k]?.key === 'về' && takesDocument.has(v)
        ? openingDocument(f, hitsIn(si), tokens[k]!.start, issuerOf)
        : undefined;
    let organization: string | null;
    // "Tỉnh ủy và UBND tỉnh triển khai …": the co-subjects joined to the subject right before the verb (decision 0107)
    let coSubjects: string[] = [];
    if (framing !== undefined) {
      // A document about reviewing another ("Kết luận … về tổng kết Nghị quyết …") does not implement it.
      if (framing === null || REVIEW_VERBS.has(v.entry.words)) continue;
      organization = framing;
    } else {
      const inspected = isInspection(si) ? inspectedIn(si, v.to) : null;
      // "Dự hội nghị có …, các sở, ban, ngành, MTTQ …": the bodies of an attendance list are guests, not the subject.
      const listStart = attendanceListStart(si);
      const subj = outermost(orgsIn(si).filter((o) => o.to <= v.from && !inPost[o.from]))
        .filter((o) => !OBJECT_MARKERS.has(tokens[o.from - 1]?.key ?? ''))
        .filter((o) => !nominalObject(tokens, o.from))
        .filter((o) => !(listStart !== undefined && o.from >= listStart));
      const nearest = subj[subj.length - 1] ?? mainSubject;
      // A bare "Đảng bộ" / "Đảng ủy" as subject is the article's body of that kind.
      const bare =
        nearest &&
        BODIES.longest(tokens, nearest.from)?.to === nearest.to &&
        nearest.head.complement !== 'fixed';
      const nearestName = nearest ? orgNameOfSpan(nearest)! : null;
      const sector = sectorBefore(nearest ? nearest.to : tokenAt(article.sentences[si]!.start), v.from);
      if (inspected) organization = orgNameOfSpan(inspected);
      else if (sector) organization = sector;
      else if (isInspection(si) && articleInspected) organization = articleInspected;
      else {
        const own =
          nearestName &&
          !(bare && subjectBody && matchKey(subjectBody).startsWith(matchKey(nearestName) + ' '));
        organization = own ? nearestName : subjectBody;
        if (own && nearest === subj[subj.length - 1] && v.from - nearest!.to <= CO_SUBJECT_GAP)
          coSubjects = coBodiesBefore(f, subj)
            .slice(0, -1)
            .map((o) => orgNameOfSpan(o)!)
            .filter((n) => n && n !== organization);
      }
    }
    for (const h of docs) {
      for (const o of [organization, ...coSubjects])
        out.push({
          type: 'IMPLEMENTS',
          organization: o,
          document: h.code ?? h.name!,
          evidence: evidenceOf(article, si, tokens[v.from]!.start, h.end),
        });
    }
  }
  return out;
}
