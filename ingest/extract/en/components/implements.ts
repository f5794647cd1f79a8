// Component 9, implements: every document of a sentence with an implementing cue ("implementing",
// "carry out", "in the spirit of") is carried out by the body that is the sentence's subject — the
// last body before the cue, else the first after it, never the document's own issuer — else by the
// organiser of the article's event; with none of these the implementer is left open (null).
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
        : organizers.length
          ? organizers
          : // Left unstated: the graph keeps only claims whose sentence names both ends.
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
