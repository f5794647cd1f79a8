// The clauses component: the relation verbs of verbs.tsv found in the text, and per-sentence
// indexes of verbs, names, bodies and documents, so that no relation rule scans the whole article
// for each verb (a 10 MB article stays linear).
import type { ArticleFacts, ClauseLayer, VerbAt } from './doc.ts';
import { groupBy } from './doc.ts';
import { pattern, VERBS, type VerbEntry } from './lexicon.ts';
import { keysBetween, type Token } from './tokens.ts';
import { unnamed } from '../../base/unnamed.ts';

// "Về phía tỉnh Bắc Ninh có ông A, …; ông B, …": a side of the meeting named by its place or body
// before "có" lists attendees, as the literal sides of verbs.tsv do (patterns side-opening,
// side-list-cue, side-words-at-most; decision 0134).
const SIDE_OPENING = new RegExp(pattern('side-opening'), 'u');
const SIDE_LIST_CUE = new RegExp(pattern('side-list-cue'), 'u');
const SIDE_WORDS_AT_MOST = Number(pattern('side-words-at-most'));

/** "Về phía <side> có" at token i, the side one to a few words with no mark: the cue's end, else null. */
function sideCueEnd(tokens: Token[], i: number): number | null {
  if (i + 2 >= tokens.length || !SIDE_OPENING.test(keysBetween(tokens, i, i + 2))) return null;
  for (let k = i + 3; k < Math.min(tokens.length, i + 3 + SIDE_WORDS_AT_MOST); k++) {
    const t = tokens[k]!;
    if (!t.word || !t.spaceBefore) return null;
    if (SIDE_LIST_CUE.test(t.key)) return k + 1;
  }
  return null;
}

export function clauseLayer<D extends ArticleFacts>(f: D): D & ClauseLayer {
  const { tokens } = f;
  const sentenceOfToken = unnamed((i: number) => f.sentenceAt(tokens[i]!.start));
  const orgsBySentence = groupBy(f.orgSpans, (o) => sentenceOfToken(o.from));
  const hitsBySentence = groupBy(f.documentHits, (h) => f.sentenceAt(h.start));
  // Words inside quotation marks are the quoted speaker's, not the report's: a verb there
  // ("… nhấn mạnh: “… là yêu cầu sống còn”") states no relation of the sentence.
  const quoted = quotedTokens(tokens);
  // A verb's words inside a body's name are the name's ("Trưởng Ban Chỉ đạo; đồng chí A …":
  // "Chỉ đạo" is no speech that cuts the list), as "dự" of "Ủy viên dự khuyết" is (decision 0115).
  const inBodyName = new Uint8Array(tokens.length);
  for (const o of f.orgSpans) inBodyName.fill(1, o.from + 1, o.to);
  const verbs: VerbAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i] || inBodyName[i]) continue;
    const m = VERBS.longest(tokens, i);
    if (!m) {
      const side = sideCueEnd(tokens, i);
      if (side === null) continue;
      const entry: VerbEntry = {
        words: keysBetween(tokens, i, side),
        relation: 'attend',
        direction: 'before',
      };
      verbs.push({ from: i, to: side, entry, sentence: sentenceOfToken(i) });
      i = side - 1;
      continue;
    }
    // 'none' rows are phrases holding a verb's word that state nothing ("Ủy viên dự khuyết"): skipped whole.
    if (m.value.relation !== 'none')
      verbs.push({ from: m.from, to: m.to, entry: m.value, sentence: sentenceOfToken(i) });
    i = m.to - 1;
  }
  const namesBySentence = groupBy(f.names, (n) => sentenceOfToken(n.from));
  const verbsBySentence = groupBy(verbs, (v) => v.sentence);
  return {
    ...f,
    verbs,
    sentenceOfToken,
    verbsIn: unnamed((si: number) => verbsBySentence.get(si) ?? []),
    namesIn: unnamed((si: number) => namesBySentence.get(si) ?? []),
    orgsIn: unnamed((si: number) => orgsBySentence.get(si) ?? []),
    hitsIn: unnamed((si: number) => hitsBySentence.get(si) ?? []),
  };
}

/** Tokens between an opening and a closing quotation mark (curly, or straight ones paired in order). */
function quotedTokens(tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '“' || (t === '"' && !open)) open = true;
    else if (t === '”' || (t === '"' && open)) open = false;
    else if (open) out[i] = 1;
  }
  return out;
}
