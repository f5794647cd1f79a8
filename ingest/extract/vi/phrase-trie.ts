// Longest-match lookup of lexicon phrases over a token array: one trie walk per start position,
// so matching every post, body and verb of the lexicons costs O(tokens × phrase length).
// Words are interned: every lexicon word gets a number once, each token looks its word up once
// (Token.id), and a token whose word is in no lexicon (-1) fails every trie without a lookup.
import type { Token } from './tokens.ts';

const VOCABULARY = new Map<string, number>();

/** The number of a lexicon word, or -1 when no lexicon has it. */
export function wordId(key: string): number {
  return VOCABULARY.get(key) ?? -1;
}

function intern(key: string): number {
  let id = VOCABULARY.get(key);
  if (id === undefined) {
    id = VOCABULARY.size;
    VOCABULARY.set(key, id);
  }
  return id;
}

interface Node<V> {
  next: Map<number, Node<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  /** Index of the first token. */
  from: number;
  /** Index one past the last token. */
  to: number;
  value: V;
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map() };

  add(keys: string[], value: V): void {
    let node = this.root;
    for (const k of keys) {
      const id = intern(k);
      let child = node.next.get(id);
      if (!child) {
        child = { next: new Map() };
        node.next.set(id, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at tokens[from]; words must be separated by spaces only (not a line break). */
  longest(tokens: Token[], from: number, limit = tokens.length): PhraseMatch<V> | null {
    let node: Node<V> | undefined = this.root;
    let bestTo = -1;
    let bestValue: V | undefined;
    for (let i = from; i < limit; i++) {
      const t = tokens[i]!;
      if (t.id < 0 || (i > from && t.lineBefore)) break;
      node = node.next.get(t.id);
      if (!node) break;
      if (node.value !== undefined) {
        bestTo = i + 1;
        bestValue = node.value;
      }
    }
    return bestTo < 0 ? null : { from, to: bestTo, value: bestValue! };
  }

  /**
   * The phrase that ends right before tokens[end] — the longest phrase from its start reaches `end`
   * exactly — starting at most `maxWords` words back, the earliest such start that `accept` allows;
   * null if none ("Chủ tịch" before "UBND phường …", a post chained before a foreign holder's).
   */
  endingAt(
    tokens: Token[],
    end: number,
    maxWords: number,
    accept: (from: number) => boolean = () => true,
  ): PhraseMatch<V> | null {
    for (let from = Math.max(0, end - maxWords); from < end; from++) {
      const m = this.longest(tokens, from, end);
      if (m?.to === end && accept(from)) return m;
    }
    return null;
  }
}
