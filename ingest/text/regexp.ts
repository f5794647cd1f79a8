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

/**
 * What `text.matchAll(g.pattern)` gives, found through the split form when there is one. Every
 * match is found before it returns, so the split form's own expressions are searched in place: no
 * copy per call (findCues calls it per English sentence) and no caller's loop can search them
 * in between.
 */
export function matchAllGuarded(text: string, g: GuardedPattern): RegExpExecArray[] {
  // A text with a surrogate is searched as written: where the search of a Unicode expression goes
  // next inside a surrogate pair is the engine's, and the split form is not held to it.
  if (!g.rest || !g.guard || SURROGATE.test(text)) return [...text.matchAll(g.pattern)];
  const { rest, guard } = g;
  const matches: RegExpExecArray[] = [];
  rest.lastIndex = 0;
  for (let m = rest.exec(text); m; m = rest.exec(text)) {
    guard.lastIndex = m.index;
    const kept = guard.test(text);
    if (kept) matches.push(m);
    // Rejected, or empty: the search goes on from the next character, as the whole expression's
    // does (with no surrogate in the text, a character is one code unit).
    if (!kept || m[0] === '') rest.lastIndex = m.index + 1;
  }
  return matches;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * The characters of an expression's source that are its syntax, from `from`: escapes and the
 * insides of character classes skipped, each with the depth of groups open before it.
 */
function* syntaxOf(source: string, from = 0): Generator<{ at: number; char: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      yield { at: i, char: c, depth };
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
  }
}

/** Index of the ")" closing the group opened at `open`; -1 if none. */
function closingParen(source: string, open: number): number {
  for (const { at, char, depth } of syntaxOf(source, open)) if (char === ')' && depth === 1) return at;
  return -1;
}

function hasUnescaped(source: string, char: string): boolean {
  for (const c of syntaxOf(source)) if (c.char === char) return true;
  return false;
}

function hasTopLevelBar(source: string): boolean {
  for (const { char, depth } of syntaxOf(source)) if (char === '|' && depth === 0) return true;
  return false;
}
