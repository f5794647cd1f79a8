// Document codes as people type them: "05-CT/TW", "05 ct/tw", "Chỉ thị số 05-CT/TW",
// "5-ct/tw", "03-NQ/DUK" (for 03-NQ/ĐUK), "123/QĐ-TTg". Stored codes are upper case with no
// spaces (docs/graph-model.md); this yields the spellings to look up, and a key that compares
// two codes ignoring punctuation, leading zeros and diacritics for the fallback.
import { foldDiacritics } from '../../ingest/text/normalise.ts';
import { badInput } from './errors.ts';

export interface CodeLookup {
  /** Canonical spellings to look up by index, most likely first. */
  codes: string[];
  /** The number as typed and without leading zeros, for the fallback lookup. */
  numbers: string[];
  /** Comparison key of what was typed. */
  key: string;
}

// number, kind, issuer, in the party form "05-CT/TW" or the state form "123/QĐ-TTg".
const CODE_PATTERN = /(\d+)\s*[-–—/.]?\s*(\p{L}+)\s*[-–—/\s]\s*(\p{L}[\p{L}.]*(?:\s*-\s*\p{L}+)?)/u;
const PARTY_FORM = /^\s*\d+\s*[-–—.]?\s*\p{L}+\s*\//u;

export function codeKey(code: string): string {
  return foldDiacritics(code.normalize('NFC'))
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^0+(?=\d)/, '');
}

export function parseDocumentCode(typed: string): CodeLookup {
  const text = typed.normalize('NFC').trim();
  const match = CODE_PATTERN.exec(text.toUpperCase());
  if (!match || text.length > 120) {
    throw badInput(
      `code: ${JSON.stringify(typed)} does not look like a document code. Write its number, kind and issuer, e.g. "05-CT/TW" or "05 ct/tw"; for a named resolution without a code use search(query:).`,
      'code',
    );
  }
  const [, number = '', kind = '', issuerRaw = ''] = match;
  const issuer = issuerRaw.replace(/\s+/g, '');
  const unpadded = number.replace(/^0+(?=\d)/, '');
  const padded = unpadded.padStart(2, '0');
  const numbers = [...new Set([number, unpadded, padded])];
  const stateForm = !PARTY_FORM.test(text.slice(match.index));
  const spell = (n: string) => (stateForm ? `${n}/${kind}-${issuer}` : `${n}-${kind}/${issuer}`);
  const other = (n: string) => (stateForm ? `${n}-${kind}/${issuer}` : `${n}/${kind}-${issuer}`);
  const codes = [...new Set([...numbers.map(spell), ...numbers.map(other)])];
  return { codes, numbers, key: codeKey(`${number}${kind}${issuer}`) };
}
