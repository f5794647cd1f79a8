// The relation grid of decision 0107 (issue 12, "Relations over lists"): RELATION CUES × LIST SHAPES
// in both languages, each cell one short article composed from a template written for this file and
// run through the real `extract`, the way the person-name grid of decision 0094, the body grid of
// 0104 and the document grid of 0105 do it. The cues (chair, attend, speak, organise, issue,
// implement) and the shapes (one, two with "và"/"and", three, "Post1 A, Post2 B", plural posts,
// before and after the verb, the passive, the next sentence, the head of a delegation) were written
// from how Vietnamese and English political news writes them, before the cue files were read, so
// the grid measures what the cues miss. Every sentence is ours; the names are invented or public
// office holders, never a corpus article's text.
//
// A cell lists every relation triple its article implies for the types the cue gives, keyed as the
// shared scorer keys them (CHAIRED/ATTENDED: the person; HOLDS_POSITION: person | role; ISSUED and
// IMPLEMENTS: body | code; ORGANIZED, which the scorer does not count: the body), a body matched on
// its name or any alias as the scorer's alias match does.
import type { Extraction, RelationType } from '../../ingest/types.ts';
import { extractText } from './extraction-views.ts';
import { norm, normCode, tableOf } from './grid.ts';

/** One expected relation triple, written as in gold. */
export type Triple =
  | readonly ['CHAIRED' | 'ATTENDED', string]
  | readonly ['HOLDS_POSITION', string, string]
  | readonly ['ISSUED' | 'IMPLEMENTS', string, string]
  | readonly ['ORGANIZED', string];

const tripleKey = (t: Triple): string => {
  switch (t[0]) {
    case 'CHAIRED':
    case 'ATTENDED':
    case 'ORGANIZED':
      return `${t[0]}|${norm(t[1])}`;
    case 'HOLDS_POSITION':
      return `${t[0]}|${norm(t[1])}|${norm(t[2])}`;
    default:
      return `${t[0]}|${norm(t[1])}|${normCode(t[2])}`;
  }
};

/** Every key a predicted relation may be read as (one per form of its body). */
function keysOf(e: Extraction, r: Extraction['relations'][number]): string[] {
  const forms = (name: string | null | undefined) => {
    const o = e.organizations.find((x) => [x.name, ...(x.aliases ?? [])].some((f) => norm(f) === norm(name)));
    return [name ?? '', ...(o ? [o.name, ...(o.aliases ?? [])] : [])].map(norm);
  };
  switch (r.type) {
    case 'CHAIRED':
    case 'ATTENDED':
      return [`${r.type}|${norm(r.person)}`];
    case 'HOLDS_POSITION':
      return [`${r.type}|${norm(r.person)}|${norm(r.role)}`];
    case 'ORGANIZED':
      return forms(r.organization).map((f) => `${r.type}|${f}`);
    default:
      return forms(r.organization).map((f) => `${r.type}|${f}|${normCode(r.document)}`);
  }
}

/**
 * found: every expected triple, and no other relation of the cell's types;
 * wrong: a relation of the cell's types the article does not imply (a person or body it is not about,
 *   a chair read as an attendee): precision, worse than a miss;
 * part: some expected triples, none wrong;
 * missed: none of them, none wrong.
 */
export type RelationOutcome = 'found' | 'part' | 'wrong' | 'missed';

export interface RelationCase {
  /** "cue @ shape" */
  readonly key: string;
  readonly cue: string;
  readonly shape: string;
  readonly text: string;
  readonly expect: readonly Triple[];
  /** The relation types the cell judges; the expected triples' types where omitted. */
  readonly types?: readonly RelationType[];
}

export interface RelationCell {
  readonly key: string;
  readonly cue: string;
  readonly shape: string;
  readonly outcome: RelationOutcome;
  readonly missing: readonly string[];
  readonly spurious: readonly string[];
}

export function relationOutcomeOf(
  e: Extraction,
  c: RelationCase,
): Omit<RelationCell, 'key' | 'cue' | 'shape'> {
  const types = new Set<string>(c.types ?? c.expect.map((t) => t[0]));
  const want = new Set(c.expect.map(tripleKey));
  const got = e.relations.filter((r) => types.has(r.type)).map((r) => keysOf(e, r));
  const missing = [...want].filter((k) => !got.some((ks) => ks.includes(k)));
  const spurious = got.filter((ks) => !ks.some((k) => want.has(k))).map((ks) => ks[0]!);
  const outcome: RelationOutcome =
    spurious.length > 0
      ? 'wrong'
      : missing.length === 0
        ? 'found'
        : missing.length < want.size
          ? 'part'
          : 'missed';
  return { outcome, missing, spurious: [...new Set(spurious)] };
}

export function runRelationGrid(language: 'vi' | 'en', cases: readonly RelationCase[]): RelationCell[] {
  return cases.map((c) => ({
    key: c.key,
    cue: c.cue,
    shape: c.shape,
    ...relationOutcomeOf(extractText(c.text, language, '2025-05-20'), c),
  }));
}

/** A markdown table: one row per cue, one column per shape (the grids' one table). */
export const relationTableOf = (cells: readonly RelationCell[]): string =>
  tableOf(
    cells.map((c) => ({ key: c.key, shape: c.cue, context: c.shape, outcome: c.outcome })),
    { rowTitle: 'cue', kinds: ['wrong', 'part', 'missed'] },
  );

// ---------------------------------------------------------------- persons in lists

/** A list of persons as an article writes it, and the posts it states. */
interface PersonList {
  readonly shape: string;
  readonly text: string;
  readonly persons: readonly string[];
  readonly posts: readonly (readonly [string, string])[];
}

const lists = (defs: readonly PersonList[]) => defs;

export const VI_LISTS = lists([
  {
    shape: 'one',
    text: 'đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Nghệ An,',
    persons: ['Nguyễn Văn Hùng'],
    posts: [['Nguyễn Văn Hùng', 'Bí thư']],
  },
  {
    shape: 'two, và',
    text: 'các đồng chí Nguyễn Văn Hùng và Lê Thị Mai',
    persons: ['Nguyễn Văn Hùng', 'Lê Thị Mai'],
    posts: [],
  },
  {
    shape: 'three, commas',
    text: 'các đồng chí Nguyễn Văn Hùng, Lê Thị Mai và Trần Quốc Toản',
    persons: ['Nguyễn Văn Hùng', 'Lê Thị Mai', 'Trần Quốc Toản'],
    posts: [],
  },
  {
    shape: 'Post1 A, Post2 B',
    text: 'Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng',
    persons: ['Trần Hồng Hà', 'Nguyễn Văn Thắng'],
    posts: [
      ['Trần Hồng Hà', 'Phó Thủ tướng'],
      ['Nguyễn Văn Thắng', 'Bộ trưởng'],
    ],
  },
  {
    shape: 'plural post',
    text: 'các Phó Chủ tịch UBND tỉnh Nghệ An Phạm Văn Tám, Hoàng Thị Lan',
    persons: ['Phạm Văn Tám', 'Hoàng Thị Lan'],
    posts: [
      ['Phạm Văn Tám', 'Phó Chủ tịch'],
      ['Hoàng Thị Lan', 'Phó Chủ tịch'],
    ],
  },
]);

export const EN_LISTS = lists([
  {
    shape: 'one',
    text: 'Nguyen Van Hung, Secretary of the Nghe An Provincial Party Committee,',
    persons: ['Nguyen Van Hung'],
    posts: [['Nguyen Van Hung', 'Secretary']],
  },
  {
    shape: 'two, and',
    text: 'Nguyen Van Hung and Le Thi Mai',
    persons: ['Nguyen Van Hung', 'Le Thi Mai'],
    posts: [],
  },
  {
    shape: 'three, commas',
    text: 'Nguyen Van Hung, Le Thi Mai and Tran Quoc Toan',
    persons: ['Nguyen Van Hung', 'Le Thi Mai', 'Tran Quoc Toan'],
    posts: [],
  },
  {
    shape: 'Post1 A, Post2 B',
    text: 'Deputy Prime Minister Tran Hong Ha and Minister of Finance Nguyen Van Thang',
    persons: ['Tran Hong Ha', 'Nguyen Van Thang'],
    posts: [
      ['Tran Hong Ha', 'Deputy Prime Minister'],
      ['Nguyen Van Thang', 'Minister'],
    ],
  },
  {
    shape: 'plural post',
    text: 'Deputy Prime Ministers Tran Hong Ha and Le Thanh Long',
    persons: ['Tran Hong Ha', 'Le Thanh Long'],
    posts: [
      ['Tran Hong Ha', 'Deputy Prime Minister'],
      ['Le Thanh Long', 'Deputy Prime Minister'],
    ],
  },
]);

/** A person cue: the relation it gives and the sentences it stands in, for a list; a position it has no natural sentence for is left out. */
interface PersonCue {
  readonly cue: string;
  readonly type: 'CHAIRED' | 'ATTENDED';
  /** the list before the verb */
  readonly before?: (l: string, many: boolean) => string;
  /** the verb first, the list after it */
  readonly after?: (l: string) => string;
  /** the passive ("do A chủ trì", "chaired by A") */
  readonly passive?: (l: string) => string;
}

const VI_OPEN = 'Sáng 12/5, hội nghị sơ kết công tác quý I diễn ra tại thành phố Vinh.';
const EN_OPEN = 'A conference reviewing the first quarter took place in Vinh city on May 12.';

export const VI_PERSON_CUES: readonly PersonCue[] = [
  {
    cue: 'chủ trì',
    type: 'CHAIRED',
    before: (l) => `Sáng 12/5, ${l} chủ trì hội nghị sơ kết công tác quý I tại thành phố Vinh.`,
    after: (l) => `${VI_OPEN} Chủ trì hội nghị có ${l}.`,
    passive: (l) => `Sáng 12/5, hội nghị sơ kết công tác quý I do ${l} chủ trì diễn ra tại thành phố Vinh.`,
  },
  {
    cue: 'đồng chủ trì',
    type: 'CHAIRED',
    before: (l) => `Sáng 12/5, ${l} đồng chủ trì hội nghị sơ kết công tác quý I tại thành phố Vinh.`,
    after: (l) => `${VI_OPEN} Đồng chủ trì hội nghị có ${l}.`,
    passive: (l) =>
      `Sáng 12/5, hội nghị sơ kết công tác quý I do ${l} đồng chủ trì diễn ra tại thành phố Vinh.`,
  },
  {
    cue: 'chủ tọa',
    type: 'CHAIRED',
    before: (l) => `Sáng 12/5, ${l} chủ tọa hội nghị sơ kết công tác quý I tại thành phố Vinh.`,
    after: (l) => `${VI_OPEN} Chủ tọa hội nghị có ${l}.`,
    passive: (l) => `Sáng 12/5, hội nghị sơ kết công tác quý I do ${l} chủ tọa diễn ra tại thành phố Vinh.`,
  },
  {
    cue: 'điều hành',
    type: 'CHAIRED',
    before: (l) => `Sáng 12/5, ${l} điều hành hội nghị sơ kết công tác quý I tại thành phố Vinh.`,
    after: (l) => `${VI_OPEN} Điều hành hội nghị có ${l}.`,
    passive: (l) => `Sáng 12/5, hội nghị sơ kết công tác quý I do ${l} điều hành diễn ra tại thành phố Vinh.`,
  },
  {
    cue: 'dự',
    type: 'ATTENDED',
    before: (l) => `Sáng 12/5, ${l} dự hội nghị sơ kết công tác quý I tại thành phố Vinh.`,
    after: (l) => `${VI_OPEN} Dự hội nghị có ${l}.`,
  },
  {
    cue: 'tham dự',
    type: 'ATTENDED',
    before: (l) => `Sáng 12/5, ${l} tham dự hội nghị sơ kết công tác quý I tại thành phố Vinh.`,
    after: (l) => `${VI_OPEN} Tham dự hội nghị có ${l}.`,
    passive: (l) =>
      `Sáng 12/5, hội nghị sơ kết công tác quý I với sự tham dự của ${l} diễn ra tại thành phố Vinh.`,
  },
  {
    cue: 'cùng dự có',
    type: 'ATTENDED',
    after: (l) => `${VI_OPEN} Cùng dự có ${l}.`,
  },
  {
    cue: 'có sự tham gia của',
    type: 'ATTENDED',
    after: (l) => `${VI_OPEN} Hội nghị có sự tham gia của ${l}.`,
  },
  {
    cue: 'phát biểu chỉ đạo',
    type: 'ATTENDED',
    before: (l) => `${VI_OPEN} ${l.charAt(0).toUpperCase()}${l.slice(1)} phát biểu chỉ đạo hội nghị.`,
    after: (l) => `${VI_OPEN} Phát biểu chỉ đạo hội nghị, ${l} đề nghị các cấp ủy quyết liệt hơn.`,
  },
  {
    cue: 'phát biểu khai mạc',
    type: 'ATTENDED',
    before: (l) => `${VI_OPEN} ${l.charAt(0).toUpperCase()}${l.slice(1)} phát biểu khai mạc hội nghị.`,
    after: (l) => `${VI_OPEN} Phát biểu khai mạc hội nghị, ${l} nêu rõ kết quả quý I.`,
  },
];

export const EN_PERSON_CUES: readonly PersonCue[] = [
  {
    cue: 'chaired',
    type: 'CHAIRED',
    before: (l) => `${l} chaired a conference reviewing the first quarter in Vinh city on May 12.`,
    passive: (l) =>
      `A conference reviewing the first quarter was held in Vinh city on May 12, chaired by ${l}.`,
  },
  {
    cue: 'co-chaired',
    type: 'CHAIRED',
    before: (l) => `${l} co-chaired a conference reviewing the first quarter in Vinh city on May 12.`,
    passive: (l) =>
      `A conference reviewing the first quarter was held in Vinh city on May 12, co-chaired by ${l}.`,
  },
  {
    cue: 'presided over',
    type: 'CHAIRED',
    before: (l) => `${l} presided over a conference reviewing the first quarter in Vinh city on May 12.`,
    passive: (l) =>
      `A conference reviewing the first quarter, presided over by ${l}, took place in Vinh city on May 12.`,
  },
  {
    cue: 'led by',
    type: 'CHAIRED',
    passive: (l) =>
      `A conference reviewing the first quarter, led by ${l}, took place in Vinh city on May 12.`,
  },
  {
    cue: 'attended',
    type: 'ATTENDED',
    before: (l) => `${l} attended a conference reviewing the first quarter in Vinh city on May 12.`,
    passive: (l) =>
      `A conference reviewing the first quarter took place in Vinh city on May 12. It was attended by ${l}.`,
  },
  {
    cue: 'joined',
    type: 'ATTENDED',
    before: (l) => `${l} joined a conference reviewing the first quarter in Vinh city on May 12.`,
  },
  {
    cue: 'was present',
    type: 'ATTENDED',
    before: (l, many) => `${EN_OPEN} ${l} ${many ? 'were' : 'was'} present at the conference.`,
  },
  {
    cue: 'also present were',
    type: 'ATTENDED',
    after: (l) => `${EN_OPEN} Also present were ${l.replace(/,$/u, '')}.`,
  },
  {
    cue: 'addressed',
    type: 'ATTENDED',
    before: (l) => `${EN_OPEN} ${l} addressed the conference.`,
    passive: (l) => `${EN_OPEN} The conference was addressed by ${l.replace(/,$/u, '')}.`,
  },
  {
    cue: 'delivered a speech',
    type: 'ATTENDED',
    before: (l) => `${EN_OPEN} ${l} delivered a speech at the conference.`,
  },
];

/** The attendee the next sentence names after the cue's sentence ("Cùng dự có …", "Also attending were …"). */
const VI_NEXT = { text: 'Cùng dự có đồng chí Đỗ Văn Chiến.', persons: ['Đỗ Văn Chiến'] };
const EN_NEXT = {
  text: 'Also attending were Do Van Chien and Bui Thanh Son.',
  persons: ['Do Van Chien', 'Bui Thanh Son'],
};

function personCases(
  cues: readonly PersonCue[],
  ls: readonly PersonList[],
  next: { text: string; persons: readonly string[] },
): RelationCase[] {
  const out: RelationCase[] = [];
  const types: RelationType[] = ['CHAIRED', 'ATTENDED', 'HOLDS_POSITION'];
  for (const q of cues)
    for (const l of ls) {
      const expect: Triple[] = [
        ...l.persons.map((p) => [q.type, p] as const),
        ...l.posts.map(([p, r]) => ['HOLDS_POSITION', p, r] as const),
      ];
      const add = (position: string, text: string, more: readonly Triple[] = []) =>
        out.push({
          key: `${q.cue} @ ${l.shape}, ${position}`,
          cue: q.cue,
          shape: `${l.shape}, ${position}`,
          text,
          expect: [...expect, ...more],
          types,
        });
      if (q.before) add('before', q.before(l.text, l.persons.length > 1));
      if (q.after) add('after', q.after(l.text.replace(/,$/u, '')));
      if (q.passive) add('passive', q.passive(l.text.replace(/,$/u, '')));
      // the cue's sentence, then attendees in the next one (issue 12: the look-ahead for "có" crossed
      // a sentence end); only where the cue's own sentence puts its names before the verb
      if (q.before && q.type === 'CHAIRED')
        add(
          'next sentence',
          `${q.before(l.text, l.persons.length > 1)} ${next.text}`,
          next.persons.map((p) => ['ATTENDED', p] as const),
        );
    }
  return out;
}

/** The head of a working delegation chairs the working session (ANNOTATION.md: "Trưởng đoàn"). */
const VI_DELEGATION: RelationCase[] = [
  {
    key: 'trưởng đoàn @ delegation head',
    cue: 'trưởng đoàn',
    shape: 'delegation head',
    text: 'Ngày 12/5, đoàn công tác của Ban Tổ chức Trung ương do đồng chí Nguyễn Văn Hùng, Phó Trưởng ban Tổ chức Trung ương, làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.',
    expect: [
      ['CHAIRED', 'Nguyễn Văn Hùng'],
      ['HOLDS_POSITION', 'Nguyễn Văn Hùng', 'Phó Trưởng ban'],
    ],
    types: ['CHAIRED', 'ATTENDED', 'HOLDS_POSITION'],
  },
  {
    key: 'dẫn đầu @ delegation head',
    cue: 'dẫn đầu',
    shape: 'delegation head',
    text: 'Ngày 12/5, đoàn công tác của Ban Tổ chức Trung ương do đồng chí Nguyễn Văn Hùng, Phó Trưởng ban Tổ chức Trung ương, dẫn đầu đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.',
    expect: [
      ['CHAIRED', 'Nguyễn Văn Hùng'],
      ['HOLDS_POSITION', 'Nguyễn Văn Hùng', 'Phó Trưởng ban'],
    ],
    types: ['CHAIRED', 'ATTENDED', 'HOLDS_POSITION'],
  },
];

const EN_DELEGATION: RelationCase[] = [
  {
    key: 'led by @ delegation head',
    cue: 'led by',
    shape: 'delegation head',
    text: 'A working delegation of the Central Organisation Commission led by its Deputy Head Nguyen Van Hung worked with the Nghe An Provincial Party Committee on May 12.',
    expect: [
      ['CHAIRED', 'Nguyen Van Hung'],
      ['HOLDS_POSITION', 'Nguyen Van Hung', 'Deputy Head'],
    ],
    types: ['CHAIRED', 'ATTENDED', 'HOLDS_POSITION'],
  },
  {
    key: 'headed by @ delegation head',
    cue: 'led by',
    shape: 'delegation head',
    text: 'A working delegation of the Central Organisation Commission, headed by Deputy Head Nguyen Van Hung, worked with the Nghe An Provincial Party Committee on May 12.',
    expect: [
      ['CHAIRED', 'Nguyen Van Hung'],
      ['HOLDS_POSITION', 'Nguyen Van Hung', 'Deputy Head'],
    ],
    types: ['CHAIRED', 'ATTENDED', 'HOLDS_POSITION'],
  },
];

// ---------------------------------------------------------------- bodies and documents

const c = (
  cue: string,
  shape: string,
  text: string,
  expect: readonly Triple[],
  types?: readonly RelationType[],
): RelationCase => ({ key: `${cue} @ ${shape}`, cue, shape, text, expect, ...(types ? { types } : {}) });

const TU = 'Tỉnh ủy Nghệ An';
const UB = 'UBND tỉnh Nghệ An';
const MT = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An';

const viOrganise: RelationCase[] = [
  c('tổ chức', 'one, before', `Sáng 12/5, ${TU} tổ chức hội nghị sơ kết công tác quý I.`, [
    ['ORGANIZED', TU],
  ]),
  c(
    'tổ chức',
    'two, và, before',
    `Sáng 12/5, ${TU} và UBND tỉnh Nghệ An tổ chức hội nghị sơ kết công tác quý I.`,
    [
      ['ORGANIZED', TU],
      ['ORGANIZED', UB],
    ],
  ),
  c(
    'tổ chức',
    'three, commas, before',
    `Sáng 12/5, ${TU}, UBND tỉnh Nghệ An và ${MT} tổ chức hội nghị sơ kết công tác quý I.`,
    [
      ['ORGANIZED', TU],
      ['ORGANIZED', UB],
      ['ORGANIZED', MT],
    ],
  ),
  c(
    'tổ chức',
    'one, passive',
    `Sáng 12/5, hội nghị sơ kết công tác quý I do ${TU} tổ chức diễn ra tại thành phố Vinh.`,
    [['ORGANIZED', TU]],
  ),
  c(
    'tổ chức',
    'two, và, passive',
    `Sáng 12/5, hội nghị sơ kết công tác quý I do ${TU} và UBND tỉnh Nghệ An tổ chức diễn ra tại thành phố Vinh.`,
    [
      ['ORGANIZED', TU],
      ['ORGANIZED', UB],
    ],
  ),
  c(
    'tổ chức',
    'one, next sentence',
    `Sáng 12/5, hội nghị sơ kết công tác quý I diễn ra tại thành phố Vinh. Hội nghị do ${TU} tổ chức.`,
    [['ORGANIZED', TU]],
  ),
  c(
    'phối hợp tổ chức',
    'two, với, before',
    `Sáng 12/5, ${TU} phối hợp với UBND tỉnh Nghệ An tổ chức hội nghị sơ kết công tác quý I.`,
    [
      ['ORGANIZED', TU],
      ['ORGANIZED', UB],
    ],
  ),
  c(
    'phối hợp tổ chức',
    'two, và, before',
    `Sáng 12/5, ${TU} và UBND tỉnh Nghệ An phối hợp tổ chức hội nghị sơ kết công tác quý I.`,
    [
      ['ORGANIZED', TU],
      ['ORGANIZED', UB],
    ],
  ),
  c(
    'phối hợp tổ chức',
    'two, passive',
    `Sáng 12/5, hội nghị sơ kết công tác quý I do ${TU} phối hợp với UBND tỉnh Nghệ An tổ chức diễn ra tại thành phố Vinh.`,
    [
      ['ORGANIZED', TU],
      ['ORGANIZED', UB],
    ],
  ),
];

const viIssue: RelationCase[] = [
  c(
    'ban hành',
    'one, before',
    `Ngày 12/5, ${TU} ban hành Kế hoạch số 25-KH/TU về công tác cán bộ năm 2025.`,
    [['ISSUED', TU, '25-KH/TU']],
  ),
  c(
    'ban hành',
    'two documents, và',
    `Ngày 12/5, ${TU} ban hành Kế hoạch số 25-KH/TU và Kế hoạch số 26-KH/TU về công tác cán bộ năm 2025.`,
    [
      ['ISSUED', TU, '25-KH/TU'],
      ['ISSUED', TU, '26-KH/TU'],
    ],
  ),
  c(
    'ban hành',
    'three documents, commas',
    `Ngày 12/5, ${TU} ban hành Kế hoạch số 25-KH/TU, Kế hoạch số 26-KH/TU và Kế hoạch số 27-KH/TU về công tác cán bộ năm 2025.`,
    [
      ['ISSUED', TU, '25-KH/TU'],
      ['ISSUED', TU, '26-KH/TU'],
      ['ISSUED', TU, '27-KH/TU'],
    ],
  ),
  c(
    'ban hành',
    'one, passive',
    `Kế hoạch số 25-KH/TU do ${TU} ban hành ngày 12/5 nêu rõ các nhiệm vụ công tác cán bộ năm 2025.`,
    [['ISSUED', TU, '25-KH/TU']],
  ),
  c(
    'ban hành',
    'plural kind, next sentence',
    'Năm 2025, Bộ Chính trị ban hành 3 nghị quyết quan trọng. Cụ thể gồm: Nghị quyết số 57-NQ/TW, Nghị quyết số 59-NQ/TW và Nghị quyết số 66-NQ/TW.',
    [
      ['ISSUED', 'Bộ Chính trị', '57-NQ/TW'],
      ['ISSUED', 'Bộ Chính trị', '59-NQ/TW'],
      ['ISSUED', 'Bộ Chính trị', '66-NQ/TW'],
    ],
  ),
  c(
    'của Bộ Chính trị',
    'one, after',
    `Sáng 12/5, ${TU} quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.`,
    [['ISSUED', 'Bộ Chính trị', '35-CT/TW']],
  ),
  c(
    'của Bộ Chính trị và Ban Bí thư',
    'two issuers, và',
    `Sáng 12/5, ${TU} quán triệt Quy định số 105-QĐ/TW của Bộ Chính trị và Ban Bí thư về phân cấp quản lý cán bộ.`,
    [
      ['ISSUED', 'Bộ Chính trị', '105-QĐ/TW'],
      ['ISSUED', 'Ban Bí thư', '105-QĐ/TW'],
    ],
  ),
  c(
    'của Bộ Chính trị',
    'three documents, commas',
    `Sáng 12/5, ${TU} quán triệt Nghị quyết số 57-NQ/TW, Nghị quyết số 59-NQ/TW và Nghị quyết số 66-NQ/TW của Bộ Chính trị.`,
    [
      ['ISSUED', 'Bộ Chính trị', '57-NQ/TW'],
      ['ISSUED', 'Bộ Chính trị', '59-NQ/TW'],
      ['ISSUED', 'Bộ Chính trị', '66-NQ/TW'],
    ],
  ),
];

const viImplement: RelationCase[] = ['triển khai', 'quán triệt', 'sơ kết', 'tổng kết'].flatMap((v) => [
  c(v, 'one, before', `Sáng 12/5, ${TU} ${v} Chỉ thị số 35-CT/TW của Bộ Chính trị.`, [
    ['IMPLEMENTS', TU, '35-CT/TW'],
  ]),
  c(
    v,
    'two, và, before',
    `Sáng 12/5, ${TU} và UBND tỉnh Nghệ An ${v} Chỉ thị số 35-CT/TW của Bộ Chính trị.`,
    [
      ['IMPLEMENTS', TU, '35-CT/TW'],
      ['IMPLEMENTS', UB, '35-CT/TW'],
    ],
  ),
  c(
    v,
    'two documents, và',
    `Sáng 12/5, ${TU} ${v} Chỉ thị số 35-CT/TW và Kết luận số 21-KL/TW của Bộ Chính trị.`,
    [
      ['IMPLEMENTS', TU, '35-CT/TW'],
      ['IMPLEMENTS', TU, '21-KL/TW'],
    ],
  ),
  c(
    v,
    'three documents, commas',
    `Sáng 12/5, ${TU} ${v} Chỉ thị số 35-CT/TW, Kết luận số 21-KL/TW và Quy định số 105-QĐ/TW của Bộ Chính trị.`,
    [
      ['IMPLEMENTS', TU, '35-CT/TW'],
      ['IMPLEMENTS', TU, '21-KL/TW'],
      ['IMPLEMENTS', TU, '105-QĐ/TW'],
    ],
  ),
  c(
    v,
    'one, next sentence',
    `Sáng 12/5, ${TU} tổ chức hội nghị cán bộ chủ chốt. Hội nghị đã ${v} Chỉ thị số 35-CT/TW của Bộ Chính trị.`,
    [['IMPLEMENTS', TU, '35-CT/TW']],
  ),
]);

/** Precision: sentences where a cue word stands but gives no relation, or not to everyone named. */
const PERSON_TYPES: readonly RelationType[] = ['CHAIRED', 'ATTENDED'];
const viPrecision: RelationCase[] = [
  c(
    'dự khuyết',
    'precision',
    'Sáng 12/5, đồng chí Nguyễn Văn Hùng, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An, và đồng chí Lê Thị Mai chủ trì hội nghị sơ kết công tác quý I.',
    [
      ['CHAIRED', 'Nguyễn Văn Hùng'],
      ['CHAIRED', 'Lê Thị Mai'],
    ],
    PERSON_TYPES,
  ),
  c(
    'từng khẳng định',
    'precision',
    `${VI_OPEN} Đồng chí Trần Quốc Toản chủ trì hội nghị. Cố Tổng Bí thư Nguyễn Phú Trọng từng khẳng định: “Cán bộ là gốc của mọi công việc”.`,
    [['CHAIRED', 'Trần Quốc Toản']],
    PERSON_TYPES,
  ),
];

export const VI_RELATION_CASES: readonly RelationCase[] = [
  ...viPrecision,
  ...personCases(VI_PERSON_CUES, VI_LISTS, VI_NEXT),
  ...VI_DELEGATION,
  ...viOrganise,
  ...viIssue,
  ...viImplement,
];

const ETU = 'Nghe An Provincial Party Committee';
const EUB = "Nghe An Provincial People's Committee";
const EMT = 'Vietnam Fatherland Front Committee of Nghe An province';

const enOrganise: RelationCase[] = ['organised', 'hosted', 'held'].flatMap((v) => [
  c(v, 'one, before', `The ${ETU} ${v} a conference in Vinh city on May 12 to review the first quarter.`, [
    ['ORGANIZED', ETU],
  ]),
  c(
    v,
    'two, and, before',
    `The ${ETU} and the ${EUB} ${v} a conference in Vinh city on May 12 to review the first quarter.`,
    [
      ['ORGANIZED', ETU],
      ['ORGANIZED', EUB],
    ],
  ),
  c(
    v,
    'three, commas, before',
    `The ${ETU}, the ${EUB} and the ${EMT} ${v} a conference in Vinh city on May 12 to review the first quarter.`,
    [
      ['ORGANIZED', ETU],
      ['ORGANIZED', EUB],
      ['ORGANIZED', EMT],
    ],
  ),
  c(v, 'one, passive', `A conference ${v} by the ${ETU} took place in Vinh city on May 12.`, [
    ['ORGANIZED', ETU],
  ]),
  c(
    v,
    'two, and, passive',
    `A conference ${v} by the ${ETU} and the ${EUB} took place in Vinh city on May 12.`,
    [
      ['ORGANIZED', ETU],
      ['ORGANIZED', EUB],
    ],
  ),
  c(
    v,
    'one, next sentence',
    `A conference reviewing the first quarter took place in Vinh city on May 12. It was ${v} by the ${ETU}.`,
    [['ORGANIZED', ETU]],
  ),
]);

const enIssue: RelationCase[] = [
  c('issued', 'one, before', `The ${ETU} issued Plan No. 25-KH/TU on personnel work on May 12.`, [
    ['ISSUED', ETU, '25-KH/TU'],
  ]),
  c(
    'issued',
    'two documents, and',
    `The ${ETU} issued Plan No. 25-KH/TU and Plan No. 26-KH/TU on personnel work on May 12.`,
    [
      ['ISSUED', ETU, '25-KH/TU'],
      ['ISSUED', ETU, '26-KH/TU'],
    ],
  ),
  c(
    'issued',
    'three documents, commas',
    `The ${ETU} issued Plan No. 25-KH/TU, Plan No. 26-KH/TU and Plan No. 27-KH/TU on personnel work on May 12.`,
    [
      ['ISSUED', ETU, '25-KH/TU'],
      ['ISSUED', ETU, '26-KH/TU'],
      ['ISSUED', ETU, '27-KH/TU'],
    ],
  ),
  c(
    'issued',
    'one, passive',
    `Plan No. 25-KH/TU, issued by the ${ETU} on May 12, sets out personnel work for 2025.`,
    [['ISSUED', ETU, '25-KH/TU']],
  ),
  c(
    'of the Politburo',
    'one, after',
    `The ${ETU} held a conference on May 12 to disseminate Directive No. 35-CT/TW of the Politburo on Party congresses.`,
    [['ISSUED', 'Politburo', '35-CT/TW']],
  ),
  c(
    'of the Politburo and the Secretariat',
    'two issuers, and',
    `The ${ETU} held a conference on May 12 to disseminate Regulation No. 105-QD/TW of the Politburo and the Secretariat on cadre management.`,
    [
      ['ISSUED', 'Politburo', '105-QD/TW'],
      ['ISSUED', 'Secretariat', '105-QD/TW'],
    ],
  ),
  c(
    'of the Politburo',
    'three documents, commas',
    `The ${ETU} held a conference on May 12 to disseminate Resolution No. 57-NQ/TW, Resolution No. 59-NQ/TW and Resolution No. 66-NQ/TW of the Politburo.`,
    [
      ['ISSUED', 'Politburo', '57-NQ/TW'],
      ['ISSUED', 'Politburo', '59-NQ/TW'],
      ['ISSUED', 'Politburo', '66-NQ/TW'],
    ],
  ),
];

const enImplement: RelationCase[] = (
  [
    ['implement', 'to implement'],
    ['review', 'to review'],
  ] as const
).flatMap(([v, to]) => [
  c(
    v,
    'one, before',
    `The ${ETU} held a conference on May 12 ${to} Directive No. 35-CT/TW of the Politburo.`,
    [['IMPLEMENTS', ETU, '35-CT/TW']],
  ),
  c(
    v,
    'two, and, before',
    `The ${ETU} and the ${EUB} held a conference on May 12 ${to} Directive No. 35-CT/TW of the Politburo.`,
    [
      ['IMPLEMENTS', ETU, '35-CT/TW'],
      ['IMPLEMENTS', EUB, '35-CT/TW'],
    ],
  ),
  c(
    v,
    'two documents, and',
    `The ${ETU} held a conference on May 12 ${to} Directive No. 35-CT/TW and Conclusion No. 21-KL/TW of the Politburo.`,
    [
      ['IMPLEMENTS', ETU, '35-CT/TW'],
      ['IMPLEMENTS', ETU, '21-KL/TW'],
    ],
  ),
  c(
    v,
    'three documents, commas',
    `The ${ETU} held a conference on May 12 ${to} Directive No. 35-CT/TW, Conclusion No. 21-KL/TW and Regulation No. 105-QD/TW of the Politburo.`,
    [
      ['IMPLEMENTS', ETU, '35-CT/TW'],
      ['IMPLEMENTS', ETU, '21-KL/TW'],
      ['IMPLEMENTS', ETU, '105-QD/TW'],
    ],
  ),
  c(
    v,
    'one, unstated subject',
    `The ${ETU} held a conference of key officials on May 12. Officials were urged ${to} Directive No. 35-CT/TW of the Politburo.`,
    [['IMPLEMENTS', ETU, '35-CT/TW']],
  ),
]);

const enPrecision: RelationCase[] = [
  c(
    'once said',
    'precision',
    `${EN_OPEN} Tran Quoc Toan chaired the conference. As the late Party General Secretary Nguyen Phu Trong once said, “cadres are the root of all work”.`,
    [['CHAIRED', 'Tran Quoc Toan']],
    PERSON_TYPES,
  ),
  c(
    'chaired, attended by',
    'precision',
    `Tran Quoc Toan chaired a conference in Vinh city on May 12, which was attended by Le Thi Mai.`,
    [
      ['CHAIRED', 'Tran Quoc Toan'],
      ['ATTENDED', 'Le Thi Mai'],
    ],
    PERSON_TYPES,
  ),
];

export const EN_RELATION_CASES: readonly RelationCase[] = [
  ...enPrecision,
  ...personCases(EN_PERSON_CUES, EN_LISTS, EN_NEXT),
  ...EN_DELEGATION,
  ...enOrganise,
  ...enIssue,
  ...enImplement,
];
