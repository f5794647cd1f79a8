// Bodies (organizations) as keys: abbreviations expanded ("BTV" → "Ban Thường vụ", "GDĐT" →
// "Giáo dục và Đào tạo"), central bodies' several full forms unified, and a body named without
// its province placed in the article's province ("Tỉnh ủy" in a Đồng Tháp article →
// "Tỉnh ủy Đồng Tháp"), so one real body gets one id whatever spelling an article uses.
import { matchKey, nameKey, nfc, unifyTonePlacement } from '../text/normalise.ts';
import { listCell, readLexicon } from '../lexicon/shared/lexicon-file.ts';
import { lookupProvince, PROVINCE_KEYS_LONGEST_FIRST, type Province } from '../lexicon/shared/provinces.ts';
import { shortHash, slug } from './keys.ts';
import { escapeRegExp } from '../text/regexp.ts';

const LETTER = '\\p{L}\\p{M}\\p{N}';

const ABBREVIATIONS = new Map(
  readLexicon('body-abbreviations.tsv').map(([abbr = '', expansion = '']) => [abbr, expansion] as const),
);
// One alternation, longest abbreviation first, each a whole word: "UBMTTQ" wins over "MTTQ",
// and "TW" is not found inside "TWO".
const ABBREVIATION_PATTERN = new RegExp(
  `(?<![${LETTER}])(${[...ABBREVIATIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![${LETTER}])`,
  'gu',
);

const CENTRAL_FORMS = new Map<string, string>();
for (const [name = '', other] of readLexicon('central-bodies.tsv')) {
  for (const form of [name, ...listCell(other)]) CENTRAL_FORMS.set(nameKey(form), name);
}

/** "Đảng uỷ Bộ GDĐT" → "Đảng ủy Bộ Giáo dục và Đào tạo" (display text, new-style tone placement). */
export function expandAbbreviations(name: string): string {
  const tidy = unifyTonePlacement(nfc(name)).replace(/\s+/g, ' ').trim();
  return tidy
    .replace(ABBREVIATION_PATTERN, (abbr) => ABBREVIATIONS.get(abbr) ?? abbr)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The province named inside a body's name ("Ban Thường vụ Tỉnh ủy Lạng Sơn" → Lạng Sơn). */
const wordsOnly = (key: string): string => ` ${key.replace(/[^a-z0-9]+/g, ' ')} `;
const PROVINCE_WORDS = PROVINCE_KEYS_LONGEST_FIRST.map(({ key, province }) => ({
  words: wordsOnly(key),
  province,
}));

export function provinceNamedIn(name: string): Province | null {
  const key = wordsOnly(nameKey(name));
  return (
    PROVINCE_WORDS.find(
      ({ words, province }) =>
        key.includes(words) &&
        (!province.needsLevelWord || /(?: thanh pho| tp| thanh uy)$/.test(key.slice(0, key.indexOf(words)))),
    )?.province ?? null
  );
}

// --- What a body's name says about where it exists (body-scopes.tsv).
type Scope = 'any' | 'host' | 'province' | 'district' | 'commune';
const SCOPE_RANK: Record<Scope, number> = { host: 0, any: 1, province: 2, district: 3, commune: 4 };
interface ScopePhrase {
  words: string[];
  role: 'kind' | 'level' | 'national';
  scope: Scope | null;
}
const SCOPE_PHRASES: ScopePhrase[] = readLexicon('body-scopes.tsv')
  .map(([phrase = '', role = '', scope = '']) => ({
    // Kinds are matched in any case ("huyện ủy", "Huyện ủy"); level words only as written, in lower
    // case, so that "Xã hội" (society) in "Bộ Lao động - Thương binh và Xã hội" is not the level "xã".
    words: (role === 'level' ? unifyTonePlacement(nfc(phrase)) : matchKey(phrase)).split(' '),
    role: role as ScopePhrase['role'],
    scope: scope in SCOPE_RANK ? (scope as Scope) : null,
  }))
  .sort((a, b) => b.words.length - a.words.length);

export interface BodyShape {
  /** Made of nothing but kinds and levels: "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Hội đồng nhân dân huyện". */
  generic: boolean;
  /**
   * The smallest place the body exists once in: 'province' for "Tỉnh ủy", "Sở Y tế"; 'district' for
   * "Huyện ủy"; 'host' for a part of an unnamed body ("Đảng ủy", "Ban Thường vụ"); 'any' for a kind
   * that exists at every level with no level word ("Hội đồng nhân dân"); null for a body that exists
   * once in the country ("Bộ Y tế", "Đảng ủy Bộ Y tế", "Ủy ban Kiểm tra Trung ương").
   */
  scope: Scope | null;
}

/**
 * Reads a body's name from its head: kinds and level words are consumed from the start ("Ban
 * Thường vụ" + "Tỉnh ủy"); the first word that is neither starts the qualifier ("Bộ Y tế" in
 * "Đảng ủy Bộ Y tế"), after which only level words count ("Ủy ban nhân dân xã Tân Hồng").
 */
export function bodyShape(name: string): BodyShape {
  const written = unifyTonePlacement(nfc(name))
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  const lower = written.map((w) => w.toLowerCase());
  const matchAt = (i: number, p: ScopePhrase): boolean =>
    p.words.every((w, k) => (p.role === 'level' ? written[i + k] : lower[i + k]) === w);
  let scope: Scope | null = null;
  let national = false;
  let qualified = false;
  let hostOnly = true;
  for (let i = 0; i < written.length;) {
    const phrase = SCOPE_PHRASES.find((p) => (!qualified || p.role !== 'kind') && matchAt(i, p));
    if (!phrase) {
      qualified = true;
      i++;
      continue;
    }
    i += phrase.words.length;
    if (phrase.role === 'national') {
      national = true;
      qualified = true;
      continue;
    }
    if (phrase.scope === 'host') continue;
    hostOnly = false;
    if (phrase.scope && (scope === null || SCOPE_RANK[phrase.scope] > SCOPE_RANK[scope]))
      scope = phrase.scope;
  }
  if (national) return { generic: false, scope: null };
  if (!qualified) return { generic: true, scope: hostOnly ? 'host' : scope };
  // A part of a named body ("Đảng ủy Bộ Y tế") exists where that body does: once in the country.
  return { generic: false, scope: hostOnly ? null : scope === 'any' ? null : scope };
}

/** "Tỉnh ủy" + Đồng Tháp → "Tỉnh ủy Đồng Tháp"; "Sở Giáo dục và Đào tạo" → "… tỉnh Đồng Tháp". */
function placeInProvince(name: string, province: Province): string {
  const key = matchKey(name);
  if (/(?:tỉnh|thành phố|tỉnh ủy|thành ủy)$/u.test(key)) return `${name} ${province.name}`;
  return `${name} ${province.level} ${province.name}`;
}

export interface BodyIdentity {
  id: string;
  /** Fullest display form: abbreviations expanded, province added when it was implied. */
  name: string;
  nameKey: string;
  province: string | null;
  /**
   * Named only by its kind ("Tỉnh ủy", "Đảng ủy") in an article whose context could not tell which
   * body it is: the id is scoped to the article, so it is never merged with the same bare name
   * elsewhere (a curator can merge it by hand).
   */
  unresolved?: boolean;
  /** First day of a body that took over an older one's name (the 2025 provincial mergers). */
  validFrom?: string;
}

/** Where an article stands, as far as naming its bodies goes. */
export interface BodyContext {
  /** The province the article is about, when it can be told. */
  province: Province | null;
  /** The article's id: an unresolved body is scoped to it. Without it, bodies are never unresolved. */
  articleId?: string;
  /** The article's date (ISO): names are as of that date. */
  date?: string | null;
  /** Bodies the article names in full: "Đảng ủy" in an article naming "Đảng ủy Bộ Y tế" is that body. */
  namedBodies?: readonly BodyIdentity[];
}

const identity = (name: string, province: Province | null, validFrom?: string): BodyIdentity => {
  const key = nameKey(name);
  const id = `org:${slug(key)}${validFrom ? '~2025' : ''}`;
  return { id, name, nameKey: key, province: province?.name ?? null, ...(validFrom ? { validFrom } : {}) };
};

function placed(
  name: string,
  province: Province,
  date: string | null | undefined,
  addProvince: boolean,
): BodyIdentity {
  // A province that took in others in 2025 is a new province from that day: a body placed in it
  // then is a new body (its own id), not the old body of the same name.
  const from = province.newFrom;
  const after = from && date && date >= from ? from : undefined;
  return identity(addProvince ? placeInProvince(name, province) : name, province, after);
}

/** A word written twice in a row ("Đảng ủy Bộ Bộ Y tế", a slip of the writer) is one word. */
const DOUBLED_WORD = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+) \1(?![\p{L}\p{M}])/gu;

/**
 * The identity of a body named `surface` in an article. `statedProvince` is the province the
 * extractor attached to the body, when it did. A body that exists once in the country is keyed by
 * its name; one that exists once per province (or district) is placed in the province the text
 * states or the article is about; one named only by its kind is the article's one body of that kind
 * ("Đảng ủy" beside "Đảng ủy Bộ Y tế"), and failing all of that it is kept to its article.
 */
export function identifyBody(
  surface: string,
  context: BodyContext,
  statedProvince?: string | null,
): BodyIdentity {
  let name = expandAbbreviations(surface).replace(DOUBLED_WORD, '$1');
  const central = CENTRAL_FORMS.get(nameKey(name));
  if (central) return identity(central, null);
  // "Tỉnh ủy tỉnh Lâm Đồng" is "Tỉnh ủy Lâm Đồng": the committee's name already says its level.
  name = name.replace(/(Tỉnh ủy|Thành ủy) (?:tỉnh|thành phố|TP\.?) /iu, '$1 ');
  const named = provinceNamedIn(name);
  if (named) return placed(name, named, context.date, false);
  const shape = bodyShape(name);
  const stated = lookupProvince(statedProvince);
  if (shape.generic) {
    // The article's body of that kind, when it names exactly one in full.
    const prefix = `${matchKey(name)} `;
    const hosts = new Map(
      (context.namedBodies ?? []).filter((b) => matchKey(b.name).startsWith(prefix)).map((b) => [b.id, b]),
    );
    if (hosts.size === 1) return [...hosts.values()][0]!;
    // A part of a body the article names: "Ban Thường vụ Tỉnh ủy" beside "Tỉnh ủy Thanh Hóa".
    const part = hosts.size === 0 ? PART_OF_GENERIC.exec(name) : null;
    if (part?.[1] && part[2]) {
      const host = identifyBody(part[2], context, statedProvince);
      if (!host.unresolved && host.name !== part[2])
        return identity(`${part[1]} ${host.name}`, lookupProvince(host.province), host.validFrom);
    }
    if (hosts.size === 0 && shape.scope === 'province') {
      const province = stated ?? context.province;
      if (province) return placed(name, province, context.date, true);
    }
    // A district's body ("Hội đồng nhân dân huyện", "Huyện ủy") in an article about one district
    // of a known province: that district's.
    const districts = districtsNamedIn(context.namedBodies ?? []);
    const province = stated ?? context.province;
    if (hosts.size === 0 && shape.scope === 'district' && districts.length === 1 && province)
      return placed(`${name} ${districts[0]}`, province, context.date, true);
    return unresolvedBody(name, context);
  }
  if (shape.scope === null || shape.scope === 'host' || shape.scope === 'any') return identity(name, stated);
  const province = stated ?? context.province;
  if (province) return placed(name, province, context.date, true);
  return unresolvedBody(name, context);
}

// "Huyện ủy Quan Hóa", "Ủy ban nhân dân huyện Tam Nông": the district a body's name names.
const DISTRICT_IN_NAME =
  /(?:^|\s)(?:huyện|quận|thị xã|Huyện ủy|Quận ủy|Thị ủy)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*)*)/u;

/** The distinct districts the article's bodies name (their names, without the province). */
function districtsNamedIn(bodies: readonly BodyIdentity[]): string[] {
  const found = new Set<string>();
  for (const body of bodies) {
    const district = DISTRICT_IN_NAME.exec(body.name)?.[1];
    // The province the placement appended is not part of the district's name.
    if (district) found.add(district.replace(/\s+(?:Tỉnh|Thành phố)$/u, ''));
  }
  return [...found];
}

const PART_OF_GENERIC =
  /^(Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra|Thường trực|Ban Tuyên giáo|Ban Dân vận|Ban Tổ chức) (.+)$/iu;

function unresolvedBody(name: string, context: BodyContext): BodyIdentity {
  const own = identity(name, null);
  if (!context.articleId) return own;
  return { ...own, id: `${own.id}~${shortHash(context.articleId).slice(0, 8)}`, unresolved: true };
}

const PARENT_PREFIX = /^(Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra|Thường trực) (.+)$/u;

/** "Ban Thường vụ Tỉnh ủy Đồng Tháp" → "Tỉnh ủy Đồng Tháp": the committee a standing body belongs to. */
export function impliedParent(name: string): string | null {
  const m = PARENT_PREFIX.exec(name);
  const rest = m?.[2];
  if (!rest || /^trung ương/iu.test(rest) || /^đảng bộ/iu.test(rest)) return null;
  return rest;
}
