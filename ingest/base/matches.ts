// Every match of a global expression, as `text.matchAll(expression)` gives them, without its cost.
//
// matchAll makes a copy of the expression on every call (through its species constructor, so that
// the loop cannot disturb the original's lastIndex) and an iterator: about a microsecond a call over
// what the exec loop itself costs, and English extraction called it 19 times an article (the date
// expressions alone 9.4; decision 0093). matchesOf runs the expression's own exec from its
// lastIndex, as matchAll's copy would, steps past an empty match as matchAll does (a code point in a
// u or v expression, a code unit otherwise), puts lastIndex back as it found it, and returns the
// matches found, all of them, before the caller's loop runs: so nothing the loop does with the same
// expression can disturb the search, as with matchAll's copy. Held to matchAll by
// test/unit/extract-en-mechanics-0093.test.ts.

/** The matches `text.matchAll(expression)` yields, in order (the expression must be global). */
export function matchesOf(expression: RegExp, text: string): RegExpExecArray[] {
  if (!expression.global) throw new TypeError(`matchesOf: ${String(expression)} has no g flag`);
  const from = expression.lastIndex;
  const fullUnicode = expression.unicode || expression.flags.includes('v');
  const found: RegExpExecArray[] = [];
  try {
    for (let m = expression.exec(text); m !== null; m = expression.exec(text)) {
      found.push(m);
      if (m[0] === '') expression.lastIndex = advance(text, expression.lastIndex, fullUnicode);
    }
  } finally {
    expression.lastIndex = from;
  }
  return found;
}

/** The ECMAScript AdvanceStringIndex: past one code point in full Unicode mode, else one code unit. */
function advance(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
