// Generated hostile inputs for the fuzz suites (test/unit/fuzz-extract.test.ts, test/graph/fuzz-ingest.test.ts):
// random Unicode, Vietnamese in NFD and old tone placement, mixed scripts, zero-width, control and
// bidirectional characters, right-to-left text, huge lines, deeply nested HTML, base64 and hex noise,
// broken JSON and a wrong type in any field. The prose is written here from a few templates about
// made-up officials; nothing is copied from the corpus.
import fc from 'fast-check';

/** Inputs tried: a few hundred in `npm test`; the issue's 10,000 under `npm run test:reliability`. */
export const FUZZ_RUNS = process.env.KG_FUZZ_RUNS
  ? Number(process.env.KG_FUZZ_RUNS)
  : process.env.KG_RELIABILITY_SIZE
    ? 10_000
    : 300;
/** Replays a failing run: fast-check prints the seed and path of the counterexample. */
export const FUZZ_SEED = Number(process.env.KG_FUZZ_SEED ?? Date.now() % 2 ** 31);

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Đức', 'Hữu', 'Thanh', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hạnh', 'Long', 'Nam', 'Thủy', 'Khoa', 'Quý'];
const PLACES = ['Bắc Ninh', 'Cao Bằng', 'Hòa Bình', 'Thanh Hóa', 'Khánh Hòa', 'Đắk Lắk', 'Cà Mau'];
const POSTS = [
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Chủ tịch UBND tỉnh',
  'Trưởng Ban Tổ chức Tỉnh ủy',
];
const CODES = ['05-CT/TW', '35-CT/TW', '21-NQ/TW', '12/2024/NĐ-CP', '102-QĐ/TW'];

const name = fc
  .tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN))
  .map((parts) => parts.join(' '));

const vietnameseSentence = fc
  .tuple(
    name,
    fc.constantFrom(...POSTS),
    fc.constantFrom(...PLACES),
    fc.constantFrom(...CODES),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(
    ([who, post, place, code, day, month, form]) =>
      [
        `Ngày ${day}/${month}/2023, Ban Thường vụ Tỉnh ủy ${place} tổ chức Hội nghị quán triệt Chỉ thị số ${code} của Bộ Chính trị.`,
        `Đồng chí ${who}, ${post} ${place}, chủ trì Hội nghị.`,
        `Đồng chí ${who} được bầu giữ chức ${post} ${place} từ ngày ${day}/${month}/2023.`,
        `Tham dự có đồng chí ${who}, nguyên ${post} ${place}.`,
      ][form]!,
  );

const englishSentence = fc
  .tuple(name, fc.constantFrom(...PLACES), fc.integer({ min: 1, max: 28 }))
  .map(
    ([who, place, day]) =>
      `On May ${day}, ${who}, Secretary of the ${place} Provincial Party Committee, chaired a meeting of the Standing Board.`,
  );

/** Vietnamese (NFC, NFD or old tone placement) and English prose, a few paragraphs. */
export const prose = fc
  .tuple(
    fc.array(fc.oneof(vietnameseSentence, englishSentence), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('NFC', 'NFD', 'old-tones'),
  )
  .map(([sentences, form]) => {
    const text = sentences.join(sentences.length > 3 ? '\n\n' : ' ');
    if (form === 'NFD') return text.normalize('NFD');
    if (form === 'old-tones')
      return text.replace(/ủy/g, 'uỷ').replace(/Hòa/g, 'Hoà').replace(/Thủy/g, 'Thuỷ');
    return text;
  });

const SCRIPT_WORDS = [
  'Москва',
  'Ελλάδα',
  '北京市',
  '東京',
  '서울',
  'القاهرة',
  'ירושלים',
  'กรุงเทพ',
  'नई दिल्ली',
  'Hà Nội',
  'Zürich',
  '😀👩‍👩‍👧',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];
const mixedScripts = fc
  .array(fc.oneof(fc.constantFrom(...SCRIPT_WORDS), name, fc.constantFrom(...POSTS)), {
    minLength: 1,
    maxLength: 60,
  })
  .map((words) => words.join(' '));

/** Zero-width, control, bidirectional and other invisible characters. */
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202a',
  '\u202b',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufffd',
  '\u0301',
  '\u0323',
];
const withInvisible = fc
  .tuple(prose, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 40 }))
  .map(([text, inserts]) => {
    const chars = [...text];
    for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch);
    return chars.join('');
  });

const rightToLeft = fc
  .tuple(name, fc.constantFrom('يرأس', 'اجتماع اللجنة', 'ראש הממשלה', 'נפגש עם'))
  .map(([who, arabic]) => `\u202b${arabic} ${who}\u202c ${arabic} \u202e${who}\u202c.`);

/** A line of up to ~1 MB (about 50 KB in npm test's quick size): prose repeated, or letters. */
const HUGE_MAX = process.env.KG_RELIABILITY_SIZE ? 1_000_000 : 50_000;
const hugeLine = fc
  .tuple(fc.integer({ min: 10_000, max: HUGE_MAX }), vietnameseSentence, fc.boolean())
  .map(([size, sentence, letters]) =>
    letters
      ? 'ab'.repeat(size / 2)
      : (sentence + ' ').repeat(Math.ceil(size / (sentence.length + 1))).slice(0, size),
  );

const nestedHtml = (depths: fc.Arbitrary<number>) =>
  fc
    .tuple(depths, fc.constantFrom('div', 'p', 'span', 'article', 'b'), prose, fc.boolean())
    .map(
      ([depth, tag, text, closed]) =>
        `<html><body>${`<${tag}>`.repeat(depth)}${text}${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`,
    );

/** Nested elements up to 3,000 deep, open or closed, around prose: HTML pasted as an article's text. */
export const deepHtml = nestedHtml(fc.integer({ min: 1, max: 3000 }));

/** Pages for the HTML reader: half up to 3,000 deep, half 3,000 to 10,000 (5,000 overflowed its stack; unclosed tags parse in superlinear time: 12,000 took 1 s). */
export const deepPage = nestedHtml(
  fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 3000, max: 10_000 })),
);

const noise = fc.oneof(
  fc.uint8Array({ minLength: 60, maxLength: 3000 }).map((b) => Buffer.from(b).toString('base64')),
  fc
    .uint8Array({ minLength: 60, maxLength: 2000 })
    .map((b) => Buffer.from(b).toString('hex').replace(/(..)/g, '$1 ')),
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 100, maxLength: 2000 }),
);

/** Any article text this suite tries. */
export const articleText = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 400 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }), weight: 2 },
  { arbitrary: prose, weight: 4 },
  { arbitrary: mixedScripts, weight: 2 },
  { arbitrary: withInvisible, weight: 3 },
  { arbitrary: rightToLeft, weight: 1 },
  { arbitrary: deepHtml, weight: 1 },
  { arbitrary: noise, weight: 2 },
  { arbitrary: hugeLine, weight: 1 },
);

/** A field's right value, or (one time in fifteen) anything at all: a wrong type in any field. */
const field = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: right, weight: 14 }, { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 });

/** An article record as a client might send one: mostly right, any field possibly wrong. */
export const articleRecordValue = fc.record(
  {
    id: field(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.string({ unit: 'binary', maxLength: 30 }))),
    url: field(fc.option(fc.webUrl(), { nil: null })),
    language: field(fc.constantFrom('vi', 'en', null, 'vi-VN', 'EN', '')),
    publishedAt: field(
      fc.constantFrom('2023-05-14', '2023-02-30', '14/5/2023', null, '2023-05-14T08:30:00+07:00'),
    ),
    title: field(fc.option(fc.oneof(prose, fc.string({ unit: 'binary', maxLength: 80 })), { nil: null })),
    text: field(articleText),
    authors: field(fc.array(name, { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

/** One JSON Lines line: a record, or a broken one (cut short, a byte changed, not an object). */
export const jsonLine = fc.oneof(
  { arbitrary: articleRecordValue.map((r) => JSON.stringify(r)), weight: 6 },
  {
    arbitrary: fc
      .tuple(articleRecordValue, fc.nat())
      .map(([r, cut]) => JSON.stringify(r).slice(0, cut % (JSON.stringify(r).length + 1))),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(articleRecordValue, fc.nat(), fc.constantFrom('"', '{', '}', '\\', ',', ':', ']'))
      .map(([r, at, ch]) => {
        const s = JSON.stringify(r);
        const i = at % (s.length + 1);
        return s.slice(0, i) + ch + s.slice(i + 1);
      }),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'), weight: 1 },
);
