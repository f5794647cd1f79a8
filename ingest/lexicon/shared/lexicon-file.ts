// Reads the tab-separated lexicon files beside this module: data, not code, so adding an
// abbreviation or a spelling is a one-line change to a .tsv file.
import { readFileSync } from 'node:fs';

/** Rows of a lexicon file: '#' lines and blank lines skipped, columns split on tabs and trimmed. */
export function readLexicon(fileName: string): string[][] {
  const url = new URL(fileName, import.meta.url);
  return readFileSync(url, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim().normalize('NFC')));
}

/** The " | "-separated list in a lexicon cell; empty when the cell is missing. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
