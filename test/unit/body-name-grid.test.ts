// Bodies as a class (decision 0104): every body shape of test/support/body-grid.ts in every context,
// each cell one short article through the real `extract`. The cells that do not come out right are
// listed below with their outcome, and each test checks that the cells outside `found` are EXACTLY
// that list: a rule that fixes a cell must move it out of the list, and a rule that breaks one must
// put it in, so the table of decision 0104 stays what the code does.
// `BODY_GRID_TABLE=1 npx vitest run --project unit test/unit/body-name-grid.test.ts` prints it.
import { describe, expect, it } from 'vitest';
import { bodyNamesOf, extractText } from '../support/extraction-views.ts';
import {
  type BodyOutcome,
  EN_BODIES,
  EN_BODY_CONTEXTS,
  VI_BODIES,
  VI_BODY_CONTEXTS,
  runBodyGrid,
} from '../support/body-grid.ts';
import { missesOf, tableOf } from '../support/grid.ts';

const show = (title: string, table: string, misses: Record<string, BodyOutcome>) => {
  if (process.env.BODY_GRID_TABLE)
    console.log(`\n${title}\n\n${table}\n\n${JSON.stringify(misses, null, 1)}\n`);
};

// Known misses, Vietnamese, as found (3108216, before any rule of decision 0104): 264 of 280 cells
// (263 of the first grid, whose lower-case shape "công an xã" took a post holding the body's own head
// word, "Trưởng Công an công an xã …", a sentence of the grid's making, replaced by a council).
// The 16: the national press bodies whose name runs on in lower case after the kind word ("Báo Quân
// đội nhân dân" read as "Báo Quân", "Đài Truyền hình Việt Nam" as "Đài Truyền") or whose kind word
// is no head ("Thông tấn xã Việt Nam"), and the provincial military command by its initials ("BCH
// Quân sự tỉnh"). Decision 0104's rules (bodies.tsv, abbreviations.tsv) found them all.
// Three harder contexts added after those rules (a post in a chain after a name, "do X tổ chức",
// "X ban hành Kế hoạch …"), as found at a0b52dc: all 210 new cells found, 490 of 490.
const VI_KNOWN: Record<string, BodyOutcome> = {};

// Known misses, English, as found (3108216): 158 of 176 cells (the first grid counted five more: a
// minister's post naming the ministry by subject, "Minister of Industry and Trade X", yields no
// ministry, which is gold's reading, so those cells now ask for the post alone). Of the 18, the
// Border Guard and the Navy (seven cells) had no head word; decision 0104 made "Guard" and "Navy"
// heads after a word of the name's own (body-words.tsv), 165 of 176. Left: "Nhan Dan
// newspaper" (a lower-case head after the name), a bare company or broadcaster name opening the
// sentence or after a ministry in a list, "Chief Judge" read as "Judge", "Rector" as no post, and
// "People's Council of Da Nang city" losing its "city".
// The same three contexts in English ("A, member of … and <seat>, spoke", "organised by X", "X
// issued Plan No. 25"), as found at a0b52dc: 123 of 132 new cells, 288 of 308 in all; the misses are
// of the classes above (bare company and broadcaster names, "Nhan Dan newspaper", "Chief Judge",
// a university's "Rector", which is no post, so "Party Central Committee and Rector of Can Tho University"
// is read as one body in the post chain). Decision 0104's rules then: "Chief Judge", "Deputy Chief
// Judge", "Rector", "Vice Rector" as posts (posts.tsv; four cells), and a capitalised run that is,
// whole, a body of the bilingual lexicon is a body with no head word (body-phrase.ts, with "Vietnam
// Electricity" and "Vietnam Television" in bodies-bilingual.tsv; six cells): 298 of 308. Left:
// "Nhan Dan newspaper" (a lower-case head after the name), a headless name after a ministry in a
// list ("the Ministry of Finance, Vietnam Electricity and …" read as one name: a comma may join a
// ministry's portfolio), "People's Council of Da Nang city" losing its "city".
const EN_KNOWN: Record<string, BodyOutcome> = {
  "People's Council of Da Nang city @ after a post": 'span',
  'Vietnam Electricity @ list': 'span',
  'Vietnam Television @ list': 'span',
  'Nhan Dan newspaper @ after a post': 'missed',
  'Nhan Dan newspaper @ possessor': 'span',
  'Nhan Dan newspaper @ organiser': 'missed',
  'Nhan Dan newspaper @ post chain': 'missed',
  'Nhan Dan newspaper @ passive organiser': 'missed',
  'Nhan Dan newspaper @ issuer': 'missed',
  'Nhan Dan newspaper @ list': 'missed',
};

// Each test runs the whole extractor over a few hundred short articles: about 0.4 s alone, but two
// helpers' whole-project runs at load 11–28 saw the 5 s default run out (stop 23).
const GRID_TIMEOUT = { timeout: 60_000 };

describe('the body grid (decision 0104)', GRID_TIMEOUT, () => {
  it('Vietnamese bodies: the cells not found are exactly the known misses', () => {
    const cells = runBodyGrid('vi', VI_BODIES, VI_BODY_CONTEXTS);
    show('Vietnamese bodies × contexts', tableOf(cells), missesOf(cells));
    expect(cells.length).toBe(VI_BODIES.length * VI_BODY_CONTEXTS.length);
    expect(missesOf(cells)).toEqual(VI_KNOWN);
  });

  it('English bodies: the cells not found are exactly the known misses', () => {
    const cells = runBodyGrid('en', EN_BODIES, EN_BODY_CONTEXTS);
    show('English bodies × contexts', tableOf(cells), missesOf(cells));
    expect(cells.length).toBe(EN_BODIES.length * EN_BODY_CONTEXTS.length);
    expect(missesOf(cells)).toEqual(EN_KNOWN);
  });
});

describe('guards of the rules decision 0104 added', () => {
  const bodies = (text: string, language: 'vi' | 'en') =>
    bodyNamesOf(extractText(text, language, '2025-05-20'));
  it('reads "Guard" and "Navy" as heads only after a word of the name of its own', () => {
    expect(
      bodies('The Vietnam Coast Guard signed an agreement with the Vietnam People’s Navy on May 12.', 'en'),
    ).toEqual(['Vietnam Coast Guard', 'Vietnam People’s Navy']);
    expect(bodies('Guard dogs and a Navy ship were on display in Hanoi on May 12.', 'en')).toEqual([]);
  });
  it('reads the national press bodies whole, and the military command by its initials as one body with its full name', () => {
    expect(bodies('Ngày 12/5, Báo Công an nhân dân và Đài Tiếng nói Việt Nam ký kết hợp tác.', 'vi')).toEqual(
      ['Báo Công an nhân dân', 'Đài Tiếng nói Việt Nam'],
    );
    const e = extractText(
      'Sáng 12/5, Bộ CHQS tỉnh Nghệ An tổ chức hội nghị. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An Lê Văn Tám dự.',
      'vi',
      '2025-05-20',
    );
    expect(e.organizations.map((o) => [o.name, ...(o.aliases ?? [])])).toEqual([
      ['Bộ Chỉ huy Quân sự tỉnh Nghệ An', 'Bộ CHQS tỉnh Nghệ An'],
    ]);
  });
  it('reads a body the bilingual lexicon names with no head word, and only its whole name', () => {
    expect(bodies('Vietnam Electricity held a conference in Hanoi on May 12.', 'en')).toEqual([
      'Vietnam Electricity',
    ]);
    expect(bodies('A meeting organised by Vietnam Television was held in Hanoi on May 12.', 'en')).toEqual([
      'Vietnam Television',
    ]);
    expect(
      bodies('Hanoi Electricity staff and Vietnam Coffee traders met in Hanoi on May 12.', 'en'),
    ).toEqual([]);
  });
  it('keeps "BCH" before a party organisation the executive committee', () => {
    expect(bodies('Sáng 12/5, BCH Đảng bộ tỉnh Hà Tĩnh họp phiên thường kỳ.', 'vi')).toContain(
      'BCH Đảng bộ tỉnh Hà Tĩnh',
    );
  });
});
