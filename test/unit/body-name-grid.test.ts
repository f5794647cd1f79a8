// Bodies as a class (decision 0104): every body shape of test/support/body-grid.ts in every context,
// each cell one short article through the real `extract`. The cells that do not come out right are
// listed below with their outcome, and each test checks that the cells outside `found` are EXACTLY
// that list: a rule that fixes a cell must move it out of the list, and a rule that breaks one must
// put it in, so the table of decision 0104 stays what the code does.
// `BODY_GRID_TABLE=1 npx vitest run --project unit test/unit/body-name-grid.test.ts` prints it.
import { describe, expect, it } from 'vitest';
import {
  type BodyOutcome,
  EN_BODIES,
  EN_BODY_CONTEXTS,
  VI_BODIES,
  VI_BODY_CONTEXTS,
  bodyMissesOf,
  bodyTableOf,
  runBodyGrid,
} from '../support/body-grid.ts';

const show = (title: string, table: string, misses: Record<string, BodyOutcome>) => {
  if (process.env.BODY_GRID_TABLE)
    console.log(`\n${title}\n\n${table}\n\n${JSON.stringify(misses, null, 1)}\n`);
};

// Known misses, Vietnamese, as found (3108216, before any rule of decision 0104): 264 of 280 cells
// (263 of the first grid, whose lower-case shape "công an xã" took a post holding the body's own head
// word, "Trưởng Công an công an xã …", a sentence of the grid's making, replaced by a council).
// The press bodies whose kind word is no head the lexicon knows (Thông tấn xã, Đài Truyền hình) or
// whose name runs on in lower case (Báo Quân đội nhân dân); the military command abbreviated (BCH
// Quân sự); a commune's police chief read as no post of the commune's police.
const VI_KNOWN: Record<string, BodyOutcome> = {
  'Thông tấn xã Việt Nam @ after a post': 'missed',
  'Thông tấn xã Việt Nam @ possessor': 'missed',
  'Thông tấn xã Việt Nam @ organiser': 'missed',
  'Thông tấn xã Việt Nam @ list': 'missed',
  'Đài Truyền hình Việt Nam @ after a post': 'span',
  'Đài Truyền hình Việt Nam @ possessor': 'span',
  'Đài Truyền hình Việt Nam @ organiser': 'span',
  'Đài Truyền hình Việt Nam @ list': 'span',
  'Báo Quân đội nhân dân @ after a post': 'span',
  'Báo Quân đội nhân dân @ possessor': 'span',
  'Báo Quân đội nhân dân @ organiser': 'span',
  'Báo Quân đội nhân dân @ list': 'span',
  'BCH Quân sự tỉnh Hà Tĩnh @ after a post': 'missed',
  'BCH Quân sự tỉnh Hà Tĩnh @ possessor': 'missed',
  'BCH Quân sự tỉnh Hà Tĩnh @ organiser': 'missed',
  'BCH Quân sự tỉnh Hà Tĩnh @ list': 'missed',
};

// Known misses, English, as found (3108216): 158 of 176 cells (the first grid counted five more: a
// minister's post naming the ministry by subject, "Minister of Industry and Trade X", yields no
// ministry, which is gold's reading, so those cells now ask for the post alone). The Border Guard, the
// Navy and "Nhan Dan newspaper" are no bodies; bare company and broadcaster names lose the
// organiser and list contexts; a court's "Chief Judge" and a university's "Rector" seat no body.
const EN_KNOWN: Record<string, BodyOutcome> = {
  "People's Council of Da Nang city @ after a post": 'span',
  "Dong Nai Provincial People's Court @ after a post": 'post',
  'Vietnam Border Guard @ after a post': 'missed',
  'Vietnam Border Guard @ organiser': 'missed',
  'Vietnam Border Guard @ list': 'missed',
  'Vietnam People’s Navy @ after a post': 'missed',
  'Vietnam People’s Navy @ possessor': 'missed',
  'Vietnam People’s Navy @ organiser': 'missed',
  'Vietnam People’s Navy @ list': 'missed',
  'Vietnam Electricity @ organiser': 'missed',
  'Vietnam Electricity @ list': 'span',
  'Can Tho University @ after a post': 'post',
  'Vietnam Television @ organiser': 'missed',
  'Vietnam Television @ list': 'span',
  'Nhan Dan newspaper @ after a post': 'missed',
  'Nhan Dan newspaper @ possessor': 'span',
  'Nhan Dan newspaper @ organiser': 'missed',
  'Nhan Dan newspaper @ list': 'missed',
};

describe('the body grid (decision 0104)', () => {
  it('Vietnamese bodies: the cells not found are exactly the known misses', () => {
    const cells = runBodyGrid('vi', VI_BODIES, VI_BODY_CONTEXTS);
    show('Vietnamese bodies × contexts', bodyTableOf(cells), bodyMissesOf(cells));
    expect(cells.length).toBe(VI_BODIES.length * VI_BODY_CONTEXTS.length);
    expect(bodyMissesOf(cells)).toEqual(VI_KNOWN);
  });

  it('English bodies: the cells not found are exactly the known misses', () => {
    const cells = runBodyGrid('en', EN_BODIES, EN_BODY_CONTEXTS);
    show('English bodies × contexts', bodyTableOf(cells), bodyMissesOf(cells));
    expect(cells.length).toBe(EN_BODIES.length * EN_BODY_CONTEXTS.length);
    expect(bodyMissesOf(cells)).toEqual(EN_KNOWN);
  });
});
