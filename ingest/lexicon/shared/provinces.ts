// Vietnam's provinces and centrally-run cities, looked up by any spelling (with or without
// diacritics, "TP HCM", a newspaper's host name).
import { nameKey } from '../../text/normalise.ts';
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
}

const compact = (key: string): string => key.replace(/[^a-z0-9]/g, '');

export const PROVINCES: readonly Province[] = readLexicon('provinces.tsv').map(
  ([name = '', level, other, flags]) => {
    const spellings = [name, ...listCell(other)];
    const keys = [...new Set(spellings.map(nameKey))];
    return {
      name,
      spellings: listCell(other),
      needsLevelWord: flags === 'level-word',
      level: level === 'thành phố' ? 'thành phố' : 'tỉnh',
      keys,
      hostWords: [...new Set(keys.map(compact))].filter((w) => w.length >= 3),
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
