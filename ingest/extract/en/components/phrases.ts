// Component 3, phrases: each sentence read left to right into elements — a document reference, a
// person name, a post (with the body it names), a body name, an honorific — so that the later
// components read relations from the order of elements, not of words. Acronyms defined in brackets
// ("People's Committee (PPC)") are learnt on the way and name their body from then on.
import { ownerBodyIn, readBody, type BodyPhrase } from '../body-phrase.ts';
import { wordKey } from '../lexicon.ts';
import { honorificAt, shortNameInBrackets, startsNoPhrase, type PhraseContext } from '../phrase-words.ts';
import { ministerHeadWithinReach, readPost } from '../post-phrase.ts';
import { makeElement, type Element, type PersonLayer, type PhraseLayer, type TokenLayer } from './article.ts';
import { wordEnd } from '../tokens.ts';
import { unnamed } from '../../../base/unnamed.ts';

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
  const addBody = unnamed((body: BodyPhrase, sentence: number) => {
    if (body.generic || body.anaphor) return;
    // "the Ministry of Public Security's Department of …" names the ministry too (decision 0092).
    const owner = ownerBodyIn(ctx, body);
    if (owner) bodyMentions.push({ body: owner, sentence });
    bodyMentions.push({ body, sentence });
  });
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (t.sentence < 0) {
      i++;
      continue;
    }
    const out = elementsBySentence[t.sentence]!;
    const document = doc.documentAtToken.get(i);
    if (document) {
      out.push(
        makeElement('document', i, document.last, undefined, undefined, undefined, undefined, document.doc),
      );
      i = document.last + 1;
      continue;
    }
    const name = doc.nameAt.get(i);
    if (name) {
      out.push(makeElement('person', i, name.last, undefined, name, undefined, undefined, undefined));
      i = name.last + 1;
      continue;
    }
    if (doc.blocked(i)) {
      out.push(makeElement('skip', i, i, undefined, undefined, undefined, undefined, undefined));
      i++;
      continue;
    }
    // Most tokens start no phrase: answered by one look-up instead of each reader in turn (a
    // lower-case word before a minister's title may start a portfolio: "public security minister").
    if (startsNoPhrase(t) && !ministerHeadWithinReach(ctx, i)) {
      out.push(makeElement('token', i, i, t, undefined, undefined, undefined, undefined));
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
      out.push(makeElement('post', i, post.last, undefined, undefined, post, undefined, undefined));
      i = post.last + 1;
      continue;
    }
    const body = readBody(ctx, i);
    if (body && !tokens[body.last]!.possessive && PLACE_AFTER_BODY.has(tokens[body.last + 1]?.key ?? '')) {
      out.push(makeElement('skip', i, body.last + 1, undefined, undefined, undefined, undefined, undefined));
      i = body.last + 2;
      continue;
    }
    if (body) {
      addBody(body, t.sentence);
      out.push(makeElement('body', i, body.last, undefined, undefined, undefined, body, undefined));
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
      out.push(
        makeElement('skip', i, i + honorific - 1, undefined, undefined, undefined, undefined, undefined),
      );
      i += honorific;
      continue;
    }
    if (t.key === 'born' && tokens[i + 1]?.key === 'in' && tokens[i + 2]?.kind === 'number') {
      out.push(makeElement('skip', i, i + 2, undefined, undefined, undefined, undefined, undefined));
      i += 3;
      continue;
    }
    out.push(makeElement('token', i, i, t, undefined, undefined, undefined, undefined));
    i++;
  }
  return { elementsBySentence, bodyMentions, acronymBody, phraseContext: ctx };
}
