// Names the extractor took for people that read as a body or a place ("Ban Tổ chức", "Công đoàn
// Than", "tỉnh Đồng Tháp", "Đoàn Than Quảng Ninh" in a list of units). Resolution keeps them out of
// the graph: a wrong person node is worse than a missing mention. The words are the ones `kg check`
// looks for (integrity-words.tsv: person-start, place-word), so the check and the resolver agree.
import { listCell, readLexicon } from '../lexicon/shared/lexicon-file.ts';
import { PROVINCE_KEYS_LONGEST_FIRST } from '../lexicon/shared/provinces.ts';
import { matchKey } from '../text/normalise.ts';
import { personNameKey } from './person-names.ts';

const rows = readLexicon('integrity-words.tsv').map(([words = '', uses]) => ({
  words: matchKey(words),
  uses: listCell(uses),
}));
const BODY_STARTS = rows.filter((r) => r.uses.includes('person-start')).map((r) => r.words);
const PLACE_WORDS = rows.filter((r) => r.uses.includes('place-word')).map((r) => r.words);

/** Why `name` reads as a body or a place and not a person, or null when it reads as a person. */
export function unitReading(name: string): string | null {
  const key = matchKey(name);
  const body = BODY_STARTS.find((w) => key === w || key.startsWith(`${w} `));
  if (body) return `starts with the body word "${body}"`;
  const place = PLACE_WORDS.find((w) => key.startsWith(`${w} `) || key.includes(` ${w} `));
  if (place) return `has the place word "${place}" before a name`;
  return null;
}

/**
 * A name of four words or more ending in a province ("Đoàn Than Quảng Ninh"): a unit of that
 * province as often as a person. Three words ("Nguyễn Hòa Bình": a family name and a province's
 * name as given name) are a person.
 */
export function endsInProvince(name: string): boolean {
  const key = personNameKey(name);
  return key.split(' ').length >= 4 && PROVINCE_KEYS_LONGEST_FIRST.some((p) => key.endsWith(` ${p.key}`));
}
