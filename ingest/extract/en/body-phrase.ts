// The phrase grammar of English body names, over the article's tokens.
//
//   body  := [ordinal | place-adj] Cap+ [’s Cap+]* ( (of|for|<head> on) [the] Cap+ … )* [at the <anaphor>]
//            — with a head noun (Committee, Commission, Ministry …) somewhere, "and" joining
//            only where one side lacks a head ("Ministry of Education and Training",
//            "Central Propaganda and Mass Mobilization Commission", not "Politburo and Secretariat"),
//            and commas only inside a "for"/"of" list of head-less words ("for Science,
//            Technology, Innovation and Digital Transformation"); a tight dash before the head
//            joins two countries ("Viet Nam–Laos Intergovernmental Committee").
//
// Head nouns, venue, event, place and generic words come from ingest/lexicon/en/body-words.tsv.
import { findPlace } from '../../lexicon/shared/provinces.ts';
import { vietnameseBodyName } from '../../lexicon/shared/bilingual.ts';
import {
  ANAPHORIC_BODY_NOUNS,
  ANAPHOR_MODIFIERS,
  BODY_HEADS,
  EVENT_WORDS,
  GENERIC_BODY_WORDS,
  ABROAD_HEADS,
  ABBREVIATED_HEADS,
  CAMPUS_HEADS,
  MEASURE_ACRONYMS,
  NAMED_HEADS,
  NUMBERED_HEADS,
  PLACE_ADJECTIVES,
  PLACE_NOUNS,
  VENUE_WORDS,
  REMIT_VENUE_WORDS,
  SERVICE_BEFORE_VENUE,
  SEAT_HEADS,
  SEAT_WORDS,
  COMPANY_SLOT_BEFORE,
  PLACES_ABROAD,
  TRAILING_HEADS,
  PLACE_PRESS_HEADS,
  COMPANY_HEADS,
  SHARED_HEAD_STARTS,
  OWNER_HEADS,
  OWNER_NOUNS,
  requiredAlternatives,
  wordKey,
} from './lexicon.ts';
import {
  SAME_SENTENCE,
  continuesName,
  honorificAt,
  isCapWord,
  isKnownAcronym,
  mayBeShortName,
  isOrdinal,
  matchPost,
  phraseText,
  shortNameInBrackets,
  type PhraseContext,
} from './phrase-words.ts';

export interface BodyPhrase {
  first: number;
  last: number;
  start: number;
  end: number;
  /** As written, possessive ending dropped, whitespace collapsed. */
  text: string;
  /** Made only of generic words ("the Party Committee"): no specific body. */
  generic: boolean;
  /** A lower-case noun referring back ("the commission"): the body is found by the caller. */
  anaphor: string | null;
}

/** Cap words up to the next connector: the item after "and" or "," inside a body name. */
function itemAfter(ctx: PhraseContext, j: number): { last: number; hasHead: boolean } | null {
  let k = j;
  let hasHead = false;
  while (
    (k === j ? isCapWord(ctx.tokens[k]) : continuesName(ctx.tokens[k])) &&
    SAME_SENTENCE(ctx, j, k) &&
    !ctx.nameStarts.has(k) &&
    !ctx.blocked(k)
  ) {
    // A post ends the item: "… Chamber of Commerce and Industry Chairman A" names the body first.
    if (matchPost(ctx, k)) break;
    if (BODY_HEADS.has(ctx.tokens[k]!.key)) hasHead = true;
    if (ABBREVIATED_HEADS.has(ctx.tokens[k]!.key) && k > j && abbreviatedHeadEnd(ctx, k) > 0) hasHead = true;
    // "the Ministry of Industry and Trade's conference": a possessive with no capitalised word after it
    // ends the item, and the body's name, on that word (decision 0129); before one ("… and Japan's
    // Ministry of …") it owns the next name and the item stops short of it.
    if (ctx.tokens[k]!.possessive) {
      const next = ctx.tokens[k + 1];
      if (!isCapWord(next) || !SAME_SENTENCE(ctx, k, k + 1)) k++;
      break;
    }
    k++;
  }
  return k === j ? null : { last: k - 1, hasHead };
}

/*
 * The last body read, kept on the phrase context (lastBodyRead). The phrase pass asks for a body at
 * a token twice — readPost looks for a body before a post ("National Assembly Chairman"), and when
 * there is no post the pass reads the body itself — so the answer at that token is kept until the
 * next token or the article's acronyms (which a body name can use) change. A field of the context
 * rather than a WeakMap keyed by it: the map's get and set at each capitalised word cost more than
 * a field (decision 0047).
 */

/** A body name starting at token i, or null. */
export function readBody(ctx: PhraseContext, i: number): BodyPhrase | null {
  // Most tokens (lower-case words, punctuation) start no body: answered before the memo, whose
  // bookkeeping at every token cost more than this test. These are readBodyAt's own first tests.
  const t = ctx.tokens[i];
  const mayStart =
    !!t &&
    (t.kind === 'number' || isCapWord(t) || (t.kind === 'word' && !t.cap && PLACE_ADJECTIVES.has(t.key)));
  if (!mayStart) return null;
  const last = ctx.lastBodyRead;
  if (last && last.at === i && last.acronyms === ctx.acronyms.size) return last.body;
  const body = readBodyAt(ctx, i);
  ctx.lastBodyRead = { at: i, acronyms: ctx.acronyms.size, body };
  return body;
}

/**
 * A known acronym at token j that names its body here. One that is also an economic measure ("GDP
 * grew by 7 per cent"; body-words.tsv `measure`) does so only right before a post ("the GDP chief")
 * or once the article has defined it in brackets (decision 0076).
 */
function acronymBodyAt(ctx: PhraseContext, j: number): boolean {
  const t = ctx.tokens[j]!;
  if (!isKnownAcronym(ctx, t)) return false;
  const bare = t.text.replace(/[’']s?$/, '');
  if (!MEASURE_ACRONYMS.has(bare.toLowerCase())) return true;
  return ctx.acronyms.has(bare) || matchPost(ctx, j + 1) !== null;
}

function readBodyAt(ctx: PhraseContext, i: number): BodyPhrase | null {
  const { tokens } = ctx;
  const startToken = tokens[i];
  if (!startToken || ctx.blocked(i) || ctx.nameStarts.has(i)) return null;
  let j = i;
  if (isOrdinal(startToken) && isCapWord(tokens[i + 1])) j = i + 1;
  else if (
    startToken.kind === 'word' &&
    PLACE_ADJECTIVES.has(startToken.key) &&
    !startToken.cap &&
    isCapWord(tokens[i + 1])
  )
    j = i + 1;
  else if (!isCapWord(startToken)) return null;
  if (matchPost(ctx, j)) return null;
  const j0 = j;

  let orgHasHead = false;
  let segmentHasHead = false;
  let inComplement = false;
  let inRemit = false;
  let lastGood = -1;
  let sawVenue = false;
  let abroad = false;
  const acronymOnly = mayBeShortName(ctx, tokens[j]!) && acronymBodyAt(ctx, j);

  while (j < tokens.length && SAME_SENTENCE(ctx, i, j)) {
    const t = tokens[j]!;
    if (ctx.blocked(j) || (j > i && ctx.nameStarts.has(j))) break;
    if (t.key === 'no' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'number' && j > i) {
      lastGood = j + 2;
      j += 3;
      continue;
    }
    // A company's legal form ends its name: "Dong Nai Precision Industries Co., Ltd.", "… Co. Ltd"
    // (decision 0125); the run before it needs no head of its own.
    if (j > i && t.key === 'co' && t.cap && tokens[j + 1]?.text === '.') {
      const ltd = tokens[j + 2]?.text === ',' ? j + 3 : j + 2;
      if (tokens[ltd]?.key === 'ltd' && tokens[ltd]!.cap && SAME_SENTENCE(ctx, i, ltd)) {
        orgHasHead = true;
        lastGood = tokens[ltd + 1]?.text === '.' && SAME_SENTENCE(ctx, i, ltd + 1) ? ltd + 1 : ltd;
        break;
      }
    }
    if (j === i ? isCapWord(t) : continuesName(t)) {
      if (EVENT_WORDS.has(t.key)) return null;
      if (j > i && honorificAt(tokens, j, ctx.nameStarts) > 0) break;
      if (j > i && matchPost(ctx, j)) break;
      // "the National Centre for Hydro-Meteorological Forecasting": a venue word with "for" and a
      // capitalised remit right after it heads a body (body-words.tsv `remit-venue`; decision 0123).
      // "the Da Nang Public Administration Service Centre", "the Viet Nam National Space Centre": a
      // venue word right after a word of a service or a remit heads a body too (body-words.tsv
      // `service-before-venue`; decision 0127).
      const remitVenue =
        (tokens[j + 1]?.key === 'for' &&
          REMIT_VENUE_WORDS.has(t.key) &&
          isCapWord(tokens[j + 2]) &&
          SAME_SENTENCE(ctx, j, j + 2)) ||
        (j > i &&
          VENUE_WORDS.has(t.key) &&
          SERVICE_BEFORE_VENUE.has(tokens[j - 1]!.key) &&
          tokens[j - 1]!.cap);
      if (VENUE_WORDS.has(t.key) && !remitVenue) {
        sawVenue = true;
        break;
      }
      if (remitVenue || BODY_HEADS.has(t.key) || (NAMED_HEADS.has(t.key) && ownWordBefore(ctx, i, j))) {
        orgHasHead = true;
        segmentHasHead = true;
        if (ABROAD_HEADS.has(t.key)) abroad = true;
      }
      // "Seoul Precision Vina Co., Ltd", "Minh Tam Plastics Co. Ltd": a company head written with its
      // full stop ends the name, with ", Ltd" or "Ltd" after it (body-words.tsv `abbreviated-head`;
      // decision 0127). Only after a word of the name's own.
      if (j > i && ABBREVIATED_HEADS.has(t.key)) {
        const end = abbreviatedHeadEnd(ctx, j);
        if (end > 0) {
          orgHasHead = true;
          lastGood = end;
          break;
        }
      }
      // "Military Region 4": a head that names a unit only with its number (decision 0081).
      if (
        NUMBERED_HEADS.has(t.key) &&
        j > i &&
        tokens[j + 1]?.kind === 'number' &&
        SAME_SENTENCE(ctx, j, j + 1)
      ) {
        orgHasHead = true;
        segmentHasHead = true;
        lastGood = j + 1;
        j += 2;
        continue;
      }
      // A run of two words or more that is, whole, the English name of a body the bilingual lexicon
      // knows has no head word to find ("Vietnam Electricity", "Vietnam Television"; decision 0104);
      // asked once, where the run ends.
      // One word that is no acronym may be such a name too ("PetroVietnam said …"; decision 0127).
      if (!orgHasHead && (j > i || !t.acronym) && !continuesName(tokens[j + 1]) && knownBodyName(ctx, i, j)) {
        orgHasHead = true;
        segmentHasHead = true;
      }
      if (orgHasHead || inComplement || (mayBeShortName(ctx, t) && acronymBodyAt(ctx, j))) lastGood = j;
      if (t.possessive) {
        const next = tokens[j + 1];
        if (!isCapWord(next) || !SAME_SENTENCE(ctx, j, j + 1)) break;
        segmentHasHead = false;
      }
      j++;
      continue;
    }
    if (t.kind === 'word' && !t.cap) {
      const next = tokens[j + 1];
      if (PLACE_ADJECTIVES.has(t.key) && isCapWord(next)) {
        j++;
        continue;
      }
      // "the Nghe An newspaper": a province's paper, its lower-case head right after the province's
      // name alone (body-words.tsv `place-press-head`; decision 0135).
      if (
        PLACE_PRESS_HEADS.has(t.key) &&
        j > i &&
        !orgHasHead &&
        !inComplement &&
        !!findPlace(phraseText(ctx, i, j - 1).text)
      ) {
        orgHasHead = true;
        lastGood = j;
        break;
      }
      // "the National Assembly delegation of Phu Tho province": a lower-case head after the name,
      // with a capitalised place after its "of" (decision 0086).
      if (
        TRAILING_HEADS.has(t.key) &&
        orgHasHead &&
        !inComplement &&
        lastGood === j - 1 &&
        next?.key === 'of' &&
        isCapWord(tokens[j + 2]) &&
        SAME_SENTENCE(ctx, j, j + 2)
      ) {
        lastGood = j;
        j++;
        continue;
      }
      if (PLACE_NOUNS.has(t.key) && inComplement && lastGood === j - 1) {
        lastGood = j;
        j++;
        continue;
      }
      // "Committee on Foreign Affairs", "Steering Committee on Anti-Corruption …": "on" right after
      // the head noun opens its remit, as "of" and "for" do — but not after a document's issuer,
      // where it opens the document's subject ("Directive 35 of the Politburo on Party
      // congresses"), nor before a date ("the Politburo on Monday": weekdays are stop words).
      const remitOn = t.key === 'on' && BODY_HEADS.has(tokens[j - 1]?.key ?? '') && !issuerOfDocument(ctx, i);
      // "the Embassy of Viet Nam in Japan": a mission's name ends in the place it sits (decision 0081).
      // "the Vietnamese Embassy in Indonesia": right after the head, with a word of the name's own
      // before it (a headline's bare "Embassy in Tokyo" names no mission), "in" and a place abroad
      // (places-abroad.txt) end the name too (decision 0123).
      const abroadIn =
        t.key === 'in' &&
        abroad &&
        (inComplement ||
          (j - 1 > i &&
            ABROAD_HEADS.has(tokens[j - 1]?.key ?? '') &&
            !!next &&
            isCapWord(next) &&
            PLACES_ABROAD.has(next.key)));
      // "the High People's Procuracy in Da Nang": a high court's or procuracy's name ends in the city
      // it sits in (body-words.tsv `seat-head`, `seat-word`; decision 0127).
      const seatIn =
        t.key === 'in' &&
        !inComplement &&
        SEAT_HEADS.has(tokens[j - 1]?.key ?? '') &&
        isCapWord(next) &&
        seatWordIn(ctx, i, j) &&
        seatCityAfter(ctx, j) > 0;
      // "Commission for the Management of State Capital at Enterprises": inside a complement, "at"
      // before a capitalised word that is no place (decision 0092).
      const atInName =
        t.key === 'at' &&
        inComplement &&
        !abroad &&
        isCapWord(next) &&
        !ctx.nameStarts.has(j + 1) &&
        !PLACES_ABROAD.has(next!.key) &&
        !findPlace(next!.text) &&
        !findPlace(phraseText(ctx, j + 1, j + 2).text);
      if (seatIn) {
        lastGood = seatCityAfter(ctx, j);
        break;
      }
      if ((t.key === 'of' || t.key === 'for' || remitOn || abroadIn || atInName) && next) {
        let k = j + 1;
        if (tokens[k]?.key === 'the' && !tokens[k]!.cap) k++;
        const target = tokens[k];
        if (
          (isCapWord(target) || isOrdinal(target)) &&
          !ctx.nameStarts.has(k) &&
          !matchPost(ctx, k) &&
          !ctx.blocked(k)
        ) {
          if (!orgHasHead && !acronymOnly) {
            // "the Voice of Viet Nam", "Electricity of Vietnam": a name the bilingual lexicon knows
            // whole, with "of" and no head word (decision 0127; 0104 for the names without "of").
            const known = t.key === 'of' ? knownNameThrough(ctx, i, k) : -1;
            if (known > 0) lastGood = known;
            break;
          }
          inComplement = true;
          inRemit = t.key === 'for';
          j = k;
          continue;
        }
        break;
      }
      if (t.key === 'and') {
        const item = itemAfter(ctx, j + 1);
        // Inside a remit after "for", one head word alone after "and" names no body of its own: "the
        // Committee for Culture and Society" is one committee (decision 0125), as "the Ministry of
        // Education and Training" is one ministry.
        const loneHead = !!item && inRemit && item.last === j + 1 && !tokens[j + 1]!.acronym;
        if (!item || (segmentHasHead && item.hasHead && !loneHead)) break;
        // "the Ministry of Health and Viet Nam Social Security": after a body with its head, a body
        // the bilingual lexicon knows whole, with no head word, is a second body (decision 0130).
        if (orgHasHead && knownNameThrough(ctx, j + 1, j + 1) > 0) break;
        if (!orgHasHead && !inComplement && twoCompaniesAt(ctx, i, j, item.last)) break;
        j++;
        continue;
      }
      if (
        t.key === 'at' &&
        tokens[j + 1]?.key === 'the' &&
        ANAPHORIC_BODY_NOUNS.has(tokens[j + 2]?.key ?? '') &&
        !tokens[j + 2]!.cap &&
        orgHasHead
      ) {
        lastGood = j + 2;
        j += 3;
        break;
      }
      break;
    }
    // "the Lao People's Revolutionary Party (LPRP) Central Committee": a short name in brackets inside
    // the name, the name's own words going on after it to a head of their own (decision 0130).
    if (
      t.text === '(' &&
      orgHasHead &&
      lastGood === j - 1 &&
      shortNameInBrackets(tokens, j + 1) &&
      headRunAfter(ctx, j + 3)
    ) {
      segmentHasHead = false;
      j += 3;
      continue;
    }
    // Two countries' joint body: "Viet Nam–Cambodia Joint Commission", "Vietnam–Laos Intergovernmental
    // Committee" — a dash written tight between two capitalised words, before the head (decision 0076).
    if (
      (t.text === '–' || t.text === '-') &&
      j > i &&
      !orgHasHead &&
      isCapWord(tokens[j + 1]) &&
      tokens[j - 1]!.end === t.start &&
      t.end === tokens[j + 1]!.start &&
      !ctx.nameStarts.has(j + 1)
    ) {
      j++;
      continue;
    }
    // "Viet Nam National University, Ho Chi Minh City (VNU-HCM)": a university named with its campus
    // city after a comma, the whole capitalised run a province or city (decision 0081).
    if (t.text === ',' && orgHasHead && CAMPUS_HEADS.has(tokens[j - 1]!.key)) {
      const city = campusCityAfter(ctx, j);
      if (city > 0) {
        lastGood = city;
        break;
      }
    }
    if (t.text === ',' && inComplement) {
      const item = itemAfter(ctx, j + 1);
      if (!item || item.hasHead) break;
      // A list item is followed by another item or by "and": "Science, Technology, … and Digital Transformation".
      const after = tokens[item.last + 1];
      if (!after || (after.text !== ',' && after.key !== 'and')) break;
      j++;
      continue;
    }
    break;
  }
  if (sawVenue) return null;
  if (lastGood < 0) return i === j0 ? headlessCompanyAt(ctx, i) : null;
  // "Central Committee and", "Ministry of" — trim trailing connectors.
  let last = lastGood;
  while (
    last > i &&
    tokens[last]!.kind === 'word' &&
    ['of', 'for', 'and', 'the'].includes(tokens[last]!.key) &&
    !tokens[last]!.cap
  )
    last--;
  // "Vietnam's National Assembly", "Japan's Ministry of Economy, Trade and Industry": the country's
  // possessive is not part of the body's name (a country of places-abroad.txt since decision 0086).
  let first = i;
  if (
    last > i &&
    tokens[i]!.possessive &&
    (COUNTRY_WORDS.has(tokens[i]!.key) || PLACES_ABROAD.has(tokens[i]!.key))
  )
    first = i + 1;
  const { start, end, text } = phraseText(ctx, first, last);
  const words = [];
  for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.key);
  // "a Working Group", "an agency": an indefinite mention names no specific body.
  const before = tokens[i - 1];
  const indefinite =
    !!before && before.kind === 'word' && !before.cap && (before.key === 'a' || before.key === 'an');
  const generic = indefinite || words.every((w) => GENERIC_BODY_WORDS.has(w) || w === 'of' || w === 'the');
  return { first, last, start, end, text, generic, anaphor: null };
}
/**
 * A company written with no head noun ("ExxonMobil", "Vietnam Electricity", "LG Innotek"): a run of
 * up to four capitalised words at i that is no place (places-abroad.txt, provinces.tsv, a place noun
 * last) and stands in an organisation's slot — its short name in brackets after it ("Vietnam
 * Electricity (EVN)"; not an economic measure's, body-words.tsv `measure`), a post after its
 * possessive ("ExxonMobil's CEO"), or the words before it (patterns.tsv company-slot-before: "a
 * delegation from", "handed over the licence to"). Decision 0086.
 */
function headlessCompanyAt(ctx: PhraseContext, i: number): BodyPhrase | null {
  const { tokens } = ctx;
  // The run's start: a capitalised word before it in the sentence means i is inside another name.
  if (i > 0 && continuesName(tokens[i - 1]) && SAME_SENTENCE(ctx, i - 1, i)) return null;
  let last = i;
  for (let k = i; k < i + 4; k++) {
    const t = tokens[k];
    if (!(k === i ? isCapWord(t) : continuesName(t)) || !SAME_SENTENCE(ctx, i, k) || ctx.blocked(k)) break;
    if (k > i && (ctx.nameStarts.has(k) || matchPost(ctx, k))) break;
    if (EVENT_WORDS.has(t!.key) || VENUE_WORDS.has(t!.key)) return null;
    last = k;
    if (t!.possessive) break;
  }
  // A longer capitalised run is a title or a headline, not a company's name.
  if (
    continuesName(tokens[last + 1]) &&
    !ctx.nameStarts.has(last + 1) &&
    !tokens[last]!.possessive &&
    SAME_SENTENCE(ctx, last, last + 1)
  )
    return null;
  const lastToken = tokens[last]!;
  const bracketed =
    !lastToken.possessive &&
    shortNameInBrackets(tokens, last + 2) &&
    tokens[last + 2]!.acronym &&
    !MEASURE_ACRONYMS.has(tokens[last + 2]!.key);
  const ownsPost = lastToken.possessive && matchPost(ctx, last + 1) !== null;
  const before = tokens[i - 1]?.key;
  // A name that runs on with "of" ("the Republic of Korea") is not a company's.
  if (tokens[last + 1]?.key === 'of' && !lastToken.possessive) return null;
  // "Kumho Tire and Sailun Group": a brand joined by "and" to a company (decision 0092).
  const joinedToCompany =
    tokens[last + 1]?.key === 'and' && !lastToken.possessive && joinedCompanyAfter(ctx, i, last + 1);
  const slot =
    joinedToCompany ||
    bracketed ||
    ownsPost ||
    (before === 'of' && postOfBefore(ctx, i - 1)) ||
    ((before === 'from' ||
      before === 'of' ||
      before === 'to' ||
      before === 'the' ||
      before === 'with' ||
      before === 'and') &&
      companySlotBefore(ctx.text.slice(Math.max(0, tokens[i]!.start - 120), tokens[i]!.start)));
  if (!slot) return null;
  const { start, end, text } = phraseText(ctx, i, last);
  const bare = text.replace(/[’']s?$/, '');
  if (PLACE_NOUNS.has(tokens[last]!.key) || PLACES_ABROAD.has(wordKey(bare)) || findPlace(bare)) return null;
  const words = [];
  for (let k = i; k <= last; k++) words.push(tokens[k]!.key);
  if (words.every((w) => GENERIC_BODY_WORDS.has(w))) return null;
  const prior = tokens[i - 1];
  const indefinite =
    !!prior && prior.kind === 'word' && !prior.cap && (prior.key === 'a' || prior.key === 'an');
  if (indefinite) return null;
  return { first: i, last, start, end, text: bare, generic: false, anaphor: null };
}

/**
 * The texts one of which every match of COMPANY_SLOT_BEFORE holds ("with", "delegation", …: read
 * from the pattern by requiredAlternatives, so a new alternative brings its own), lower case; null
 * (no gate) if one of them is not plain ASCII lower case, where the reasoning below would not hold.
 */
export const COMPANY_SLOT_TEXTS: readonly string[] | null = ((texts) =>
  texts?.every((t) => /^[a-z ]+$/.test(t)) ? texts : null)(
  requiredAlternatives(COMPANY_SLOT_BEFORE.source)?.map((t) => t.toLowerCase()) ?? null,
);

/**
 * COMPANY_SLOT_BEFORE.test(before), run only on a text that holds one of COMPANY_SLOT_TEXTS: the
 * end-anchored, case-insensitive Unicode expression was tried from every character of the 120 before
 * the word (0.8 % of English extraction; three calls in four find none of the texts, decision 0128).
 * Under the expression's `iu` flags a letter of those texts matches itself, its capital and, for
 * "k" and "s", the Kelvin sign and the long s; toLowerCase maps every one of them back to the
 * letter but the long s, so a text holding "ſ" is always tried. Held to the expression by
 * test/unit/extract-en-mechanics-0128.test.ts.
 */
export function companySlotBefore(before: string): boolean {
  if (COMPANY_SLOT_TEXTS !== null && !before.includes('ſ')) {
    const lower = before.toLowerCase();
    let holds = false;
    for (const t of COMPANY_SLOT_TEXTS)
      if (lower.includes(t)) {
        holds = true;
        break;
      }
    if (!holds) return false;
  }
  return COMPANY_SLOT_BEFORE.test(before);
}

/** The body after the "and" at token `and` ends in a company head and the run before it is a brand. */
function joinedCompanyAfter(ctx: PhraseContext, i: number, and: number): boolean {
  const item = itemAfter(ctx, and + 1);
  return !!item && twoCompaniesAt(ctx, i, and, item.last);
}

/**
 * "Kumho Tire and Sailun Group": the "and" at token `and` joins two companies, not one body's words,
 * when the item after it ends in a company head (body-words.tsv `company-head`) and the head-less run
 * before it, from token i, is a brand of its own: two words or more, its first word no place and no
 * national word (`shared-head-start`: "Vietnam Oil and Gas Group" is one body). Decision 0092.
 */
function twoCompaniesAt(ctx: PhraseContext, i: number, and: number, itemLast: number): boolean {
  const { tokens } = ctx;
  const companyHead =
    COMPANY_HEADS.has(tokens[itemLast]!.key) ||
    (ABBREVIATED_HEADS.has(tokens[itemLast]!.key) && abbreviatedHeadEnd(ctx, itemLast) > 0);
  if (!companyHead || and - i < 2) return false;
  const first = tokens[i]!;
  if (!isCapWord(first) || SHARED_HEAD_STARTS.has(first.key) || PLACES_ABROAD.has(first.key)) return false;
  for (let k = i + 1; k < and; k++) if (findPlace(phraseText(ctx, i, k).text)) return false;
  return !findPlace(first.text);
}

/**
 * The body a body's name is owned by, named in it with a possessive: "the Ministry of Public
 * Security's Department of Cyber Security" is the department's name and names the ministry too
 * (decision 0092), so that "Deputy Minister of Public Security" finds its ministry. The owner has
 * an owner head of its own (body-words.tsv `owner-head`: Ministry); "the Party Central Committee's
 * Inspection Commission" stays one body, as the gold names it. A country's possessive was cut off
 * the name before (decision 0086).
 */
export function ownerBodyIn(ctx: PhraseContext, body: BodyPhrase): BodyPhrase | null {
  const { tokens } = ctx;
  for (let k = body.first; k < body.last; k++) {
    const t = tokens[k]!;
    if (!t.possessive) continue;
    let headed = false;
    for (let h = body.first; h <= k; h++) if (OWNER_HEADS.has(tokens[h]!.key)) headed = true;
    if (!headed) return null;
    const { start, end, text } = phraseText(ctx, body.first, k);
    return {
      first: body.first,
      last: k,
      start,
      end,
      text: text.replace(/[’']s?$/, ''),
      generic: false,
      anaphor: null,
    };
  }
  return null;
}

/**
 * A post that is no minister's ends right before the "of" at token `of`: "General Director of Viettel",
 * "Deputy General Director of Vietcombank" (decision 0086). A portfolio ("Minister of Finance") is
 * the ministry's, read by post-phrase.ts.
 */
function postOfBefore(ctx: PhraseContext, of: number): boolean {
  for (let p = of - 1; p >= Math.max(0, of - 4); p--) {
    const post = matchPost(ctx, p);
    if (post && post.last === of - 1) return !post.entry.portfolio;
  }
  return false;
}

/**
 * The last token of a company's name whose abbreviated head ("Co") is token j: the head itself when
 * its full stop is written tight after it, the "Ltd" of ", Ltd" or " Ltd" after that stop; -1 when no
 * full stop follows (decision 0127).
 */
function abbreviatedHeadEnd(ctx: PhraseContext, j: number): number {
  const { tokens } = ctx;
  const stop = tokens[j + 1];
  if (stop?.text !== '.' || stop.start !== tokens[j]!.end || !SAME_SENTENCE(ctx, j, j + 1)) return -1;
  let k = j + 2;
  if (tokens[k]?.text === ',') k++;
  const ltd = tokens[k];
  return ltd && (ltd.key === 'ltd' || ltd.key === 'limited') && ltd.cap && SAME_SENTENCE(ctx, j, k) ? k : j;
}

/** A seat word ("High") stands among tokens i..j-1 (decision 0127). */
function seatWordIn(ctx: PhraseContext, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (ctx.tokens[k]!.cap && SEAT_WORDS.has(ctx.tokens[k]!.key)) return true;
  return false;
}

/** The last token of a province's or city's name written right after the "in" at j, or -1 (decision 0127). */
function seatCityAfter(ctx: PhraseContext, j: number): number {
  let k = j + 1;
  while (k <= j + 4 && isCapWord(ctx.tokens[k]) && SAME_SENTENCE(ctx, j, k) && !ctx.nameStarts.has(k)) k++;
  for (let last = k - 1; last > j; last--) if (findPlace(phraseText(ctx, j + 1, last).text)) return last;
  return -1;
}

/** The last token of a province's or city's name written right after the comma at j, or -1. */
function campusCityAfter(ctx: PhraseContext, j: number): number {
  let k = j + 1;
  while (k <= j + 4 && isCapWord(ctx.tokens[k]) && SAME_SENTENCE(ctx, j, k) && !ctx.nameStarts.has(k)) k++;
  return k > j + 1 && findPlace(phraseText(ctx, j + 1, k - 1).text) ? k - 1 : -1;
}
const COUNTRY_WORDS = new Set(['vietnam', 'viet nam', 'country', 'nation']);

/**
 * A capitalised word of the name's own, not generic, stands between i and j: "Communist" before
 * "Party". A province's name is not one ("Quang Ninh Party congress" is the province's congress of the
 * Party, no body; decision 0076).
 */
function ownWordBefore(ctx: PhraseContext, i: number, j: number): boolean {
  let own = false;
  for (let k = i; k < j && !own; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'word' && t.cap && !GENERIC_BODY_WORDS.has(t.key)) own = true;
  }
  // A head after "Party" makes a body anyway ("Ha Noi Party Committee"): the place is asked only
  // where "Party" would end the name.
  if (!own || BODY_HEADS.has(ctx.tokens[j + 1]?.key ?? '')) return own;
  // The capitalised run the name is read from, back to its start ("Bac" of "Bac Ninh Party" read from "Ninh").
  let from = i;
  while (
    from > 0 &&
    isCapWord(ctx.tokens[from - 1]) &&
    SAME_SENTENCE(ctx, from - 1, i) &&
    ctx.tokens[from - 1]!.end + 1 === ctx.tokens[from]!.start
  )
    from--;
  const place = phraseText(ctx, from, j - 1).text;
  return !findPlace(place) && !PLACES_ABROAD.has(wordKey(place));
}

/**
 * Up to three capitalised words from token k, of one sentence and tight after the bracket before it,
 * the last a body's head and none a post or a name: "(LPRP) Central Committee" (decision 0130).
 */
function headRunAfter(ctx: PhraseContext, k: number): boolean {
  const { tokens } = ctx;
  if (!SAME_SENTENCE(ctx, k - 1, k) || tokens[k - 1]!.end + 1 !== tokens[k]?.start) return false;
  for (let e = k; e < k + 3; e++) {
    const t = tokens[e];
    if (!isCapWord(t) || !SAME_SENTENCE(ctx, k, e) || ctx.nameStarts.has(e) || matchPost(ctx, e))
      return false;
    if (BODY_HEADS.has(t!.key)) return true;
  }
  return false;
}

/**
 * The last token of a body the bilingual lexicon knows whole, from token i through up to three
 * capitalised words from token k (after "of"), or -1 (decision 0127).
 */
function knownNameThrough(ctx: PhraseContext, i: number, k: number): number {
  let last = k;
  while (last < k + 3 && isCapWord(ctx.tokens[last + 1]) && SAME_SENTENCE(ctx, k, last + 1)) last++;
  for (let e = last; e >= k; e--) if (isCapWord(ctx.tokens[e]) && knownBodyName(ctx, i, e)) return e;
  return -1;
}

/** Tokens i..j are, whole, a body of the bilingual lexicon, named without a place placeholder. */
function knownBodyName(ctx: PhraseContext, i: number, j: number): boolean {
  return vietnameseBodyName(phraseText(ctx, i, j).text) !== null;
}

/** The body starting at token i is written as a document's issuer: "<document> of/by [the] <body>". */
function issuerOfDocument(ctx: PhraseContext, i: number): boolean {
  let k = i - 1;
  if (ctx.tokens[k]?.key === 'the') k--;
  return ['of', 'by'].includes(ctx.tokens[k]?.key ?? '') && k > 0 && ctx.blocked(k - 1);
}

/**
 * The named body a lower-case owner's possessive stands before, from token i: "(Head of the) military
 * region's Political Department", "ministry's Planning Department" (body-words.tsv `owner-noun`;
 * decision 0116). Up to two lower-case words before the owner; the body is the one named after it,
 * which the bodies component names "<body> of [the] <owner>". Not a generic one ("the ministry's Party
 * Committee" is read as before, through the anaphor).
 */
export function ownedBodyAt(ctx: PhraseContext, i: number): BodyPhrase | null {
  const { tokens } = ctx;
  for (let k = i; k <= i + 2; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.cap) return null;
    if (!t.possessive) continue;
    if (!OWNER_NOUNS.has(t.key) || !SAME_SENTENCE(ctx, i, k + 1)) return null;
    // "the ministry's Party Committee": a generic body is left to the anaphor's reading
    const body = readBody(ctx, k + 1);
    return body && !body.generic ? body : null;
  }
  return null;
}

export function anaphorAt(ctx: PhraseContext, i: number): BodyPhrase | null {
  const t = ctx.tokens[i];
  if (!t || t.cap) return null;
  // "the steering committee": a modifier narrows the anaphor to the body whose name holds both words.
  const noun = ctx.tokens[i + 1];
  if (
    ANAPHOR_MODIFIERS.has(t.key) &&
    noun &&
    !noun.cap &&
    ANAPHORIC_BODY_NOUNS.has(noun.key) &&
    SAME_SENTENCE(ctx, i, i + 1)
  ) {
    const text = ctx.text.slice(t.start, noun.end);
    return {
      first: i,
      last: i + 1,
      start: t.start,
      end: noun.end,
      text,
      generic: false,
      anaphor: `${t.key} ${noun.key}`,
    };
  }
  if (!ANAPHORIC_BODY_NOUNS.has(t.key)) return null;
  return { first: i, last: i, start: t.start, end: t.end, text: t.text, generic: false, anaphor: t.key };
}
