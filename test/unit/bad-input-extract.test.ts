// The bad inputs through the real `kg extract` command, as a scorer runs it: a child
// process reading JSON Lines on stdin. Each bad record must give one clear {id, error} line or a
// valid extraction, in input order, the run must go on to the next record, and the process must
// exit 0 — never a crash, never a hang (the per-test timeouts are the hang guard).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  code: number | null;
  lines: Array<Record<string, unknown>>;
  stderr: string;
}

function runExtract(input: Buffer | string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract'], {
      cwd: ROOT,
      env: { ...process.env, KG_LOG_LEVEL: 'error' },
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      try {
        const lines = text
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        resolve({ code, lines, stderr });
      } catch (err) {
        reject(
          new Error(
            `stdout is not JSON Lines (${String(err)}): ${text.slice(0, 300)}\nstderr: ${stderr.slice(0, 500)}`,
          ),
        );
      }
    });
    child.stdin.on('error', () => {}); // the child may exit before reading everything; its output says why
    child.stdin.end(input);
  });
}

const record = (id: string, text: unknown, language: string | null = 'vi') =>
  JSON.stringify({ id, url: null, language, publishedAt: '2022-06-15', title: null, text });

const GOOD_TEXT =
  'Sáng 14/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. ' +
  'Đồng chí Hoàng Minh Đức, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.';

function expectExtraction(line: Record<string, unknown> | undefined, id: string) {
  expect(line, `no output line for ${id}`).toBeDefined();
  expect(line!.error, `record ${id} failed: ${String(line!.error)}`).toBeUndefined();
  expect(line!.id).toBe(id);
  for (const field of ['persons', 'organizations', 'documents', 'events', 'relations', 'authors']) {
    expect(Array.isArray(line![field]), `${id}.${field}`).toBe(true);
  }
}

describe('kg extract on bad input', () => {
  it('answers empty and missing text with an error line and goes on', async () => {
    const run = await runExtract(
      [record('empty', ''), record('blank', ' \n '), record('none', null), record('ok', GOOD_TEXT)].join(
        '\n',
      ) + '\n',
    );
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => [l.id, typeof l.error === 'string' ? 'error' : 'extraction'])).toEqual([
      ['empty', 'error'],
      ['blank', 'error'],
      ['none', 'error'],
      ['ok', 'extraction'],
    ]);
    expect(run.lines[0]!.error).toMatch(/record "empty" has empty "text"/);
    expect(run.lines[2]!.error).toMatch(/record "none" has no "text" field/);
    expectExtraction(run.lines[3], 'ok');
  }, 60_000);

  it('answers binary and non-UTF-8 lines with a "not UTF-8 text" or "binary" error, never garbled text', async () => {
    const latin1 = Buffer.from(record('latin1', 'Cà Mau'), 'latin1'); // "à" becomes the lone byte 0xe0
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xd8]);
    const input = Buffer.concat([
      latin1,
      Buffer.from('\n'),
      binary,
      Buffer.from('\n' + record('ok', GOOD_TEXT) + '\n'),
    ]);
    const run = await runExtract(input);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(3);
    expect(run.lines[0]!.error).toMatch(
      /stdin:1: .*not UTF-8 text \(byte 0xe0 at offset \d+\); convert it to UTF-8/,
    );
    expect(run.lines[1]!.error).toMatch(/stdin:2: .*(binary data|not UTF-8 text)/);
    expectExtraction(run.lines[2], 'ok');
  }, 60_000);

  it('extracts a 10 MB article in bounded time, or refuses it clearly, then goes on', async () => {
    // Distinct paragraphs: the cleaner drops repeated ones as captions, which would hide the size.
    const paragraphs: string[] = [];
    for (let i = 0, size = 0; size < 10 * 1024 * 1024; i++) {
      const p = `Ngày ${1 + (i % 28)}/${1 + (i % 12)}, hội nghị lần thứ ${i}: ${GOOD_TEXT}`;
      paragraphs.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const run = await runExtract(
      record('big', paragraphs.join('\n\n')) + '\n' + record('after', GOOD_TEXT) + '\n',
    );
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => l.id)).toEqual(['big', 'after']);
    if (typeof run.lines[0]!.error === 'string')
      expect(run.lines[0]!.error).toMatch(/record "big" .*over the limit .*split/);
    else expectExtraction(run.lines[0], 'big');
    expectExtraction(run.lines[1], 'after');
  }, 180_000);

  it('finds nothing in a record that is only page furniture (no article body)', async () => {
    const chrome = [
      'Trang chủ',
      'Chính trị',
      'Xây dựng Đảng',
      'Chia sẻ',
      'Thống kê truy cập',
      'Đang truy cập: 152',
      'Tổng truy cập: 45.210.331',
    ].join('\n');
    const run = await runExtract(record('chrome', chrome) + '\n' + record('ok', GOOD_TEXT) + '\n');
    expect(run.code).toBe(0);
    const [first] = run.lines;
    if (typeof first!.error !== 'string') {
      expectExtraction(first, 'chrome');
      expect([
        first!.persons,
        first!.organizations,
        first!.documents,
        first!.events,
        first!.relations,
      ]).toEqual([[], [], [], [], []]);
    }
    expectExtraction(run.lines[1], 'ok');
  }, 60_000);

  it('gives mixed NFD text the same extraction as its NFC form, with offsets into the NFC text', async () => {
    const mixed = GOOD_TEXT.slice(0, 60) + GOOD_TEXT.slice(60).normalize('NFD');
    expect(mixed).not.toBe(GOOD_TEXT);
    const run = await runExtract([record('nfc', GOOD_TEXT), record('nfd', mixed)].join('\n') + '\n');
    expect(run.code).toBe(0);
    const [nfc, nfd] = run.lines;
    expectExtraction(nfc, 'nfc');
    expectExtraction(nfd, 'nfd');
    expect((nfc!.persons as unknown[]).length).toBeGreaterThan(0);
    expect({ ...nfd, id: 'nfc' }).toEqual(nfc);
    for (const person of nfd!.persons as Array<{
      name: string;
      mentions: Array<{ start: number; end: number; text: string }>;
    }>) {
      expect(person.name).toBe(person.name.normalize('NFC'));
      for (const m of person.mentions) expect(GOOD_TEXT.slice(m.start, m.end)).toBe(m.text);
    }
  }, 60_000);
});
