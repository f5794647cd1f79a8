// Component 3, phrases: each sentence read left to right into elements — a document reference, a
// person name, a post (with the body it names), a body name, an honorific — so that the later
// components read relations from the order of elements, not of words. Acronyms defined in brackets
// ("People's Committee (PPC)") are learnt on the way and name their body from then on.
import { readBody, type BodyPhrase } from '../body-phrase.ts';
import { wordKey } from '../lexicon.ts';
import { honorificAt, shortNameInBrackets, startsNoPhrase, type PhraseContext } from '../phrase-words.ts';
import { ministerHeadWithinReach, readPost } from '../post-phrase.ts';
import type { Element, PersonLayer, PhraseLayer, TokenLayer } from './article.ts';
import { wordEnd } from '../tokens.ts';

/**
 * Words after a body that make the phrase a place named after it: "the National Assembly building".
 * Not after a possessive: "the Ministry of Public Security's headquarters" names the ministry as
 * its owner (decision 0052).
 */
const PLACE_AFTER_BODY = new Set(['building', 'buildings', 'headquarters', 'hall', 'compound', 'house']);

export function readPhrases(doc: TokenLayer & PersonLayer): PhraseLayer {
  const { tokens, text, article } = doc;
  const ctx: PhraseContext = {
    tokens,
    text,
    nameStarts: new Set(doc.personNames.map((n) => n.first)),
    blocked: doc.blocked,
    acronyms: new Set(),
    portfolioHeads: null,
    lastBodyRead: null,
  };
  const acronymBody = new Map<string, string>();
  const elementsBySentence: Element[][] = article.sentences.map(() => []);
  const bodyMentions: { body: BodyPhrase; sentence: number }[] = [];
  const addBody = (body: BodyPhrase, sentence: number) => {
    if (!body.generic && !body.anaphor) bodyMentions.push({ body, sentence });
  };
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (t.sentence < 0) {
      i++;
      continue;
    }
    const out = elementsBySentence[t.sentence]!;
    const document = doc.documentAtToken.get(i);
    if (document) {
      out.push({ kind: 'document', doc: document.doc, first: i, last: document.last });
      i = document.last + 1;
      continue;
    }
    const name = doc.nameAt.get(i);
    if (name) {
      out.push({ kind: 'person', name, first: i, last: name.last });
      i = name.last + 1;
      continue;
    }
    if (doc.blocked(i)) {
      out.push({ kind: 'skip', first: i, last: i });
      i++;
      continue;
    }
    // Most tokens start no phrase: answered by one look-up instead of each reader in turn (a
    // lower-case word before a minister's title may start a portfolio: "public security minister").
    if (startsNoPhrase(t) && !ministerHeadWithinReach(ctx, i)) {
      out.push({ kind: 'token', token: t, first: i, last: i });
      i++;
      continue;
    }
    const post = readPost(ctx, i);
    if (post) {
      if (post.body) addBody(post.body, t.sentence);
      if (post.acronym && post.body && !post.body.generic) {
        ctx.acronyms.add(post.acronym);
        acronymBody.set(post.acronym, post.body.text);
      }
      if (post.impliedBody) {
        // "Politburo member": the post names its body; the body's word is a mention of it.
        const key = wordKey(post.impliedBody);
        for (let k = post.first; k <= post.last; k++) {
          const word = tokens[k]!;
          if (word.key !== key) continue;
          const end = wordEnd(word);
          addBody(
            {
              first: k,
              last: k,
              start: word.start,
              end,
              text: text.slice(word.start, end),
              generic: false,
              anaphor: null,
            },
            t.sentence,
          );
          break;
        }
      }
      out.push({ kind: 'post', post, first: i, last: post.last });
      i = post.last + 1;
      continue;
    }
    const body = readBody(ctx, i);
    if (body && !tokens[body.last]!.possessive && PLACE_AFTER_BODY.has(tokens[body.last + 1]?.key ?? '')) {
      out.push({ kind: 'skip', first: i, last: body.last + 1 });
      i = body.last + 2;
      continue;
    }
    if (body) {
      addBody(body, t.sentence);
      out.push({ kind: 'body', body, first: i, last: body.last });
      let next = body.last + 1;
      if (shortNameInBrackets(tokens, next + 1) && !body.generic) {
        ctx.acronyms.add(tokens[next + 1]!.text);
        acronymBody.set(tokens[next + 1]!.text, body.text);
        next += 3;
      }
      i = next;
      continue;
    }
    const honorific = honorificAt(tokens, i, ctx.nameStarts);
    if (honorific) {
      out.push({ kind: 'skip', first: i, last: i + honorific - 1 });
      i += honorific;
      continue;
    }
    if (t.key === 'born' && tokens[i + 1]?.key === 'in' && tokens[i + 2]?.kind === 'number') {
      out.push({ kind: 'skip', first: i, last: i + 2 });
      i += 3;
      continue;
    }
    out.push({ kind: 'token', token: t, first: i, last: i });
    i++;
  }
  return { elementsBySentence, bodyMentions, acronymBody, phraseContext: ctx };
}
