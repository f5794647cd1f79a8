// Longest-match lookup of lexicon phrases over a token array: one trie walk per start position,
// so matching every post, body and verb of the lexicons costs O(tokens × phrase length).
import type { Token } from './tokens.ts';

interface Node<V> {
  next: Map<string, Node<V>>;
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
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at tokens[from]; words must be separated by spaces only (not a line break). */
  longest(tokens: Token[], from: number, limit = tokens.length): PhraseMatch<V> | null {
    let node: Node<V> | undefined = this.root;
    let best: PhraseMatch<V> | null = null;
    for (let i = from; i < limit; i++) {
      const t = tokens[i]!;
      if (i > from && t.lineBefore) break;
      node = node.next.get(t.key);
      if (!node) break;
      if (node.value !== undefined) best = { from, to: i + 1, value: node.value };
    }
    return best;
  }
}
