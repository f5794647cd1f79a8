// Lexicon entries become alternatives of one regular expression; their punctuation ("tp.", "(",
// "+") must match itself.
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An expression that opens with a look-behind, split so the look-behind is tested only where the rest matched. */
export interface GuardedPattern {
  /** The whole expression, as written. */
  readonly pattern: RegExp;
  /** The expression without its leading look-behind (same groups), or null when it cannot be split. */
  readonly rest: RegExp | null;
  /** The look-behind alone, sticky: tested at the index where `rest` matched. */
  readonly guard: RegExp | null;
}

/**
 * The leading look-behind of a global expression ("(?<![\p{L}])(Chỉ thị|…)\s+…") split from the
 * rest. A look-behind in front is tested at every character of the text before anything else;
 * split, it is tested only where the rest matched (decision 0072). The split is made only when it
 * cannot change a match: the look-behind holds no group (so the rest's groups keep their numbers)
 * and the rest has no top-level "|" (the look-behind guards every alternative).
 */
export function guardedPattern(pattern: RegExp): GuardedPattern {
  const none = { pattern, rest: null, guard: null };
  const source = pattern.source;
  if (!pattern.global || pattern.sticky || pattern.flags.includes('v')) return none;
  if (!(source.startsWith('(?<!') || source.startsWith('(?<='))) return none;
  const close = closingParen(source, 0);
  if (close < 0) return none;
  const behind = source.slice(0, close + 1);
  const rest = source.slice(close + 1);
  if (rest === '' || /^[*+?{]/u.test(rest)) return none;
  if (hasUnescaped(behind.slice(4, -1), '(') || hasTopLevelBar(rest)) return none;
  return {
    pattern,
    rest: new RegExp(rest, pattern.flags),
    guard: new RegExp(behind, pattern.flags.replace('g', '') + 'y'),
  };
}

/** What `text.matchAll(g.pattern)` gives, found through the split form when there is one. */
export function* matchAllGuarded(text: string, g: GuardedPattern): Generator<RegExpExecArray> {
  // A text with a surrogate is searched as written: where the search of a Unicode expression goes
  // next inside a surrogate pair is the engine's, and the split form is not held to it.
  if (!g.rest || !g.guard || SURROGATE.test(text)) {
    yield* text.matchAll(g.pattern);
    return;
  }
  // A copy, as matchAll makes one: a loop over the matches may search the same pattern again.
  const rest = new RegExp(g.rest);
  const guard = new RegExp(g.guard);
  for (let m = rest.exec(text); m; m = rest.exec(text)) {
    guard.lastIndex = m.index;
    const kept = guard.test(text);
    if (kept) yield m;
    // Rejected, or empty: the search goes on from the next character, as the whole expression's
    // does (with no surrogate in the text, a character is one code unit).
    if (!kept || m[0] === '') rest.lastIndex = m.index + 1;
  }
}

const SURROGATE = /[\ud800-\udfff]/;

/** Index of the ")" closing the group opened at `open`, skipping escapes and character classes; -1 if none. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function hasUnescaped(source: string, char: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === char) return true;
  }
  return false;
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
