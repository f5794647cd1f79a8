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
 * Every field of every layer, in the order the components add them, each undefined until its
 * component runs. The type takes each key of EnglishArticle once and no other, so a field added to
 * a layer's interface (components/article.ts) fails the type check until it is listed here.
 */
export const EMPTY_DOCUMENT: { [K in keyof EnglishArticle]: undefined } = {
  // tokens
  article: undefined,
  text: undefined,
  publishedAt: undefined,
  sentenceOf: undefined,
  tokens: undefined,
  documentMentions: undefined,
  credits: undefined,
  blocked: undefined,
  documentAtToken: undefined,
  // persons
  personNames: undefined,
  nameAt: undefined,
  personKey: undefined,
  personMentions: undefined,
  // phrases
  elementsBySentence: undefined,
  bodyMentions: undefined,
  acronymBody: undefined,
  phraseContext: undefined,
  // bodies
  organizations: undefined,
  orgNameOf: undefined,
  orgNamed: undefined,
  // posts
  persons: undefined,
  positions: undefined,
  // documents
  documents: undefined,
  issued: undefined,
  // participation
  chairs: undefined,
  attendees: undefined,
  implementsCues: undefined,
  meetingSentences: undefined,
  // events
  events: undefined,
  organizers: undefined,
  eventRelations: undefined,
};

/**
 * The article read by every component, in order: each one sees the layers before it. The layers are
 * gathered on one object (Object.assign, not a spread per component: copying the growing document
 * eight times was 2.5 % of English extraction); no component writes to a property it did not add.
 * The object starts as a copy of EMPTY_DOCUMENT, every field already there, so each layer's
 * assign only stores into fields it has: gathered onto the tokens layer's object instead, the 28th
 * field added by keyed stores left it a dictionary (decision 0093), read so by every later
 * component (decision 0099).
 */
export function readEnglishArticle(article: SegmentedArticle): EnglishArticle {
  const doc = { ...EMPTY_DOCUMENT } as unknown as EnglishArticle;
  Object.assign(doc, readTokens(article));
  Object.assign(doc, readPersons(doc));
  Object.assign(doc, readPhrases(doc));
  Object.assign(doc, readBodies(doc));
  Object.assign(doc, readPosts(doc));
  Object.assign(doc, readDocuments(doc));
  Object.assign(doc, readParticipation(doc));
  return Object.assign(doc, readEvents(doc));
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
