import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadResult } from '../../ingest/read/inputs.ts';
import { readJsonLines, splitLines } from '../../ingest/read/json-lines.ts';

let dir: string;
const file = (name: string) => path.join(dir, name);

async function collect(paths: string[], stdin?: AsyncIterable<Uint8Array>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, stdin)) out.push(r);
  return out;
}
const summary = (results: ReadResult[]) =>
  results.map((r) => ('error' in r ? `error ${r.origin}` : `${r.id} ${r.origin}`));

const rec = (id: string, text = `Bài ${id}: Tỉnh ủy tổ chức hội nghị.`) =>
  JSON.stringify({ id, url: null, language: 'vi', publishedAt: '2022-01-05', title: null, text });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-read-'));
  await writeFile(file('feed.jsonl'), [rec('a'), '', '{"id": "b", "text": ', rec('c') + '\r', ''].join('\n'));
  await writeFile(file('one.json'), rec('single'));
  await writeFile(file('many.json'), `[\n  ${rec('m1')},\n  {"id": "m2"},\n  ${rec('m3')}\n]\n`);
  await writeFile(file('broken.json'), '[\n {"id": "x", "text": "y"},\n {"id": "z" "text": "w"}\n]');
  await writeFile(
    file('bai-viet.txt'),
    '\n\nHội nghị Ban Chấp hành Đảng bộ tỉnh\nSáng 3/1, Tỉnh ủy tổ chức hội nghị.\nHội nghị thành công.\n',
  );
  await mkdir(file('folder/b-sub'), { recursive: true });
  await writeFile(file('folder/z.jsonl'), rec('z1') + '\n');
  await writeFile(file('folder/a.txt'), 'Tiêu đề\nNội dung bài.');
  await writeFile(file('folder/b-sub/c.jsonl'), rec('c1') + '\n' + rec('c2') + '\n');
  await writeFile(file('folder/a.gold.json'), '{"persons": []}');
  await writeFile(file('folder/.hidden.jsonl'), rec('hidden'));
  await writeFile(file('folder/notes.md'), '# not an article');
  await writeFile(file('report.pdf'), '%PDF-1.4');
  await mkdir(file('same/a'), { recursive: true });
  await mkdir(file('same/b/deeper'), { recursive: true });
  await writeFile(file('same/a/news.txt'), 'Tin A\nSáng 3/1, Tỉnh ủy tổ chức hội nghị.');
  await writeFile(file('same/b/news.txt'), 'Tin B\nSáng 3/1, Tỉnh ủy tổ chức hội nghị.');
  await writeFile(file('same/b/deeper/news.html'), '<article><p>Tỉnh ủy tổ chức hội nghị.</p></article>');
  await writeFile(file('same/top.txt'), 'Tin\nNội dung bài.');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('streams JSON Lines with one result per non-blank line and path:line origins', async () => {
    const results = await collect([file('feed.jsonl')]);
    expect(summary(results)).toEqual([
      `a ${file('feed.jsonl')}:1`,
      `error ${file('feed.jsonl')}:3`,
      `c ${file('feed.jsonl')}:4`,
    ]);
    const bad = results[1]!;
    expect('error' in bad && bad.error).toMatch(
      /:3: not valid JSON .*each line must be one complete JSON object/,
    );
    expect('error' in bad && bad.id).toBe('b');
  });

  it('reads a JSON object or an array, with the line where each element starts', async () => {
    expect(summary(await collect([file('one.json')]))).toEqual([`single ${file('one.json')}:1`]);
    const many = await collect([file('many.json')]);
    expect(summary(many)).toEqual([
      `m1 ${file('many.json')}:2`,
      `error ${file('many.json')}:3`,
      `m3 ${file('many.json')}:4`,
    ]);
    expect('error' in many[1]! && many[1].error).toMatch(/record "m2" has no "text" field/);
  });

  it('points bad JSON in a .json file at its line', async () => {
    const [r] = await collect([file('broken.json')]);
    expect(r && 'error' in r && r.error).toMatch(
      /broken\.json:3: not valid JSON \(.+\); expected one record object or an array of them/,
    );
  });

  it('reads .txt as title line then text, id from the file name', async () => {
    const [r] = await collect([file('bai-viet.txt')]);
    expect(r).toEqual({
      id: 'bai-viet',
      url: null,
      language: null,
      publishedAt: null,
      title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
      text: 'Sáng 3/1, Tỉnh ủy tổ chức hội nghị.\nHội nghị thành công.',
      origin: `${file('bai-viet.txt')}:3`,
    });
  });

  it('walks folders recursively in sorted order, skipping hidden, gold and unknown files', async () => {
    const ids = (await collect([file('folder')])).map((r) => ('error' in r ? r.error : r.id));
    expect(ids).toEqual(['a', 'c1', 'c2', 'z1']);
  });

  it('gives same-named files in different sub-folders distinct ids: their path in the folder', async () => {
    const results = await collect([file('same')]);
    expect(summary(results)).toEqual([
      `a/news ${file('same/a/news.txt')}:1`,
      `b/deeper/news ${file('same/b/deeper/news.html')}`,
      `b/news ${file('same/b/news.txt')}:1`,
      `top ${file('same/top.txt')}:1`,
    ]);
    // The id is relative to the folder argument, however that folder is spelled.
    expect(summary(await collect([file('same/b') + path.sep]))).toEqual([
      `deeper/news ${file('same/b/deeper/news.html')}`,
      `news ${file('same/b/news.txt')}:1`,
    ]);
  });

  it('gives the same ids when the same inputs are read again', async () => {
    const inputs = [file('same'), file('folder'), file('bai-viet.txt')];
    const ids = (results: ReadResult[]) => results.map((r) => ('error' in r ? r.error : r.id));
    const first = await collect(inputs);
    expect(new Set(ids(first)).size).toBe(first.length);
    expect(summary(await collect(inputs))).toEqual(summary(first));
  });

  it('keeps the file name as the id of a file given directly', async () => {
    const results = await collect([file('same/a/news.txt'), file('same/b/deeper/news.html')]);
    expect(results.map((r) => ('error' in r ? r.error : r.id))).toEqual(['news', 'news']);
  });

  it('reports missing paths and unsupported files and goes on', async () => {
    const results = await collect([file('nope.jsonl'), file('report.pdf'), file('one.json')]);
    expect(results.map((r) => ('error' in r ? r.error : r.id))).toEqual([
      `cannot read ${file('nope.jsonl')}: no such file or folder; check the path`,
      `${file('report.pdf')} has an unsupported file type '.pdf'; expected .jsonl, .ndjson, .json, .txt, .html, .htm`,
      'single',
    ]);
  });

  it("reads '-' as JSON Lines from stdin, or as JSON when it starts with '['", async () => {
    const lines = Readable.from([
      Buffer.from(rec('s1') + '\n' + rec('s2').slice(0, 30)),
      Buffer.from(rec('s2').slice(30) + '\n'),
    ]);
    expect(summary(await collect(['-'], lines))).toEqual(['s1 stdin:1', 's2 stdin:2']);
    const array = Readable.from([Buffer.from(`  [${rec('j1')},\n${rec('j2')}]`)]);
    expect(summary(await collect(['-'], array))).toEqual(['j1 stdin:1', 'j2 stdin:2']);
    expect(await collect(['-'], Readable.from([]))).toEqual([]);
  });
});

describe('splitLines', () => {
  it('splits on newlines across chunk boundaries and reports byte offsets', async () => {
    const chunks = ['ab\ncd', 'e\n\nf', 'g'].map((s) => Buffer.from(s));
    const lines = [];
    for await (const l of splitLines(Readable.from(chunks)))
      lines.push([l.number, l.offset, Buffer.from(l.bytes!).toString()]);
    expect(lines).toEqual([
      [1, 0, 'ab'],
      [2, 3, 'cde'],
      [3, 7, ''],
      [4, 8, 'fg'],
    ]);
  });

  it('drops the bytes of a line over the limit but keeps counting lines', async () => {
    const chunks = [Buffer.from('x'.repeat(10)), Buffer.from('x'.repeat(10) + '\nok\n')];
    const lines = [];
    for await (const l of splitLines(Readable.from(chunks), 15))
      lines.push([l.number, l.byteLength, l.bytes && Buffer.from(l.bytes).toString()]);
    expect(lines).toEqual([
      [1, 20, null],
      [2, 2, 'ok'],
    ]);
  });

  it('turns an over-long line into an error naming the line, then reads the next', async () => {
    const results = [];
    const input = [rec('big', 'x'.repeat(500)), rec('fine')].join('\n');
    for await (const r of readJsonLines(Readable.from([Buffer.from(input)]), 'x.jsonl', 200)) results.push(r);
    expect(summary(results)).toEqual(['error x.jsonl:1', 'fine x.jsonl:2']);
    expect('error' in results[0]! && results[0].error).toMatch(
      /^x\.jsonl:1: record "big" is a line of \d+ bytes, over the limit of 200 for one record; split the article into smaller records$/,
    );
  });
});
