// Vietnam's provinces and centrally-run cities (provinces.tsv beside this file, the one table of
// them), looked up by any Vietnamese spelling (with or without diacritics, "TP HCM", a newspaper's
// host name) or by an English one (findPlace: "Ha Noi", "Hanoi", "HCMC", "Ba Ria-Vung Tau").
import { foldDiacritics, nameKey } from '../../text/normalise.ts';
import { listCell, readLexicon } from './lexicon-file.ts';

export interface Province {
  name: string;
  /** The word written before the name: "tỉnh" or "thành phố". */
  level: 'tỉnh' | 'thành phố';
  /** Also a person's name (Hồ Chí Minh): found inside a body's name only after its level word. */
  needsLevelWord: boolean;
  /** Other spellings as listed ("TP.HCM", "Thừa Thiên - Huế"). */
  spellings: string[];
  /** nameKey of every spelling. */
  keys: string[];
  /** Host-name words: the folded name without spaces or punctuation, plus listed ones. */
  hostWords: string[];
  /** English spellings besides the name itself ("Ho Chi Minh City", "HCMC"). */
  englishSpellings: string[];
  /** The day a province that took in others in 2025 became a new province (ISO date), else null. */
  newFrom: string | null;
  /** The province this one was merged into in 2025, else null. */
  mergedInto: string | null;
}

const compact = (key: string): string => key.replace(/[^a-z0-9]/g, '');

export const PROVINCES: readonly Province[] = readLexicon('provinces.tsv').map(
  ([name = '', level, other, flags, english, newFrom, mergedInto]) => {
    const spellings = [name, ...listCell(other)];
    const keys = [...new Set(spellings.map(nameKey))];
    return {
      name,
      spellings: listCell(other),
      needsLevelWord: flags === 'level-word',
      level: level === 'thành phố' ? 'thành phố' : 'tỉnh',
      keys,
      hostWords: [...new Set(keys.map(compact))].filter((w) => w.length >= 3),
      englishSpellings: listCell(english),
      newFrom: newFrom || null,
      mergedInto: mergedInto || null,
    };
  },
);

const BY_KEY = new Map<string, Province>();
for (const p of PROVINCES) for (const k of p.keys) if (!BY_KEY.has(k)) BY_KEY.set(k, p);

/** The province of one of the keys in PROVINCE_KEYS_LONGEST_FIRST (already folded). */
export function provinceByKey(key: string): Province | null {
  return BY_KEY.get(key) ?? null;
}

/** The province a name refers to: "Đồng Tháp", "tỉnh Đồng Tháp", "Dong Thap province", "TP.HCM". */
export function lookupProvince(text: string | null | undefined): Province | null {
  if (!text) return null;
  const key = nameKey(text)
    .replace(/^(tinh|thanh pho|tp\.?|province of|city of)\s+/, '')
    .replace(/\s+(province|city|provincial)$/, '')
    .trim();
  return BY_KEY.get(key) ?? null;
}

/**
 * The province whose paper a host belongs to ("baodongthap.vn", "bdvtu.binhthuan.dcs.vn"):
 * a host label containing the province's compact folded name. Short words (≤ 5 letters, e.g.
 * "hue", "hcm") must be a whole label, so they are not found inside unrelated words.
 */
export function provinceOfHost(host: string | null | undefined): Province | null {
  if (!host) return null;
  const labels = host.toLowerCase().split('.');
  let best: { province: Province; length: number } | null = null;
  for (const p of PROVINCES) {
    for (const word of p.hostWords) {
      const hit = labels.some((label) => (word.length <= 5 ? label === word : label.includes(word)));
      if (hit && (!best || word.length > best.length)) best = { province: p, length: word.length };
    }
  }
  return best?.province ?? null;
}

/** Every spelling's nameKey, longest first: for finding province names inside longer text. */
export const PROVINCE_KEYS_LONGEST_FIRST: readonly { key: string; province: Province }[] = PROVINCES.flatMap(
  (p) => p.keys.map((key) => ({ key, province: p })),
).sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));

// --- English spellings (the English recogniser and the bilingual lexicon).

export type PlaceLevel = 'province' | 'city';

export interface Place {
  /**
   * The name in Vietnamese, as a body standing alone is named ("Lào Cai"); a name that is also a
   * person's keeps its level word ("Thành phố Hồ Chí Minh"), so "Thành ủy {city}" gives the
   * committee's name and not the man's.
   */
  vietnamese: string;
  level: PlaceLevel;
}

/** Letters only, folded and lower case: every English spelling of one place gives one key. */
function placeKey(text: string): string {
  return foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function englishPlaces(): Map<string, Place> {
  const byKey = new Map<string, Place>();
  for (const province of PROVINCES) {
    const vietnamese = province.needsLevelWord ? `Thành phố ${province.name}` : province.name;
    const place: Place = { vietnamese, level: province.level === 'thành phố' ? 'city' : 'province' };
    const spellings = [vietnamese, ...province.englishSpellings];
    if (place.level === 'city') spellings.push(`${vietnamese} City`);
    for (const spelling of spellings) byKey.set(placeKey(spelling), place);
  }
  return byKey;
}

const PLACES = englishPlaces();

/** The province or city an English phrase names ("Lao Cai", "Hanoi", "Hồ Chí Minh City"), or null. */
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
