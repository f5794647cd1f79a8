// ISSUED: who issued each document. "<document>[ ngày …][,] của <body>[ và <body>]", carried back
// over a list of documents ("Chỉ thị … và Kết luận … của Bộ Chính trị"); "<body> ban hành
// <document>[, <document>…]"; an issuer stated for some codes of a sentence carries to its other
// codes with the same suffix; "các nghị quyết của <body> (gồm: …)" to the codes compatible with it.
import { evidenceOf } from '../evidence.ts';
import type { ExtractedDocument, ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, ClauseLayer, IssuerLayer, IssuerTarget } from './doc.ts';
import type { DocumentHit } from './documents.ts';
import type { OrgSpan } from './organizations.ts';
import { DOCUMENT_WORDS, ISSUER_CODES, pattern } from './lexicon.ts';
import { matchKey } from '../../text/normalise.ts';
import { unnamed } from '../../base/unnamed.ts';

// What may stand between two documents of one list (patterns.tsv, document-list-between).
export const LIST_BETWEEN = new RegExp(pattern('document-list-between'), 'iu');
const CO_ISSUER_JOINER = new RegExp(pattern('co-issuer-joiner'), 'u');
const ISSUER_OF_DOCUMENTS_BEFORE = new RegExp(pattern('issuer-of-documents-before'), 'iu');
const ISSUER_PASSIVE_BY = new RegExp(pattern('issuer-passive-by'), 'u');
const ISSUED_ANNOUNCED_LIST = new RegExp(pattern('issued-announced-list'), 'iu');

/** The widest body ending at most `gap` tokens before token `at` among a sentence's bodies ("Ban Thường vụ Tỉnh ủy", not its "Tỉnh ủy"). */
function outermostEndingBefore(spans: OrgSpan[], at: number, gap: number): OrgSpan | null {
  let best: OrgSpan | null = null;
  for (const o of spans) {
    if (o.to > at || at - o.to > gap) continue;
    if (!best || o.to > best.to || (o.to === best.to && o.from < best.from)) best = o;
  }
  return best;
}

/** The issuers component: each document's issuer, and the documents with their issuer filled in. */
export function issuerLayer<D extends ArticleFacts & ClauseLayer>(f: D): D & IssuerLayer {
  const { article, tokens, verbs, verbsIn, orgsIn, hitsIn, tokenAt, sentenceAt, orgNameOfSpan, orgNameAt } =
    f;
  const hits = f.documentHits;
  const issuerOf = new Map<DocumentHit, IssuerTarget>();
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    let i = tokenAt(hit.tail);
    // Skip a quoted title or a comma: "Nghị quyết số 18-NQ/TW “…” của …" is rare; the common form is direct.
    if (tokens[i]?.text === ',') i++;
    // "… của <body>", and the passive "… do <body> ban hành" (issuer-passive-by, decision 0107)
    const passive = ISSUER_PASSIVE_BY.test(tokens[i]?.key ?? '');
    if (tokens[i]?.key !== 'của' && !passive) continue;
    const org = orgNameAt(i + 1);
    if (!org) continue;
    const si = sentenceAt(hit.start);
    // "của Bộ Chính trị và Ban Bí thư", "của Bộ Chính trị, Ban Bí thư": co-issuers (patterns.tsv, co-issuer-joiner).
    const joiner = tokens[org.span.to];
    const next = joiner && CO_ISSUER_JOINER.test(joiner.key) ? orgNameAt(org.span.to + 1) : null;
    // After a comma, a central body that a verb follows opens the next clause instead ("… của Bộ
    // Chính trị, Ban Bí thư ban hành Hướng dẫn …").
    const commaCoIssuer = unnamed(
      (n: typeof next) =>
        !!n &&
        org.span.kind === 'party-central' &&
        n.span.kind === 'party-central' &&
        !verbsIn(si).some((v) => v.from === n.span.to),
    );
    const co = next && (joiner!.key !== ',' || commaCoIssuer(next)) ? next : null;
    if (passive && !verbsIn(si).some((v) => v.entry.relation === 'issue' && v.from === (co ?? org).span.to))
      continue;
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
      if (sentenceAt(prev.start) !== si || issuerOf.has(prev)) break;
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
    const after = hitsIn(si).filter((h) => tokenAt(h.start) >= v.to);
    const first = after[0];
    // "ban hành 3 nghị quyết … Cụ thể gồm: <document>, …": the announced list (decision 0107)
    const announced =
      !!first && ISSUED_ANNOUNCED_LIST.test(article.text.slice(tokens[v.to - 1]!.end, first.start));
    // "ban hành Chương trình hành động số 18-CTr/ĐU": the kind's words right before the code (and
    // its "số") do not count towards the gap (decision 0124).
    const kindWords = DOCUMENT_WORDS.longest(tokens, v.to);
    const kindGap = kindWords && first ? tokenAt(first.start) - kindWords.to : -1;
    const gapFrom = kindGap >= 0 && kindGap <= 1 ? kindWords!.to : v.to;
    if (!first || (tokenAt(first.start) - gapFrom > 4 && !announced)) continue;
    // "Bộ Chính trị và Ban Bí thư ban hành …": a co-issuer joined by "và" before it.
    const co = orgsIn(si).find((o) => o.to === org.from - 1 && tokens[o.to]?.key === 'và');
    const target: IssuerTarget = {
      name: orgNameOfSpan(org)!,
      also: co ? [orgNameOfSpan(co)!] : [],
      si,
      end: first.end,
    };
    for (let k = 0; k < after.length; k++) {
      if (k > 0 && !LIST_BETWEEN.test(article.text.slice(after[k - 1]!.tail, after[k]!.start))) break;
      if (!issuerOf.has(after[k]!)) issuerOf.set(after[k]!, target);
    }
  }
  // "Các quy định này do Bộ Chính trị ban hành": the issuer of the previous sentence's documents,
  // or of the one before it when the sentence between names none ("… Quy định số 178-QĐ/TW. A chủ
  // trì. Hai quy định này đều do Bộ Chính trị ban hành").
  for (let si = 1; si < article.sentences.length; si++) {
    const nearest = hitsIn(si - 1).length || si < 2 ? si - 1 : si - 2;
    const before = hitsIn(nearest).filter((h) => !issuerOf.has(h));
    // The sentence's first body, widest first ("Ban Thường vụ Tỉnh ủy", not its "Ban Thường vụ").
    const outer = orgsIn(si).reduce<OrgSpan | null>(
      (w, o) => (!w || o.from < w.from || (o.from === w.from && o.to > w.to) ? o : w),
      null,
    );
    if (!before.length || !outer) continue;
    const opening = ISSUER_OF_DOCUMENTS_BEFORE.exec(
      article.text.slice(article.sentences[si]!.start, tokens[outer.from]!.start),
    );
    if (!opening) continue;
    const issuing = verbsIn(si).some((v) => v.entry.relation === 'issue' && v.from === outer.to);
    if (opening.groups!.by !== 'của' && !issuing) continue;
    const target: IssuerTarget = {
      name: orgNameOfSpan(outer)!,
      also: [],
      si,
      end: tokens[outer.to - 1]!.end,
    };
    for (const hit of before) issuerOf.set(hit, target);
  }
  const documentWordBefore = unnamed((at: number) => {
    for (let k = Math.max(0, at - 4); k < at; k++) if (DOCUMENT_WORDS.longest(tokens, k)) return true;
    return false;
  });
  // An issuer stated for some codes of a sentence carries to its other codes with the same suffix;
  // "nghị quyết của Tỉnh ủy Vĩnh Phúc" carries to the sentence's "/TU" codes.
  for (const hit of hits) {
    if (issuerOf.has(hit) || !hit.issuerCode || hit.abbreviates) continue;
    const si = sentenceAt(hit.start);
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
    const compatible = unnamed((o: OrgSpan) =>
      body
        ? matchKey(orgNameOfSpan(o)!).startsWith(body)
        : hit.issuerCode === 'TW' && o.kind === 'party-central',
    );
    const sentenceStart = tokenAt(article.sentences[si]!.start);
    const hitToken = tokenAt(hit.start);
    const stated = orgsIn(si).find(
      (o) =>
        o.from > sentenceStart &&
        o.to <= hitToken &&
        tokens[o.from - 1]?.key === 'của' &&
        documentWordBefore(o.from - 1) &&
        compatible(o),
    );
    if (stated) issuerOf.set(hit, { name: orgNameOfSpan(stated)!, also: [], si, end: hit.end });
  }
  const documents = new Map<string, ExtractedDocument>(f.documents);
  for (const [hit, iss] of issuerOf) {
    const key = hit.code ?? matchKey(hit.name!);
    const doc = documents.get(key);
    if (doc && !doc.issuer) documents.set(key, { ...doc, issuer: iss.name });
  }
  return { ...f, issuerOf, documents };
}

/** One ISSUED per issuer (and co-issuer) of each document. */
export function issuedRelations(f: ArticleFacts & IssuerLayer): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const [hit, iss] of f.issuerOf) {
    for (const organization of [iss.name, ...iss.also]) {
      out.push({
        type: 'ISSUED',
        organization,
        document: hit.code ?? hit.name!,
        evidence: evidenceOf(f.article, iss.si, hit.start, Math.max(iss.end, hit.end)),
      });
    }
  }
  return out;
}
