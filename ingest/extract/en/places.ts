// Vietnam's provinces and centrally-run cities (ingest/lexicon/en/provinces.tsv), looked up by
// their English spelling: with or without diacritics, spaces or hyphens ("Ha Noi", "Hanoi",
// "Hà Nội", "Ba Ria-Vung Tau"). Used to read place-bearing body names and to keep place
// names from being taken for person names.
import { foldDiacritics } from '../../text/normalise.ts';
import { listCell, readLexicon } from '../../lexicon/shared/lexicon-file.ts';

export type PlaceLevel = 'province' | 'city';

export interface Place {
  /** The name in Vietnamese, as bodies are named ("Lào Cai", "Hồ Chí Minh"). */
  vietnamese: string;
  level: PlaceLevel;
}

/** Letters only, folded and lower case: every spelling of one place gives one key. */
export function placeKey(text: string): string {
  return foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function loadPlaces(): Map<string, Place> {
  const byKey = new Map<string, Place>();
  for (const [vietnamese, level, extra] of readLexicon('../en/provinces.tsv')) {
    if (!vietnamese || (level !== 'province' && level !== 'city')) {
      throw new Error(
        `ingest/lexicon/en/provinces.tsv: expected "name<TAB>province|city[<TAB>spellings]", got ${JSON.stringify(vietnamese)}`,
      );
    }
    const place: Place = { vietnamese, level };
    const spellings = [place.vietnamese, ...listCell(extra)];
    if (level === 'city') spellings.push(`${place.vietnamese} City`);
    for (const spelling of spellings) byKey.set(placeKey(spelling), place);
  }
  return byKey;
}

const PLACES = loadPlaces();

/** The province or city a phrase names ("Lao Cai", "Hanoi", "Hồ Chí Minh City"), or null. */
export function findPlace(text: string): Place | null {
  let found = placeLookups.get(text);
  if (found === undefined) {
    const key = placeKey(text);
    found = key ? (PLACES.get(key) ?? null) : null;
    if (placeLookups.size > 50_000) placeLookups.clear();
    placeLookups.set(text, found);
  }
  return found;
}
// Recognisers test the same words over and over: remember the answers.
const placeLookups = new Map<string, Place | null>();

/** Every key in the lexicon, for recognisers that scan text for place names. */
export function isPlaceKey(key: string): boolean {
  return PLACES.has(key);
}
