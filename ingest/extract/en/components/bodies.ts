// Component 4, bodies: the body phrases grouped by the body they name (through the bilingual
// lexicon when it knows the body, else by their English key), each group one organisation named by
// its longest form; the article's province (the most named one) places "the provincial Party
// Committee". Also the resolver of a phrase to its organisation's name, for the later components:
// an anaphor ("the commission") names the nearest body of that kind before it.
import type { ExtractedOrganization, Mention } from '../../../types.ts';
import { nameKey } from '../../../text/normalise.ts';
import { englishNameKey, vietnameseBodyName } from '../../../lexicon/shared/bilingual.ts';
import { bodyKind } from '../../../lexicon/shared/body-kinds.ts';
import type { BodyPhrase } from '../body-phrase.ts';
import { findPlace, type Place } from '../../../lexicon/shared/provinces.ts';
import type { BodyLayer, PhraseLayer, TokenLayer } from './article.ts';
import { unnamed } from '../../../base/unnamed.ts';
import { OWNER_NOUNS, PLACE_ADJECTIVES, UNIT_TAILS } from '../lexicon.ts';

/** How many body mentions back an anaphor ("the commission") may reach. */
const ANAPHOR_LOOKBACK = 200;
export const ORDINAL_PREFIX = /^\d+(?:st|nd|rd|th)[-\s](?:tenure\s+|term\s+)?/i;

// The places inside a body name never change, and the same names recur in article after article:
// remembered (profiled: the word-window lookups were half the bodies component).
const MAX_REMEMBERED = 20_000;
const placesByBody = new Map<string, string[]>();
const firstPlaceByForm = new Map<string, Place | null>();
function remember<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    if (memo.size > MAX_REMEMBERED) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** Every place a window of up to four words of a body name names, once per window. */
function placesIn(bodyText: string): string[] {
  return remember(placesByBody, bodyText, () => {
    const found: string[] = [];
    const words = bodyText.split(' ');
    for (let a = 0; a < words.length; a++) {
      for (let b = Math.min(words.length, a + 4); b > a; b--) {
        const place = findPlace(
          words
            .slice(a, b)
            .join(' ')
            .replace(/[’']s$/, ''),
        );
        if (place) found.push(place.vietnamese);
      }
    }
    return found;
  });
}

/** The first place a form of a body's name names, the longest window first at each word. */
function firstPlaceIn(form: string): Place | null {
  return remember(firstPlaceByForm, form, () => {
    const w = form.split(' ');
    for (let a = 0; a < w.length; a++) {
      const place =
        findPlace(w.slice(a, a + 3).join(' ')) ?? findPlace(w.slice(a, a + 2).join(' ')) ?? findPlace(w[a]!);
      if (place) return place;
    }
    return null;
  });
}

/** The province named most often in the article's body names, or null. */
function articleProvinceOf(bodyMentions: PhraseLayer['bodyMentions']): string | null {
  const placeCounts = new Map<string, number>();
  for (const { body } of bodyMentions)
    for (const place of placesIn(body.text)) placeCounts.set(place, (placeCounts.get(place) ?? 0) + 1);
  return [...placeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Where the headline ends: the text's first line, when a blank line follows it and it ends with no
 * sentence stop ("State Audit Office finds …\n\nHA NOI — …"); 0 when the text has none.
 */
function headlineEndOf(text: string): number {
  const end = text.indexOf('\n\n');
  if (end <= 0 || end > 200 || /[.!?]\s*$/.test(text.slice(0, end))) return 0;
  return end;
}

/**
 * A body the headline names by a short form (decision 0092): where the text never names that form
 * itself, it is the one body of the text whose name holds its words in a row, not after "of" ("State
 * Audit Office" of "State Audit Office of Viet Nam", "Fatherland Front" of "Vietnam Fatherland Front
 * Central Committee") — its group key is set to that body's; a one-word form the text names in no
 * body ("Police warn …", "Procuracy sector …") is a common noun, no body. Longer forms stand.
 */
function headlineBodyKept(
  body: BodyPhrase,
  bodyMentions: PhraseLayer['bodyMentions'],
  headlineEnd: number,
  bodyGroupKey: (surface: string) => string,
  groupKeys: Map<string, string>,
): boolean {
  if (body.generic || body.anaphor) return true;
  const key = bodyGroupKey(body.text);
  const later = bodyMentions.filter((m) => m.body.start > headlineEnd && !m.body.generic && !m.body.anaphor);
  if (later.some((m) => bodyGroupKey(m.body.text) === key)) return true;
  const words = ` ${body.text.replace(/[’']s?$/, '')} `;
  const holders = new Set<string>();
  for (const m of later) {
    const at = ` ${m.body.text} `.indexOf(words);
    if (at < 0 || / of(?: the)?$/.test(` ${m.body.text} `.slice(0, at))) continue;
    holders.add(bodyGroupKey(m.body.text));
  }
  if (holders.size === 1) {
    groupKeys.set(body.text, [...holders][0]!);
    return true;
  }
  return body.text.includes(' ') || holders.size > 1;
}

/**
 * A body named with and without a tail head word (body-words.tsv `unit-tail`: "Military Region 7
 * Command" and "Military Region 7" in one article, decision 0096): the shorter form's group key is
 * set to the longer one's, so that the two are one body named by the longer form.
 */
function joinUnitTails(
  bodyMentions: PhraseLayer['bodyMentions'],
  bodyGroupKey: (surface: string) => string,
  groupKeys: Map<string, string>,
): void {
  let texts: Set<string> | null = null;
  for (const { body } of bodyMentions) {
    if (body.generic || body.anaphor) continue;
    const space = body.text.lastIndexOf(' ');
    if (space < 0 || !UNIT_TAILS.has(body.text.slice(space + 1).toLowerCase())) continue;
    texts ??= new Set(bodyMentions.filter((m) => !m.body.generic && !m.body.anaphor).map((m) => m.body.text));
    const shorter = body.text.slice(0, space);
    if (shorter.includes(' ') && texts.has(shorter) && !groupKeys.has(shorter))
      groupKeys.set(shorter, bodyGroupKey(body.text));
  }
}

/** "commune's ", "city’s ": a lower-case place word's possessive opening a body's words. */
const PLACE_POSSESSIVE_START = /^([a-z]+)['’]s (?=\S)/;

/**
 * "the commune's Public Administration Service Centre", "the city's People's Committee" after the
 * body was named with its place ("the Binh An Public Administration Service Centre"): the place
 * word's possessive stands for the place, so the form is an alias of the one body named with the
 * same words after a place, or with those words alone (decision 0127). Left alone where no such body or more than one is named.
 */
function joinPlacePossessives(
  bodyMentions: PhraseLayer['bodyMentions'],
  bodyGroupKey: (surface: string) => string,
  groupKeys: Map<string, string>,
): void {
  for (const { body } of bodyMentions) {
    if (body.generic || body.anaphor) continue;
    const m = PLACE_POSSESSIVE_START.exec(body.text);
    if (!m || !PLACE_ADJECTIVES.has(m[1]!) || groupKeys.has(body.text)) continue;
    const tail = ` ${body.text.slice(m[0].length)}`;
    const holders = new Set<string>();
    for (const other of bodyMentions) {
      const t = other.body.text;
      if (other.body.generic || other.body.anaphor || t === body.text) continue;
      if (!t.endsWith(tail) && t !== tail.slice(1)) continue;
      if (PLACE_POSSESSIVE_START.test(t)) continue;
      // "city's Party Committee" is not the "Phong Dien district Party Committee": a place word before
      // the words must be the possessive's own
      const before = t
        .slice(0, t.length - tail.length)
        .toLowerCase()
        .split(' ');
      if (before.some((w) => PLACE_ADJECTIVES.has(w) && w !== m[1])) continue;
      holders.add(bodyGroupKey(t));
    }
    if (holders.size === 1) groupKeys.set(body.text, [...holders][0]!);
  }
}

/** "the military region’s ", "the ministry's ": a lower-case owner's possessive right before a body. */
const OWNER_BEFORE = /\bthe (?:[a-z]+ ){0,2}([a-z]+)['’]s $/;

/** The head word of an English body name: the word before its first "of", else its last word before a number. */
function headWordOf(name: string): string {
  const lower = name.toLowerCase();
  const of = lower.indexOf(' of ');
  const head = of >= 0 ? lower.slice(0, of) : lower.replace(/ \d+$/, '');
  return head.slice(head.lastIndexOf(' ') + 1).replace(/['’]s?$/, '');
}

/**
 * A named body owned by a lower-case noun's possessive (body-words.tsv `owner-noun`; decision 0116):
 * "Head of the military region's Political Department" names the Political Department of the body
 * the owner refers back to — the nearest one before it whose head word is the noun ("Military Region
 * 5", not "Party Committee of Military Region 5") — so that the body is named "Political Department
 * of Military Region 5" ("of the" before a name that ends in no number: "Organisation Department of
 * the Ho Chi Minh City Veterans' Association"), the words written an alias. Where the nearest body
 * holding the noun ends in the owned body's words ("the youth union's Central Committee" after "Ho
 * Chi Minh Communist Youth Union Central Committee"), the owned body is that body. Each such surface's
 * group key is set to the name's; returns the names by surface.
 */
function ownedBodyNames(
  text: string,
  bodyMentions: PhraseLayer['bodyMentions'],
  bodyGroupKey: (surface: string) => string,
  groupKeys: Map<string, string>,
): Map<string, string> {
  const names = new Map<string, string>();
  bodyMentions.forEach(({ body }, n) => {
    // gate: the character before the space before the body is the "s" of a possessive
    const at = body.start;
    if (body.generic || body.anaphor || text.charCodeAt(at - 2) !== 115 || names.has(body.text)) return;
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (!owner || !OWNER_NOUNS.has(owner)) return;
    const owned = body.text.toLowerCase();
    for (let k = n - 1; k >= 0; k--) {
      const m = bodyMentions[k]!.body;
      if (m.generic || m.anaphor || names.has(m.text)) continue;
      const ownerName = m.text.replace(ORDINAL_PREFIX, '').replace(/^the /i, '');
      const lower = ` ${ownerName.toLowerCase()} `;
      if (!lower.includes(` ${owner} `)) continue;
      const name = lower.endsWith(` ${owned} `)
        ? ownerName
        : headWordOf(ownerName) === owner
          ? `${body.text} of ${/\d$/.test(ownerName) ? '' : 'the '}${ownerName}`
          : null;
      if (!name) continue;
      names.set(body.text, name);
      groupKeys.set(body.text, bodyGroupKey(name));
      return;
    }
  });
  return names;
}

export function readBodies(doc: TokenLayer & PhraseLayer): BodyLayer {
  const { text, bodyMentions, acronymBody } = doc;
  const articleProvince = articleProvinceOf(bodyMentions);
  const groupKeys = new Map<string, string>();
  const bodyGroupKey = unnamed((surface: string): string => {
    let key = groupKeys.get(surface);
    if (key === undefined) {
      const stripped = (acronymBody.get(surface) ?? surface).replace(ORDINAL_PREFIX, '');
      const vi = vietnameseBodyName(stripped, { province: articleProvince });
      key = vi ? `vi:${nameKey(vi.name)}` : `en:${englishNameKey(stripped)}`;
      groupKeys.set(surface, key);
    }
    return key;
  });
  joinUnitTails(bodyMentions, bodyGroupKey, groupKeys);
  joinPlacePossessives(bodyMentions, bodyGroupKey, groupKeys);
  const ownedNames = ownedBodyNames(text, bodyMentions, bodyGroupKey, groupKeys);
  const headlineEnd = headlineEndOf(text);
  const groups = new Map<string, { forms: Map<string, string>; mentions: Mention[] }>();
  for (const { body, sentence } of bodyMentions) {
    if (
      body.end <= headlineEnd &&
      !headlineBodyKept(body, bodyMentions, headlineEnd, bodyGroupKey, groupKeys)
    )
      continue;
    const key = bodyGroupKey(body.text);
    if (!groups.has(key)) groups.set(key, { forms: new Map(), mentions: [] });
    const g = groups.get(key)!;
    // an owned body: its name of the owner, and the words as written (decision 0116)
    const owned = ownedNames.get(body.text);
    if (owned && !g.forms.has(englishNameKey(owned))) g.forms.set(englishNameKey(owned), owned);
    if (!g.forms.has(englishNameKey(body.text))) g.forms.set(englishNameKey(body.text), body.text);
    g.mentions.push({ start: body.start, end: body.end, text: text.slice(body.start, body.end), sentence });
  }
  const organizations: ExtractedOrganization[] = [];
  const orgNameByGroup = new Map<string, string>();
  // "Political Department of Military Region 5" is of the kind of its own words, not of its owner's
  const ownedKindOf = new Map<string, string>();
  for (const [surface, name] of ownedNames)
    if (name.startsWith(`${surface} of `)) ownedKindOf.set(name, surface);
  for (const [key, g] of groups) {
    const forms = [...g.forms.values()];
    // a place word's possessive form ("commune's …") names no body by itself (decision 0127)
    const named = forms.filter((f) => !PLACE_POSSESSIVE_START.test(f));
    const longest = (named.length > 0 ? named : forms).reduce((best, f) =>
      f.replace(ORDINAL_PREFIX, '').length > best.replace(ORDINAL_PREFIX, '').length ? f : best,
    );
    // "the 10th session of the 15th National Assembly" with no bare form beside it: the body is the
    // National Assembly, its term no part of its name (decision 0086).
    const name = ORDINAL_PREFIX.test(longest) ? longest.replace(ORDINAL_PREFIX, '') : longest;
    if (name !== longest) forms.push(name);
    const vi = vietnameseBodyName(name.replace(ORDINAL_PREFIX, ''), { province: articleProvince });
    const place = forms.map(firstPlaceIn).find(Boolean);
    const provincial = /provincial|province/i.test(name);
    organizations.push({
      name,
      aliases: forms.filter((f) => f !== name),
      kind: vi?.kind ?? bodyKind(ownedKindOf.get(name) ?? name, 'en'),
      province: place?.vietnamese ?? (provincial ? articleProvince : null),
      parent: null,
      mentions: g.mentions,
    });
    orgNameByGroup.set(key, name);
  }
  const orgNameOf = unnamed((body: BodyPhrase | null, atOffset: number): string | null => {
    if (!body || body.generic) return null;
    if (body.anaphor) {
      // the nearest body of that kind before the anaphor (mentions are in text order)
      let lo = 0;
      let hi = bodyMentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (bodyMentions[mid]!.body.end <= atOffset) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1; k >= Math.max(0, lo - ANAPHOR_LOOKBACK); k--) {
        const m = bodyMentions[k]!;
        if (m.body.text.toLowerCase().includes(body.anaphor))
          return orgNameByGroup.get(bodyGroupKey(m.body.text)) ?? null;
      }
      return null;
    }
    return orgNameByGroup.get(bodyGroupKey(body.text)) ?? null;
  });
  const orgNamed = unnamed(
    (surface: string): string | null => orgNameByGroup.get(bodyGroupKey(surface)) ?? null,
  );
  return { organizations, orgNameOf, orgNamed };
}
