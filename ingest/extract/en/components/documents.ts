// Component 6, documents: each document once, with its mentions, and who issued it — "the
// Politburo's Directive …", "Directive … of / issued by the Politburo", "the Politburo issued
// Resolution …" — with a body joined to the issuer by "and" as a co-issuer ("of the Politburo and
// the Secretariat"), and every number of a list ("Directives 05 and 35 of the Politburo", "the
// Politburo's Directives 05 and 35", decision 0105).
import type { ExtractedDocument } from '../../../types.ts';
import { evidenceOf } from '../../evidence.ts';
import type { BodyPhrase } from '../body-phrase.ts';
import {
  DOCUMENT_LIST_JOINER,
  DOCUMENT_LIST_TAIL,
  ISSUED_BEFORE_DOCUMENT,
  ISSUER_AFTER_DOCUMENT,
  PLENUM_BEFORE_DOCUMENT,
} from '../lexicon.ts';
import type { BodyLayer, DocumentLayer, KeyedRelation, PhraseLayer, TokenLayer } from './article.ts';
import { ORDINAL_PREFIX } from './bodies.ts';
import { unnamed } from '../../../base/unnamed.ts';

export function readDocuments(doc: TokenLayer & PhraseLayer & BodyLayer): DocumentLayer {
  const { article, text, tokens, orgNameOf } = doc;
  const documents = new Map<string, ExtractedDocument>();
  const issued: KeyedRelation[] = [];
  // The last mention read and the issuer written before it ("the Politburo's", "the Politburo
  // issued"): the next member of its list ("Directives 05 and 35") has the same issuer.
  let last: { end: number; sentence: number; issuerBefore: BodyPhrase | null } | null = null;
  const bodyBefore = (at: number, sentence: number): BodyPhrase | null => {
    let found: BodyPhrase | null = null;
    for (const m of doc.bodyMentions) {
      if (m.body.end > at) break;
      if (m.sentence >= sentence - 1 && !m.body.generic && !m.body.anaphor) found = m.body;
    }
    return found;
  };
  const committeeBefore = (at: number): BodyPhrase | null => {
    let found: BodyPhrase | null = null;
    for (const m of doc.bodyMentions) {
      if (m.body.end > at) break;
      if (!m.body.generic && !m.body.anaphor && /\b(?:Central|Party) Committee$/.test(m.body.text))
        found = m.body;
    }
    return found;
  };
  for (const mention of doc.documentMentions) {
    const sentence = doc.sentenceOf(mention.start);
    if (sentence < 0) continue;
    if (!documents.has(mention.key)) {
      documents.set(mention.key, {
        code: mention.code,
        name: mention.name,
        type: mention.type,
        number: mention.number,
        issuerCode: mention.issuerCode,
        date: mention.date,
        issuer: null,
        subject: null,
        mentions: [],
      });
    }
    const d = documents.get(mention.key)!;
    d.date ??= mention.date;
    d.mentions.push({
      start: mention.start,
      end: mention.end,
      text: text.slice(mention.start, mention.end),
      sentence,
    });
    const els = doc.elementsBySentence[sentence]!;
    const at = els.findIndex((e) => e.kind === 'document' && e.doc === mention);
    // A loop, not flatMap: flatMap made an array per element of the sentence (decision 0077).
    const bodies: BodyPhrase[] = [];
    for (const e of els) if (e.kind === 'body' && !e.body.generic) bodies.push(e.body);
    let issuer: BodyPhrase | null = null;
    const prev = els[at - 1];
    if (prev?.kind === 'body' && tokens[prev.body.last]!.possessive && !prev.body.generic) issuer = prev.body;
    // "The National Assembly has moved. Its Resolution No. …": "its" right before the document is the
    // last body named before it, in its sentence or the one before (decision 0127).
    if (!issuer && prev?.kind === 'token' && prev.token.key === 'its')
      issuer = bodyBefore(mention.start, sentence);
    // "The plenum adopted Resolution No. …": the committee whose plenum it is (patterns.tsv
    // plenum-before-document; decision 0127). The literal first: most sentences hold no plenum.
    if (!issuer) {
      const from = article.sentences[sentence]!.start;
      const before = text.slice(from, mention.start);
      if (before.includes('lenum') && PLENUM_BEFORE_DOCUMENT.test(before))
        issuer = committeeBefore(mention.start);
    }
    issuer ??=
      bodies.find(
        (b) =>
          b.start >= mention.end &&
          ISSUER_AFTER_DOCUMENT.test(
            text.slice(mention.end, b.start).replace(DOCUMENT_LIST_TAIL, '').replace(ORDINAL_PREFIX, ''),
          ),
      ) ?? null;
    issuer ??=
      [...bodies]
        .reverse()
        .find(
          (b) => b.end <= mention.start && ISSUED_BEFORE_DOCUMENT.test(text.slice(b.end, mention.start)),
        ) ?? null;
    if (
      !issuer &&
      last?.issuerBefore &&
      last.sentence === sentence &&
      DOCUMENT_LIST_JOINER.test(text.slice(last.end, mention.start))
    )
      issuer = last.issuerBefore;
    last = {
      end: mention.end,
      sentence,
      issuerBefore: issuer && issuer.end <= mention.start ? issuer : null,
    };
    // "of the Politburo and the Secretariat", "The Politburo and the Secretariat issued …":
    // a body joined to the issuer by "and" issued the document with it.
    const joinedByAnd = unnamed((a: BodyPhrase, b: BodyPhrase) =>
      /^\s*and\s+(?:the\s+)?$/i.test(text.slice(a.end, b.start)),
    );
    const coIssuer = !issuer
      ? null
      : issuer.start >= mention.end
        ? (bodies.find((b) => b.start >= issuer!.end && joinedByAnd(issuer!, b)) ?? null)
        : ([...bodies].reverse().find((b) => b.end <= issuer!.start && joinedByAnd(b, issuer!)) ?? null);
    for (const body of issuer ? [issuer, ...(coIssuer ? [coIssuer] : [])] : []) {
      const org = orgNameOf(body, body.start);
      if (!org) continue;
      d.issuer ??= org;
      issued.push({
        key: `I|${org}|${mention.key}`,
        relation: {
          type: 'ISSUED',
          organization: org,
          document: mention.key,
          evidence: evidenceOf(
            article,
            sentence,
            Math.min(body.start, mention.start),
            Math.max(body.end, mention.end),
          ),
        },
      });
    }
  }
  return { documents, issued };
}
