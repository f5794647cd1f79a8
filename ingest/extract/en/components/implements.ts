// Component 9, implements: every document of a sentence with an implementing cue ("implementing",
// "carry out", "in the spirit of") is carried out by the body that is the sentence's subject — the
// last body before the cue, else the first after it, never the document's own issuer — else by the
// body the article is about; with none of these the implementer is left open (null).
import { evidenceOf } from '../../evidence.ts';
import type { BodyPhrase } from '../body-phrase.ts';
import type {
  BodyElement,
  BodyLayer,
  DocumentElement,
  DocumentLayer,
  EventLayer,
  KeyedRelation,
  ParticipationLayer,
  PhraseLayer,
  TokenLayer,
} from './article.ts';

export function readImplements(
  doc: TokenLayer & PhraseLayer & BodyLayer & DocumentLayer & ParticipationLayer & EventLayer,
): KeyedRelation[] {
  const { article, orgNameOf, organizers } = doc;
  const issuerOf = (code: string) => doc.documents.get(code)?.issuer ?? null;
  // The body the article is about, for a sentence that leaves its subject unstated ("It
  // implemented …", "all cells carried out …"): the event's organiser, else the first body the
  // article names that is not only the issuer of its documents — the Politburo issues a directive,
  // the committee the report is about carries it out (as the Vietnamese recogniser reads it).
  const issuers = new Set([...doc.documents.values()].flatMap((d) => (d.issuer ? [d.issuer] : [])));
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
    const inSentence = els.filter((e): e is DocumentElement => e.kind === 'document');
    if (!inSentence.length) continue;
    const codes = new Set(inSentence.map((e) => e.doc.key));
    const candidates = els
      .filter((e): e is BodyElement => e.kind === 'body' && !e.body.generic)
      .map((e) => ({ body: e.body, name: orgNameOf(e.body, e.body.start) }))
      .filter(
        (c): c is { body: BodyPhrase; name: string } =>
          !!c.name && ![...codes].some((code) => issuerOf(code) === c.name),
      );
    const subjectBefore = candidates.filter((c) => c.body.end <= cue.start).at(-1);
    const subjectAfter = candidates.find((c) => c.body.start >= cue.end);
    const implementers: (string | null)[] = subjectBefore
      ? [subjectBefore.name]
      : subjectAfter
        ? [subjectAfter.name]
        : articleBody.length
          ? articleBody
          : // No body in the whole article: the implementer stays open.
            [null];
    for (const code of codes) {
      const docEl = inSentence.find((e) => e.doc.key === code)!;
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
              Math.min(cue.start, docEl.doc.start),
              Math.max(cue.end, docEl.doc.end),
            ),
          },
        });
      }
    }
  }
  return out;
}
