// HOLDS_POSITION: one relation per (person, post) written at the name; a former post ("nguyên …")
// is a title, not a post held. A fused post ("Tỉnh ủy viên") names no separate body.
import { evidenceOf } from '../evidence.ts';
import type { ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, ClauseLayer } from './doc.ts';

export function holdsPositions(f: ArticleFacts & ClauseLayer): ExtractedRelation[] {
  const { article, tokens, sentenceOfToken, orgNameOfSpan, personName } = f;
  const out: ExtractedRelation[] = [];
  for (const n of f.names) {
    const person = personName(n);
    for (const p of n.posts) {
      if (p.former) continue;
      const role = p.entry.role ?? article.text.slice(tokens[p.from]!.start, tokens[p.headTo - 1]!.end);
      const organization = p.entry.kind === 'fused' ? null : orgNameOfSpan(p.org);
      const start = tokens[n.from]!.start;
      const end = tokens[p.to - 1]!.end;
      const si = sentenceOfToken(p.from);
      out.push({
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
  return out;
}
