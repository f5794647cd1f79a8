// The bad inputs, through the readers: each gives a clear per-record error or a valid
// record, never a throw, never a hang (the test timeout is the hang guard).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadResult } from '../../ingest/read/inputs.ts';
import { decodeText, firstInvalidUtf8 } from '../../ingest/read/decode-text.ts';
import { readHtmlText } from '../../ingest/read/html-page.ts';
import { MAX_TEXT_CHARS, parseRecordLine } from '../../ingest/read/record.ts';

let dir: string;
const file = (name: string) => path.join(dir, name);
async function read(...paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths)) out.push(r);
  return out;
}
const errorOf = (r: ReadResult | undefined) => (r && 'error' in r ? r.error : `no error (record ${r?.id})`);
const line = (id: string, text: unknown) =>
  JSON.stringify({ id, url: null, language: 'vi', publishedAt: null, title: null, text });

/** Distinct paragraphs (a repeated one would be read as a repeated caption) up to `bytes` of UTF-8. */
function articleOf(bytes: number): string {
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p =
      `Sáng ${1 + (i % 28)}/${1 + (i % 12)}, Ban Thường vụ Tỉnh ủy tổ chức hội nghị lần thứ ${i} quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị. ` +
      `Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị; dự có ${i % 300} đại biểu các sở, ban, ngành của tỉnh.`;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join('\n\n');
}
const TEN_MB = articleOf(10 * 1024 * 1024);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('empty text', () => {
  it('is a per-record error in JSON Lines, and the next record is still read', async () => {
    await writeFile(
      file('empty.jsonl'),
      [line('e1', ''), line('e2', '   \n\t'), line('ok', 'Tỉnh ủy họp.')].join('\n'),
    );
    const results = await read(file('empty.jsonl'));
    expect(results.map(errorOf)).toEqual([
      `${file('empty.jsonl')}:1: record "e1" has empty "text"; nothing to extract, so it was skipped`,
      `${file('empty.jsonl')}:2: record "e2" has empty "text"; nothing to extract, so it was skipped`,
      'no error (record ok)',
    ]);
  });

  it('is an error for an empty .txt, .json and .html file', async () => {
    await writeFile(file('empty.txt'), '\n \n');
    await writeFile(file('empty.json'), '');
    await writeFile(file('empty.html'), '');
    const [txt, json, html] = await read(file('empty.txt'), file('empty.json'), file('empty.html'));
    expect(errorOf(txt)).toMatch(
      /empty\.txt: the file is empty; expected a title line, then the article text/,
    );
    expect(errorOf(json)).toMatch(/empty\.json(:1)?: not valid JSON/);
    expect(errorOf(html)).toMatch(/empty\.html: no article body found/);
  });
});

describe('binary and non-UTF-8 bytes', () => {
  it('reports a binary .jsonl once, with the offset of its first NUL byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('PK\u0003\u0004'),
      Buffer.alloc(3),
      Buffer.from([0xff, 0x80, 0x0a, 0x01, 0x0a]),
    ]);
    await writeFile(file('archive.jsonl'), bytes);
    const results = await read(file('archive.jsonl'));
    expect(results.map(errorOf)).toEqual([
      `file ${file('archive.jsonl')} is binary data, not text (NUL byte at offset 4); expected UTF-8 text`,
    ]);
  });

  it('reports a Latin-1 line with its byte and file offset, and reads the lines around it', async () => {
    const good = line('g1', 'Hội nghị Tỉnh ủy.') + '\n';
    const latin1 = Buffer.from(line('l1', 'Hà Nội'), 'latin1'); // "à" becomes the lone byte 0xe0
    const at = Buffer.byteLength(good) + latin1.indexOf(0xe0);
    await writeFile(
      file('mixed.jsonl'),
      Buffer.concat([Buffer.from(good), latin1, Buffer.from('\n' + line('g2', 'Đảng ủy họp.'))]),
    );
    const results = await read(file('mixed.jsonl'));
    expect(results.map(errorOf)).toEqual([
      'no error (record g1)',
      `${file('mixed.jsonl')}:2: the line is not UTF-8 text (byte 0xe0 at offset ${at}); convert it to UTF-8`,
      'no error (record g2)',
    ]);
  });

  it('reports binary, UTF-16 and Windows-1258 .txt/.html/.json files as not UTF-8 text', async () => {
    await writeFile(
      file('photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    await writeFile(
      file('utf16.html'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Tỉnh ủy</p>', 'utf16le')]),
    );
    await writeFile(
      file('cp1258.json'),
      Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0x48, 0xe0, 0x22, 0x7d]),
    );
    const [png, utf16, cp] = await read(file('photo.txt'), file('utf16.html'), file('cp1258.json'));
    expect(errorOf(png)).toBe(
      `file ${file('photo.txt')} is binary data, not text (NUL byte at offset 8); expected UTF-8 text`,
    );
    expect(errorOf(utf16)).toBe(
      `file ${file('utf16.html')} is UTF-16 text (byte-order mark 0xff 0xfe), not UTF-8; convert it to UTF-8`,
    );
    expect(errorOf(cp)).toBe(
      `file ${file('cp1258.json')} is not UTF-8 text (byte 0xe0 at offset 7); convert it to UTF-8`,
    );
  });

  it('decodes a page saved as windows-1258 when it declares so, and refuses one that is neither', async () => {
    // "Đảng ủy họp" in windows-1258: Đ=0xd0, tone marks are separate combining bytes (hook above 0xd2, dot below 0xf2).
    const cp1258 = [0xd0, 0x61, 0xd2, 0x6e, 0x67, 0x20, 0x75, 0xd2, 0x79, 0x20, 0x68, 0x6f, 0xf2, 0x70];
    const page = (charset: string) =>
      Buffer.concat([
        Buffer.from(`<html><head><meta charset="${charset}"></head><body><article><p>`),
        Buffer.from(cp1258),
        Buffer.from('.</p></article></body></html>'),
      ]);
    await writeFile(file('old.html'), page('windows-1258'));
    await writeFile(file('lying.html'), page('utf-8'));
    await writeFile(file('exotic.html'), page('x-made-up'));
    const [old, lying, exotic] = await read(file('old.html'), file('lying.html'), file('exotic.html'));
    expect(old && 'text' in old && old.text.normalize('NFC')).toBe('Đảng ủy họp.');
    expect(errorOf(lying)).toMatch(
      /lying\.html is not UTF-8 text \(byte 0xd0 at offset \d+\); convert it to UTF-8$/,
    );
    expect(errorOf(exotic)).toMatch(
      /is not UTF-8 text .* \(the page declares charset "x-made-up", which is not one this reader knows\)/,
    );
  });

  it('rejects NUL characters that arrive escaped inside a JSON string', () => {
    expect(errorOf(parseRecordLine(line('n', 'Tỉnh\u0000ủy'), 'stdin:1'))).toMatch(
      /NUL character in "text" at position 4/,
    );
  });

  it('locates the first broken UTF-8 sequence: overlong, surrogate, truncated', () => {
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([...Buffer.from('Đảng'), 0xe1, 0xba]))).toBe(
      Buffer.byteLength('Đảng'),
    );
    expect(
      'text' in decodeText(Buffer.from('\ufeffĐảng ủy'), 'x') &&
        decodeText(Buffer.from('\ufeffĐảng ủy'), 'x'),
    ).toEqual({
      text: 'Đảng ủy',
    });
  });
});

describe('a 10 MB article', () => {
  // Under MAX_TEXT_CHARS, so read whole; see docs/decisions/0007-article-size-limit.md.
  it('is read whole from JSON Lines, text unchanged, and the next record after it', async () => {
    await writeFile(file('big.jsonl'), line('big', TEN_MB) + '\n' + line('after', 'Tỉnh ủy họp.') + '\n');
    const results = await read(file('big.jsonl'));
    expect(results.map((r) => ('error' in r ? r.error : r.id))).toEqual(['big', 'after']);
    const big = results[0]!;
    expect('text' in big && big.text.length).toBe(TEN_MB.length);
    expect('text' in big && big.text === TEN_MB).toBe(true);
  });

  it('is read whole from a .txt file and from a .html page', async () => {
    await writeFile(file('big.txt'), 'Tiêu đề\n' + TEN_MB);
    const [txt] = await read(file('big.txt'));
    expect(txt && 'text' in txt && txt.text === TEN_MB).toBe(true);
    const htmlBody = TEN_MB.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('\n');
    const page = readHtmlText(
      `<html><body><nav><a>Trang chủ</a></nav><article>${htmlBody}</article></body></html>`,
      'big.html',
      'big',
    );
    expect('text' in page && page.text === TEN_MB).toBe(true);
  }, 120_000);

  it('is refused above the limit with a message naming the record, never truncated', async () => {
    // Prose, so that only its length is at stake (one letter repeated is refused as not language).
    const sentence = 'Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị của Ban Thường vụ. ';
    const over = sentence
      .repeat(Math.ceil((MAX_TEXT_CHARS + 1) / sentence.length))
      .slice(0, MAX_TEXT_CHARS + 1);
    expect(errorOf(parseRecordLine(line('over', over), 'stdin:1'))).toBe(
      `stdin:1: record "over" has a text of ${MAX_TEXT_CHARS + 1} characters, over the limit of ${MAX_TEXT_CHARS} for one article; split it into smaller records`,
    );
    expect(errorOf(parseRecordLine(line('at', over.slice(1)), 'stdin:2'))).toBe('no error (record at)');
  });
});

describe('an HTML page with no article body', () => {
  it('is a RecordError that names the page and what was expected', async () => {
    await writeFile(
      file('menu-only.html'),
      '<html><body><nav><ul><li><a href="/">Trang chủ</a></li></ul></nav><div class="counter">Thống kê truy cập: 12.000</div></body></html>',
    );
    const [r] = await read(file('menu-only.html'));
    expect(r).toEqual({
      id: 'menu-only',
      error: `${file('menu-only.html')}: no article body found; expected the article in <article> or <p> paragraphs of the page body`,
      origin: file('menu-only.html'),
    });
  });
});

describe('mixed NFD text', () => {
  const nfc = 'Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị của Đảng ủy Khối.';
  const mixed = nfc.slice(0, 20) + nfc.slice(20).normalize('NFD');

  it('is read as given: the reader keeps the original, the cleaner normalises', async () => {
    expect(mixed).not.toBe(nfc);
    await writeFile(file('nfd.jsonl'), line('nfd', mixed) + '\n');
    await writeFile(
      file('nfd.html'),
      `<article><h1>${'Hội nghị'.normalize('NFD')}</h1><p>${mixed}</p></article>`,
    );
    const [fromLines, fromPage] = await read(file('nfd.jsonl'), file('nfd.html'));
    expect('text' in fromLines! && fromLines.text).toBe(mixed);
    expect('text' in fromPage! && fromPage.text).toBe(mixed);
    expect('text' in fromPage! && fromPage.title).toBe('Hội nghị'.normalize('NFD'));
  });
});
