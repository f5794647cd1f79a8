// The relations component: the relation rules over the article document, each in its own module,
// run in this order (ISSUED before IMPLEMENTS, whose subject may be a document's issuer):
// HOLDS_POSITION (holds-position.ts), CHAIRED / ATTENDED (attendance.ts), ISSUED (issued.ts),
// IMPLEMENTS (implements.ts), ORGANIZED and the events (organized.ts). A relation stated twice is
// kept once, with the evidence of its first statement.
import type { ExtractedRelation } from '../../types.ts';
import type { ArticleFacts, IssuerLayer, RelationLayer } from './doc.ts';
import { clauseLayer } from './clauses.ts';
import { holdsPositions } from './holds-position.ts';
import { attendance } from './attendance.ts';
import { issuedRelations, issuerLayer } from './issued.ts';
import { implementsRelations } from './implements.ts';
import { organizedEvents } from './organized.ts';

/** The first statement of each relation; values come from the NFC article text, so lower case is key enough. */
function firstOfEach(relations: ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = [r.type, r.person, r.role, r.organization, r.document, r.event]
      .map((x) => (x == null ? '' : x.toLowerCase()))
      .join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function relationLayer<D extends ArticleFacts>(doc: D): D & IssuerLayer & RelationLayer {
  const f = issuerLayer(clauseLayer(doc));
  const organized = organizedEvents(f);
  const relations = firstOfEach([
    ...holdsPositions(f),
    ...attendance(f),
    ...issuedRelations(f),
    ...implementsRelations(f),
    ...organized.relations,
  ]);
  return { ...doc, issuerOf: f.issuerOf, documents: f.documents, relations, events: organized.events };
}
