// Component 9, implements: every document of a sentence with an implementing cue ("implementing",
// "carry out", "in the spirit of") is carried out by the body that is the sentence's subject — the
// last body before the cue, else the first after it, never the document's own issuer — else by the
// body the article is about; with none of these the implementer is left open (null). An anaphor
// ("The department is implementing …") names the body it refers to; organisers who hold the meeting
// to carry a document out implement it together, its issuer among them (decision 0057). A sentence
// naming no document but "the resolution" carries out the last coded resolution named before it.
import { evidenceOf } from '../../evidence.ts';
import {
  ADDRESSEE_BEFORE_CUE,
  ANAPHORIC_BODY_NOUNS,
  DOCUMENT_ANAPHOR,
  PLACE_SUBJECT_BEFORE_CUE,
  REPLACED_BEFORE_DOCUMENT,
} from '../lexicon.ts';
import { findPlace } from '../../../lexicon/shared/provinces.ts';
import { anaphorAt, type BodyPhrase } from '../body-phrase.ts';
import type {
  BodyElement,
  BodyLayer,
  DocumentElement,
  DocumentLayer,
  Element,
  EventLayer,
  KeyedRelation,
  ParticipationLayer,
  PhraseLayer,
  TokenLayer,
} from './article.ts';
import { matchesOf } from '../../../base/matches.ts';

export function readImplements(
  doc: TokenLayer & PhraseLayer & BodyLayer & DocumentLayer & ParticipationLayer & EventLayer,
): KeyedRelation[] {
  const { article, orgNameOf, organizers } = doc;
  // Every body that issued each document, co-issuers too ("of the Politburo and the Secretariat"):
  // none of them is the body carrying the document out (decision 0052).
  const issuersOf = new Map<string, Set<string>>();
  for (const { relation } of doc.issued) {
    const code = relation.document!;
    if (!issuersOf.has(code)) issuersOf.set(code, new Set());
    issuersOf.get(code)!.add(relation.organization!);
  }
  // The body the article is about, for a sentence that leaves its subject unstated ("It
  // implemented …", "all cells carried out …"): the event's organiser, else the first body the
  // article names that is not only the issuer of its documents — the Politburo issues a directive,
  // the committee the report is about carries it out (as the Vietnamese recogniser reads it).
  // Filled by a loop, in the same order: no array per document (decision 0077).
  const issuers = new Set<string>();
  for (const set of issuersOf.values()) for (const issuer of set) issuers.add(issuer);
  const articleBody =
    organizers.length > 0
      ? organizers
      : doc.bodyMentions
          .map((m) => orgNameOf(m.body, m.body.start))
          .filter((name): name is string => !!name && !issuers.has(name))
          .slice(0, 1);
  const out: KeyedRelation[] = [];
  for (const cue of doc.implementsCues) {
    const els = doc.elementsBySentence[cue.sentence]!;
    const named = els
      .filter((e): e is DocumentElement => e.kind === 'document')
      // "Regulation No. 131-QĐ/TW, which replaced Regulation No. 105-QĐ/TW": the replaced one is not
      // carried out (patterns.tsv replaced-before-document, decision 0135)
      .filter(
        (e) => !REPLACED_BEFORE_DOCUMENT.test(doc.text.slice(Math.max(0, e.doc.start - 30), e.doc.start)),
      )
      .map((e) => ({ key: e.doc.key, start: e.doc.start, end: e.doc.end }));
    const inSentence = named.length ? named : documentAnaphor(doc, cue);
    if (!inSentence.length) continue;
    const codes = new Set(inSentence.map((e) => e.key));
    const candidates = els
      .filter((e): e is BodyElement => e.kind === 'body' && !e.body.generic)
      .map((e) => ({ body: e.body, name: orgNameOf(e.body, e.body.start) }))
      .filter(
        (c): c is { body: BodyPhrase; name: string } =>
          !!c.name && ![...codes].some((code) => issuersOf.get(code)?.has(c.name!)),
      );
    const subjectBefore = candidates.filter((c) => c.body.end <= cue.start).at(-1);
    const subjectAfter = candidates.find((c) => c.body.start >= cue.end);
    // "The department is implementing Directive …": a lower-case noun referring back to a body
    // named earlier is the subject when no body is named before the cue (decision 0057).
    const anaphorSubject = subjectBefore ? null : anaphorBefore(doc, els, cue.start, articleBody);
    const sentenceStart = article.sentences[cue.sentence]!.start;
    // "A asked the union to carry out …": the addressee implements (decision 0135).
    const addressee = addresseeOf(doc, els, sentenceStart, cue.start, articleBody);
    // "Ha Tinh is carrying out …": the place's body the article names first (decision 0135).
    const placeSubject =
      subjectBefore || anaphorSubject ? null : placeSubjectOf(doc, sentenceStart, cue.start, issuers);
    const implementers: (string | null)[] = addressee
      ? [addressee]
      : placeSubject
        ? [placeSubject]
        : subjectBefore
          ? // "The Politburo and the Secretariat held a conference to disseminate Resolution … of the
            // Politburo": the organisers who hold it carry it out together, its issuer among them.
            organizers.includes(subjectBefore.name)
            ? organizers
            : [subjectBefore.name]
          : anaphorSubject
            ? [anaphorSubject]
            : subjectAfter
              ? [subjectAfter.name]
              : articleBody.length
                ? articleBody
                : // No body in the whole article: the implementer stays open.
                  [null];
    for (const code of codes) {
      const docEl = inSentence.find((e) => e.key === code)!;
      for (const org of implementers) {
        out.push({
          key: `M|${org ?? ''}|${code}`,
          relation: {
            type: 'IMPLEMENTS',
            organization: org,
            document: code,
            evidence: evidenceOf(
              article,
              cue.sentence,
              Math.min(cue.start, docEl.start),
              Math.max(cue.end, docEl.end),
            ),
          },
        });
      }
    }
  }
  return out;
}

/**
 * The body a speaker or a body asks, urges or tasks to carry a document out (patterns.tsv
 * addressee-before-cue, decision 0135): a named body in the addressee, else, for a generic or lower-case
 * one ("the union", "the Youth Union"), the body the article is about when its name holds the noun, else
 * the nearest body named before with it; null when the addressee names no body.
 */
function addresseeOf(
  doc: TokenLayer & PhraseLayer & BodyLayer,
  els: Element[],
  sentenceStart: number,
  cueStart: number,
  articleBody: readonly (string | null)[],
): string | null {
  const before = doc.text.slice(sentenceStart, cueStart);
  if (!before.includes(' to ')) return null;
  const m = ADDRESSEE_BEFORE_CUE.exec(before);
  if (!m) return null;
  const from = sentenceStart + m.index + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  for (const e of els) {
    if (e.kind !== 'body' || e.body.start < from || e.body.end > to || e.body.generic) continue;
    const name = doc.orgNameOf(e.body, e.body.start);
    if (name) return name;
  }
  const noun = (m[1]!.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[’']s$/, '');
  if (!ANAPHORIC_BODY_NOUNS.has(noun)) return null;
  const ofKind = (name: string | null | undefined): name is string =>
    !!name && name.toLowerCase().includes(noun);
  return (
    articleBody.find(ofKind) ??
    doc.bodyMentions
      .filter((b) => b.body.end <= from)
      .map((b) => doc.orgNameOf(b.body, b.body.start))
      .filter(ofKind)
      .at(-1) ??
    null
  );
}

/**
 * A province or city named alone as the subject before the cue (patterns.tsv place-subject-before-cue,
 * decision 0135): the first body the article names with the place's name, not an issuer; else null.
 */
function placeSubjectOf(
  doc: TokenLayer & PhraseLayer & BodyLayer,
  sentenceStart: number,
  cueStart: number,
  issuers: ReadonlySet<string>,
): string | null {
  const m = PLACE_SUBJECT_BEFORE_CUE.exec(doc.text.slice(sentenceStart, cueStart));
  if (!m || !findPlace(m[1]!)) return null;
  const place = m[1]!.toLowerCase();
  for (const b of doc.bodyMentions) {
    const name = doc.orgNameOf(b.body, b.body.start);
    if (name && !issuers.has(name) && name.toLowerCase().includes(place)) return name;
  }
  return null;
}

/**
 * The body a lower-case anaphor before `before` refers to ("The department is implementing …"): "the"
 * and a noun of body-words.tsv's anaphor class — the body the article is about when it is of that
 * kind ("The committee agreed to keep implementing …" after the Provincial Party Committee's
 * conference), else the nearest earlier body of that kind.
 */
function anaphorBefore(
  doc: PhraseLayer & BodyLayer,
  els: Element[],
  before: number,
  articleBody: readonly (string | null)[],
): string | null {
  for (let k = els.length - 1; k > 0; k--) {
    const e = els[k]!;
    if (e.kind !== 'token' || e.token.end > before) continue;
    const previous = els[k - 1]!;
    if (previous.kind !== 'token' || previous.token.key !== 'the') continue;
    const anaphor = anaphorAt(doc.phraseContext, e.first);
    if (!anaphor) continue;
    const noun = anaphor.anaphor!;
    return (
      articleBody.find((name) => name?.toLowerCase().includes(noun)) ?? doc.orgNameOf(anaphor, anaphor.start)
    );
  }
  return null;
}

/**
 * "… to carry out the resolution on science and technology": an implementing sentence that names no
 * document but "the <kind>" (patterns.tsv, document-anaphor) carries out the last coded document of
 * that kind the article named before it; with none, nothing.
 */
function documentAnaphor(
  doc: TokenLayer & DocumentLayer,
  cue: ParticipationLayer['implementsCues'][number],
): { key: string; start: number; end: number }[] {
  const sentence = doc.article.sentences[cue.sentence]!;
  const text = doc.text.slice(sentence.start, sentence.end);
  for (const m of matchesOf(DOCUMENT_ANAPHOR, text)) {
    const start = sentence.start + m.index;
    if (start < cue.start) continue;
    const kind = m[1]!.toLowerCase();
    let last: { key: string; at: number } | null = null;
    for (const [key, d] of doc.documents) {
      if (!d.code || d.type.toLowerCase() !== kind) continue;
      for (const mention of d.mentions)
        if (mention.start < start && (!last || mention.start > last.at)) last = { key, at: mention.start };
    }
    return last ? [{ key: last.key, start, end: start + m[0].length }] : [];
  }
  return [];
}
