// The English recogniser: the same Recogniser interface as the Vietnamese one, for reports of
// Vietnam's party and state in English (Vietnam News, VnExpress International, Nhân Dân English,
// provincial papers' English pages).
//
// segment: compromise's sentence splitter (segment.ts). extract: one shared article document that
// named components, in order, each extend with their layer (components/article.ts):
//
//   tokens → persons → phrases → bodies → posts → documents → participation → events → implements
//
// Names are output as the English text writes them (with or without diacritics); resolving them
// onto the Vietnamese nodes is the resolver's job (see bilingual.ts).
import type { Recogniser, SegmentedArticle } from '../../types.ts';
import { findEnglishAppointments } from './appointments.ts';
import { distinctRelations, type EnglishArticle } from './components/article.ts';
import { readBodies } from './components/bodies.ts';
import { readDocuments } from './components/documents.ts';
import { readEvents } from './components/events.ts';
import { readImplements } from './components/implements.ts';
import { readParticipation } from './components/participation.ts';
import { readPersons } from './components/persons.ts';
import { readPhrases } from './components/phrases.ts';
import { readPosts } from './components/posts.ts';
import { readTokens } from './components/tokens.ts';
import { segmentEnglish } from './segment.ts';
import { unnamed } from '../../base/unnamed.ts';

/**
 * The article read by every component, in order: each one sees the layers before it. The layers are
 * gathered on one object (Object.assign, not a spread per component: copying the growing document
 * eight times was 2.5 % of English extraction); no component writes to a property it did not add.
 */
export function readEnglishArticle(article: SegmentedArticle): EnglishArticle {
  const tokens = readTokens(article);
  const persons = Object.assign(tokens, readPersons(tokens));
  const phrases = Object.assign(persons, readPhrases(persons));
  const bodies = Object.assign(phrases, readBodies(phrases));
  const posts = Object.assign(bodies, readPosts(bodies));
  const documents = Object.assign(posts, readDocuments(posts));
  const participation = Object.assign(documents, readParticipation(documents));
  return Object.assign(participation, readEvents(participation));
}

export function extractEnglish(article: SegmentedArticle) {
  const doc = readEnglishArticle(article);
  const persons = doc.persons;
  return {
    persons: [...persons.values()],
    organizations: doc.organizations,
    documents: [...doc.documents.values()],
    events: doc.events,
    relations: distinctRelations(doc.positions, doc.eventRelations, doc.issued, readImplements(doc)),
    authors: [...new Set(doc.credits.map((c) => c.name))],
    appointments: findEnglishAppointments(article, doc.elementsBySentence, {
      personName: unnamed((n) => persons.get(doc.personKey(n))?.name ?? n.text),
      orgNameOf: doc.orgNameOf,
      orgNamed: doc.orgNamed,
    }),
  };
}

const recogniser: Recogniser = {
  language: 'en',
  segment: segmentEnglish,
  extract: extractEnglish,
};
export default recogniser;
