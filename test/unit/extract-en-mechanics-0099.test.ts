// Speed change of decision 0099, held to the form it replaces: the English article document starts
// with every layer's field declared (EMPTY_DOCUMENT) instead of growing on the tokens layer's object.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBodies } from '../../ingest/extract/en/components/bodies.ts';
import { readDocuments } from '../../ingest/extract/en/components/documents.ts';
import { readEvents } from '../../ingest/extract/en/components/events.ts';
import { readParticipation } from '../../ingest/extract/en/components/participation.ts';
import { readPersons } from '../../ingest/extract/en/components/persons.ts';
import { readPhrases } from '../../ingest/extract/en/components/phrases.ts';
import { readPosts } from '../../ingest/extract/en/components/posts.ts';
import { readTokens } from '../../ingest/extract/en/components/tokens.ts';
import { EMPTY_DOCUMENT, readEnglishArticle } from '../../ingest/extract/en/index.ts';
import { segmentArticle } from '../../ingest/pipeline.ts';
import type { ArticleRecord } from '../../ingest/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Written for this test: a meeting with a chair, attendees, posts, bodies and a coded document.
const ARTICLE = [
  'HANOI — Prime Minister Pham Minh Chinh chaired a conference of the Government on Friday, May 9.',
  'Deputy Minister of Finance Nguyen Van Phuc and Politburo member To Lam attended the conference.',
  'The Ministry of Finance will implement Directive 05-CT/TW of the Politburo on studying Ho Chi Minh.',
].join(' ');
const record: ArticleRecord = {
  id: 't',
  url: null,
  language: 'en',
  publishedAt: '2025-05-14',
  title: null,
  text: ARTICLE,
};

/** readEnglishArticle as it was before decision 0099: the layers assigned onto the tokens layer. */
function readBefore(article: ReturnType<typeof segmentArticle>) {
  const tokens = readTokens(article);
  const persons = Object.assign(tokens, readPersons(tokens));
  const phrases = Object.assign(persons, readPhrases(persons));
  const bodies = Object.assign(phrases, readBodies(phrases));
  const posts = Object.assign(bodies, readPosts(bodies));
  const documents = Object.assign(posts, readDocuments(posts));
  const participation = Object.assign(documents, readParticipation(documents));
  return Object.assign(participation, readEvents(participation));
}

/** A value with every function in it replaced by a marker, Maps and Sets as entry arrays. */
function plain(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value === 'function') return 'function';
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (value instanceof Map) return [...value].map(([k, v]) => [plain(k, seen), plain(v, seen)]);
  if (value instanceof Set) return [...value].map((v) => plain(v, seen));
  if (Array.isArray(value)) return value.map((v) => plain(v, seen));
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = plain(v, seen);
  return out;
}

describe('the English article document declared whole (decision 0099)', () => {
  it('lists every field the components add, in their order, and no other', () => {
    const before = readBefore(segmentArticle(record));
    expect(Object.keys(EMPTY_DOCUMENT)).toEqual(Object.keys(before));
    expect(Object.keys(readEnglishArticle(segmentArticle(record)))).toEqual(Object.keys(before));
  });

  it('holds what the earlier form held, field by field', () => {
    const before = readBefore(segmentArticle(record)) as unknown as Record<string, unknown>;
    const after = readEnglishArticle(segmentArticle(record)) as unknown as Record<string, unknown>;
    for (const key of Object.keys(before)) {
      const [b, a] = [before[key], after[key]];
      // closures are made per article: compared below by what they answer
      expect(plain(a), key).toEqual(plain(b));
    }
    const b = before as unknown as ReturnType<typeof readEnglishArticle>;
    const a = after as unknown as ReturnType<typeof readEnglishArticle>;
    for (let offset = 0; offset < ARTICLE.length; offset += 7)
      expect(a.sentenceOf(offset)).toBe(b.sentenceOf(offset));
    for (let i = 0; i < a.tokens.length; i++) expect(a.blocked(i)).toBe(b.blocked(i));
    for (const name of a.personNames) expect(a.personKey(name)).toBe(b.personKey(name));
    for (const { body } of a.bodyMentions)
      expect(a.orgNameOf(body, body.start)).toBe(b.orgNameOf(body, body.start));
    expect(a.chairs.size + a.attendees.size).toBeGreaterThan(0);
  });

  it('keeps fast properties (the earlier form ends a dictionary)', () => {
    // V8's own answer, in a child process: %HasFastProperties needs --allow-natives-syntax.
    const probe = (form: 'now' | 'before') =>
      execFileSync(
        process.execPath,
        [
          '--allow-natives-syntax',
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `import { readEnglishArticle } from './ingest/extract/en/index.ts';
           import { segmentArticle } from './ingest/pipeline.ts';
           const doc = ${form === 'now' ? 'readEnglishArticle(segmentArticle(JSON.parse(process.argv[1])))' : 'null'};
           let obj = doc;
           if (!obj) {
             const { readTokens } = await import('./ingest/extract/en/components/tokens.ts');
             const { readPersons } = await import('./ingest/extract/en/components/persons.ts');
             const { readPhrases } = await import('./ingest/extract/en/components/phrases.ts');
             const { readBodies } = await import('./ingest/extract/en/components/bodies.ts');
             const { readPosts } = await import('./ingest/extract/en/components/posts.ts');
             const { readDocuments } = await import('./ingest/extract/en/components/documents.ts');
             const { readParticipation } = await import('./ingest/extract/en/components/participation.ts');
             const { readEvents } = await import('./ingest/extract/en/components/events.ts');
             obj = readTokens(segmentArticle(JSON.parse(process.argv[1])));
             for (const read of [readPersons, readPhrases, readBodies, readPosts, readDocuments, readParticipation, readEvents])
               Object.assign(obj, read(obj));
           }
           process.stdout.write(String(%HasFastProperties(obj)));`,
          JSON.stringify(record),
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
    expect(probe('before')).toBe('false');
    expect(probe('now')).toBe('true');
  }, 30_000);
});
