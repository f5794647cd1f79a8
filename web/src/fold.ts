// Accent- and case-folding with a map back to the original text, so a name typed or stored
// with or without diacritics can be found and highlighted inside a sentence.

function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

export function fold(text: string): string {
  return Array.from(text, foldChar).join('');
}

/** The [start, end) ranges of `text` where any of `needles` occurs, folded, merged and sorted. */
export function foldedRanges(text: string, needles: string[]): [number, number][] {
  let folded = '';
  const originalIndex: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let i = 0; i < f.length; i++) originalIndex.push(offset);
    folded += f;
    offset += ch.length;
  }
  originalIndex.push(text.length);
  const ranges: [number, number][] = [];
  for (const needle of needles.map(fold).filter((n) => n.length >= 2)) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      ranges.push([originalIndex[at]!, originalIndex[at + needle.length]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
