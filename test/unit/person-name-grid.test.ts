// Person names as a class (decision 0094): every name shape of test/support/name-grid.ts in every
// context, each cell one short article through the real `extract`. The cells that do not come out
// right are listed below with their outcome, and each test checks that the cells outside `found`
// are EXACTLY that list: a rule that fixes a cell must move it out of the list, and a rule that
// breaks one must put it in, so the table of decision 0094 stays what the code does.
// `NAME_GRID_TABLE=1 npx vitest run --project unit test/unit/person-name-grid.test.ts` prints it.
import { describe, expect, it } from 'vitest';
import {
  EN_CONTEXTS,
  EN_NOT_PERSONS,
  EN_SHAPES,
  type Outcome,
  VI_CONTEXTS,
  VI_FOREIGN_CONTEXTS,
  VI_FOREIGN_SHAPES,
  VI_NOT_PERSONS,
  VI_SHAPES,
  personOverlapping,
  runGrid,
} from '../support/name-grid.ts';
import { missesOf, tableOf } from '../support/grid.ts';
import { extractText } from '../support/extraction-views.ts';

const show = (title: string, table: string) => {
  if (process.env.NAME_GRID_TABLE) console.log(`\n${title}\n\n${table}\n`);
};

/** "name @ context" for every name of `names` in every context of `contexts`. */
const across = (names: readonly string[], contexts: readonly string[], outcome: Outcome) =>
  Object.fromEntries(names.flatMap((n) => contexts.map((c) => [`${n} @ ${c}`, outcome] as const)));

// Known misses, Vietnamese names in Vietnamese text. As found (ffd7e8b, before the two shapes and
// the context added later) 76 more: a post right after the name with no comma (54), two syllables
// in a list or after "Đại biểu" (12), the family names Kpă and Quảng (10); and after a place ending
// in a family-name syllable ("phường Hải Châu"), nine names of two syllables or from a family name
// outside the list. Decision 0094's rules moved them all out.
const VI_KNOWN: Record<string, Outcome> = {
  // Two syllables alone at a sentence start are too weak to keep (a place, a company, a slogan).
  ...across(['Phạm Đức', "H'Hen Niê", 'Siu Hương', 'Kpă Thuyên', 'Danh Út'], ['sentence start'], 'missed'),
};

// Known misses, foreign names in Vietnamese text: none since "ngài" is a word of address (decision
// 0094); as found, six of the seven names were missed after it.
const VI_FOREIGN_KNOWN: Record<string, Outcome> = {};

// Known misses, English. As found (ffd7e8b) there were 96: a name with an initial, a particle or a
// capitalised hyphenated given name in any context (36), a foreign name anywhere but right after a
// post (54), "Rah" as no family name (6). Decision 0094's rules (initials, particles and titles in
// foreign-names.ts, "who is also", Jarai family names, East Asian family names written first) left
// 12: given-name-first names run into a body or after a province's post. Decision 0098's rule (a
// body's head, a place's noun, a country after "of", "in Viet Nam" end the post before a name of two
// or three words ending the phrase) found them, and the two contexts it added ("post of a country",
// "post in Viet Nam") came out whole. Decision 0102 added one-word names ("Sugiono", "Prabowo"), a
// four-word name with a suffix ("Ferdinand Romualdez Marcos Jr.") and the context "acting post
// before": as found (3108216) all 39 cells of the new shapes were missed or cut, and "Ursula von der
// Leyen" after "Acting Minister of Foreign Affairs" was cut ("Affairs Ursula …"): 40 of 351. Its rules
// (one word after a post or a title, four words and "Jr." after a post, one word after a portfolio)
// left these 9: the readers of names before a post and in lists take two or three words. Decision
// 0116 reads a generational suffix with its full stop before the comma or "and" of an apposition
// or a list ("Ferdinand Romualdez Marcos Jr., Deputy Minister …"; the apposition had also looked
// for the post one token after the name's end, not after the comma): 6 left, the one-word names.
// Decision 0130 reads a one-word name in apposition when English (compromise's lexicon and tagger)
// does not know the word, and between two persons of a list: none left.
const EN_KNOWN: Record<string, Outcome> = {};

// Each test runs the whole extractor over a few hundred short articles: about 0.4 s alone, but two
// helpers' whole-project runs at load 11–28 saw the 5 s default run out (stop 23).
const GRID_TIMEOUT = { timeout: 60_000 };

describe('the person-name grid (decision 0094)', GRID_TIMEOUT, () => {
  it('Vietnamese names in Vietnamese text: the cells not found are exactly the known misses', () => {
    const cells = runGrid('vi', VI_SHAPES, VI_CONTEXTS);
    show('Vietnamese names × contexts', tableOf(cells));
    expect(cells.length).toBe(VI_SHAPES.length * VI_CONTEXTS.length);
    expect(missesOf(cells)).toEqual(VI_KNOWN);
  });

  it('foreign names in Vietnamese text: the cells not found are exactly the known misses', () => {
    const cells = runGrid('vi', VI_FOREIGN_SHAPES, VI_FOREIGN_CONTEXTS);
    show('foreign names in Vietnamese text × contexts', tableOf(cells));
    expect(missesOf(cells)).toEqual(VI_FOREIGN_KNOWN);
  });

  it('names in English text: the cells not found are exactly the known misses', () => {
    const cells = runGrid('en', EN_SHAPES, EN_CONTEXTS);
    show('names in English text × contexts', tableOf(cells));
    expect(cells.length).toBe(EN_SHAPES.length * EN_CONTEXTS.length);
    expect(missesOf(cells)).toEqual(EN_KNOWN);
  });

  it('reads no person in a street, a school, a prize, a company, a place or a byline (Vietnamese)', () => {
    for (const { text, phrase } of VI_NOT_PERSONS)
      expect(personOverlapping(extractText(text, 'vi', '2025-05-20'), phrase), text).toEqual([]);
  });

  it('reads no person in a street, a school, a university or a place (English)', () => {
    for (const { text, phrase } of EN_NOT_PERSONS)
      expect(personOverlapping(extractText(text, 'en', '2025-05-20'), phrase), text).toEqual([]);
  });
});

describe('guards of the rules decision 0094 added', () => {
  const vi = (text: string) => extractText(text, 'vi', '2025-05-20');
  it('continues a list only from a person with a post or a word of address', () => {
    const e = vi('Sáng 12/5, Nguyễn Văn Hùng, Lê Lợi và Trần Phú được đặt tên cho ba tuyến phố mới.');
    expect(e.persons.map((p) => p.name)).toEqual(['Nguyễn Văn Hùng']);
  });
  it('reads a post right after a name with no comma only after a word of address', () => {
    const e = vi(
      'Sáng 12/5, Nguyễn Văn Hùng Bí thư Tỉnh ủy Lào Cai đến thăm. Ông Lê Văn Tám Giám đốc Sở Y tế dự.',
    );
    const seats = e.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${r.person} | ${r.role}`)
      .sort();
    expect(seats).toEqual(['Lê Văn Tám | Giám đốc']);
  });
});
