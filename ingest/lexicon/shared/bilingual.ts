// The English ⇄ Vietnamese lexicon of bodies, posts (bodies-bilingual.tsv beside this file) and
// document kinds (document-kinds-bilingual.tsv). A neutral module: the English recogniser reads
// English names with it, and entity resolution (which never imports a recogniser) uses it to land an English body name on the Organization node that the
// Vietnamese articles create, and an English post on the Vietnamese role:
//
//   vietnameseBodyName('Politburo')                                  → { name: 'Bộ Chính trị', kind: 'party-central' }
//   vietnameseBodyName('Lao Cai provincial Party Committee')         → { name: 'Tỉnh ủy Lào Cai', kind: 'party-committee' }
//   vietnameseBodyName('Hanoi Party Committee')                      → { name: 'Thành ủy Hà Nội', … }
//   vietnameseBodyName('Provincial Party Committee', { province: 'Lạng Sơn' }) → { name: 'Tỉnh ủy Lạng Sơn', … }
//   vietnameseBodyName('Provincial Party Committee')                 → { name: 'Tỉnh ủy', … } (province unknown)
//   vietnamesePostName('Deputy Prime Minister')                      → 'Phó Thủ tướng'
//   englishBodyNames('Bộ Chính trị')                                 → ['Politburo', 'Political Bureau', …]
//
// Matching ignores case, diacritics, the apostrophe's shape (’ or '), a leading "the" and
// runs of spaces, so "the Party Central Committee's Secretariat" and "Party Central
// Committee’s Secretariat" are one name. Place placeholders ({province}, {city}) match any
// spelling findPlace() knows and must be of that level ("Hanoi" is a city: "Thành ủy").
// Lookups are exact over the whole name: an unknown name gives null, never a guess.
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../types.ts';
import { foldDiacritics, memoised } from '../../text/normalise.ts';
import { findPlace, type PlaceLevel } from './provinces.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import { listCell, readLexicon, readLexiconRows } from './lexicon-file.ts';

interface BilingualEntry {
  type: 'body' | 'post';
  vietnamese: string;
  english: string[];
  kind: OrganizationKind | null;
}

interface PlaceholderForm {
  pattern: RegExp;
  level: PlaceLevel;
  entry: BilingualEntry;
}

export interface VietnameseBody {
  name: string;
  kind: OrganizationKind;
}

/**
 * The key two English spellings of one name share. Remembered like the other name keys
 * (normalise.ts memoised): the same bodies are keyed again in every article, and each key costs
 * two Unicode normalisations (7 % of English extraction, decision 0034).
 */
export const englishNameKey = memoised((text) =>
  foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, ''),
);

const PLACEHOLDER = /\{(province|city)\}/;

function parseLexicon(): BilingualEntry[] {
  const entries: BilingualEntry[] = [];
  for (const [type, vietnamese, english, kind = ''] of readLexicon('bodies-bilingual.tsv')) {
    const where = `ingest/lexicon/shared/bodies-bilingual.tsv, ${JSON.stringify(vietnamese)}`;
    if ((type !== 'body' && type !== 'post') || !vietnamese || !english) {
      throw new Error(`${where}: expected "body|post<TAB>Vietnamese<TAB>English forms<TAB>kind"`);
    }
    if (type === 'body' && !(ORGANIZATION_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `${where}: kind ${JSON.stringify(kind)} is not one of ${ORGANIZATION_KINDS.join(', ')}`,
      );
    }
    entries.push({
      type,
      vietnamese,
      english: listCell(english),
      kind: type === 'body' ? (kind as OrganizationKind) : null,
    });
  }
  return entries;
}

const ENTRIES = parseLexicon();
const exactBodies = new Map<string, BilingualEntry>();
const placeholderBodies: PlaceholderForm[] = [];
const posts = new Map<string, string>();
for (const entry of ENTRIES) {
  for (const form of entry.english) {
    if (entry.type === 'post') {
      posts.set(englishNameKey(form), entry.vietnamese);
      continue;
    }
    const placeholder = PLACEHOLDER.exec(form);
    if (!placeholder) {
      if (!exactBodies.has(englishNameKey(form))) exactBodies.set(englishNameKey(form), entry);
      continue;
    }
    const [before, after] = form
      .split(placeholder[0])
      .map((part) => escapeRegExp(englishNameKey(part ?? '')));
    placeholderBodies.push({
      pattern: new RegExp(
        `^${before}${before ? ' ' : ''}(.+?)${after ? ' ' : ''}${after}$`.replace(/ {2,}/g, ' '),
      ),
      level: placeholder[1] as PlaceLevel,
      entry,
    });
  }
}

function fillPlace(vietnamese: string, placeName: string | null, level: PlaceLevel | null): string {
  const placeholder = PLACEHOLDER.exec(vietnamese);
  if (!placeholder) return vietnamese;
  const place = placeName ? findPlace(placeName) : null;
  if (place && (level === null || place.level === placeholder[1])) {
    // "Thành phố Hồ Chí Minh" already carries its administrative noun: no "thành phố Thành phố".
    return vietnamese.replace(placeholder[0], place.vietnamese).replace(/thành phố (Thành phố )/iu, '$1');
  }
  // Province unknown: keep the body word alone ("Tỉnh ủy"), dropping "tỉnh"/"thành phố" before the gap.
  return vietnamese.replace(/\s*(?:tỉnh|thành phố)?\s*\{(?:province|city)\}/, '').trim();
}

/**
 * The Vietnamese name and kind of the body an English name denotes, or null when the
 * lexicon does not know it. `province` (any spelling) fills bodies named without their
 * place ("Provincial Party Committee" in an article about Lạng Sơn).
 */
export function vietnameseBodyName(
  english: string,
  context: { province?: string | null } = {},
): VietnameseBody | null {
  // Remembered by province, then by name: a key joining the two was a new string to hash at every
  // call, where the name alone is usually hashed already (0.95 % of English extraction, decision 0128).
  const province = context.province ?? '';
  let lookups = lookupsByProvince.get(province);
  if (lookups === undefined) lookupsByProvince.set(province, (lookups = new Map()));
  // One look-up: a remembered answer is a body or null, never undefined (decision 0077).
  const remembered = lookups.get(english);
  if (remembered !== undefined) return remembered;
  const found = lookUpBody(english, context.province ?? null);
  if (rememberedCount > MAX_MEMO) {
    for (const map of lookupsByProvince.values()) map.clear();
    rememberedCount = 0;
  }
  lookups.set(english, found);
  rememberedCount++;
  return found;
}

// Recognisers ask about the same few names again and again; the answers never change.
const lookupsByProvince = new Map<string, Map<string, VietnameseBody | null>>();
let rememberedCount = 0;
const MAX_MEMO = 50_000;

function lookUpBody(english: string, province: string | null): VietnameseBody | null {
  const context = { province };
  const key = englishNameKey(english);
  if (!key) return null;
  const exact = exactBodies.get(key);
  if (exact) return { name: fillPlace(exact.vietnamese, context.province ?? null, null), kind: exact.kind! };
  for (const form of placeholderBodies) {
    const match = form.pattern.exec(key);
    if (!match) continue;
    const place = findPlace(match[1]!);
    if (!place || place.level !== form.level) continue;
    return { name: fillPlace(form.entry.vietnamese, place.vietnamese, place.level), kind: form.entry.kind! };
  }
  return null;
}

/** The Vietnamese post ("Phó Thủ tướng") for an English role ("Deputy Prime Minister"), or null. */
export function vietnamesePostName(englishRole: string): string | null {
  return posts.get(englishNameKey(englishRole)) ?? null;
}

/** The English forms the lexicon lists for a Vietnamese body or post name (placeholders left in). */
export function englishBodyNames(vietnamese: string): string[] {
  const key = englishNameKey(vietnamese);
  return ENTRIES.filter((e) => englishNameKey(e.vietnamese) === key).flatMap((e) => e.english);
}

export interface DocumentKind {
  /** English kind words written before a code ("Directive", "Directives"). */
  words: string[];
  /** The code's kind letters they go with ("CT"), upper case. */
  codeKinds: string[];
  /** The gold `type` in English ("Directive"). */
  type: string;
  /** The same kind in Vietnamese ("Directive" → "Chỉ thị"), which the graph stores. */
  vietnamese: string;
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = readLexiconRows(
  new URL('document-kinds-bilingual.tsv', import.meta.url),
  { minColumns: 4 },
).map(({ cells }) => ({
  words: cells[0]!.split('|').map((w) => w.trim()),
  codeKinds: cells[1]!.split('|').map((w) => w.trim().toUpperCase()),
  type: cells[2]!,
  vietnamese: cells[3]!,
}));

/** "Directive" → "Chỉ thị"; null for a kind the lexicon does not list. */
export function vietnameseDocumentKind(englishType: string): string | null {
  const key = englishType.trim().toLowerCase();
  return DOCUMENT_KINDS.find((k) => k.type.toLowerCase() === key)?.vietnamese ?? null;
}
