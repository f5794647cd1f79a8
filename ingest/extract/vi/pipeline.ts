// The Vietnamese components in order, each a pure function adding one layer to the article
// document (doc.ts): tokens and sentences → body spans → persons and their posts → bodies →
// documents → events → relations (with the issuers) → appointments. To add a rule, find the
// layer it reads and the one it adds; nothing else needs to change.
import type { Extraction, SegmentedArticle } from '../../types.ts';
import { tokenLayer } from './doc.ts';
import { bodyLayer, bodySpanLayer } from './bodies.ts';
import { personLayer } from './persons.ts';
import { documentLayer } from './documents.ts';
import { eventLayer } from './events.ts';
import { relationLayer } from './relations.ts';
import { findAppointments } from './appointments.ts';

export function extractVietnamese(article: SegmentedArticle): Omit<Extraction, 'id' | 'language'> {
  const doc = relationLayer(
    eventLayer(documentLayer(bodyLayer(personLayer(bodySpanLayer(tokenLayer(article)))))),
  );
  return {
    persons: doc.persons,
    organizations: doc.organizations,
    documents: [...doc.documents.values()],
    events: doc.events,
    relations: doc.relations,
    authors: [],
    appointments: findAppointments(doc),
  };
}
