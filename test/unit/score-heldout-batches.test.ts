// The held-out sets grouped by batch (test/support/heldout-batches.ts) and the command that scores
// them, scripts/score-heldout.ts (decision 0066): "batch N as found" is one command for either
// language, so the grouping must hold every article exactly once, in the batch its decision gave it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { heldOutBatches, parseIdRangeBatches, vietnameseBatchOf } from '../support/heldout-batches.ts';
import { HELDOUT_EN_CORPUS, HELDOUT_VI } from '../support/score-corpus.ts';

const run = promisify(execFile);
const SCRIPT = path.join(projectRoot, 'scripts/score-heldout.ts');

describe('held-out batches', () => {
  it('reads the Vietnamese batch from the id', () => {
    expect(vietnameseBatchOf('vi-ho-bug-01.json')).toBe(1);
    expect(vietnameseBatchOf('vi-ho4-lists-03')).toBe(4);
    expect(vietnameseBatchOf('vi-dev-001')).toBeNull();
  });

  it('refuses a malformed or overlapping batches.tsv row, naming the line', () => {
    expect(parseIdRangeBatches('# c\n1\t001\t010\t0041\n2\t011\t020\t0052\n', 'b.tsv')).toEqual([
      { batch: 1, first: 1, last: 10, decision: '0041' },
      { batch: 2, first: 11, last: 20, decision: '0052' },
    ]);
    expect(() => parseIdRangeBatches('1\t010\t001\t0041\n', 'b.tsv')).toThrow(/b\.tsv:1/);
    expect(() => parseIdRangeBatches('1\t001\t010\t\n2\t010\t020\t\n', 'b.tsv')).toThrow(
      /b\.tsv:2: ids overlap batch 1/,
    );
  });

  it('puts every English article in one batch, as the decisions counted them', () => {
    const batches = heldOutBatches('en', HELDOUT_EN_CORPUS);
    expect(batches.map((b) => [b.name, b.records.length])).toEqual([
      ['batch 1', 33],
      ['batch 2', 10],
      ['batch 3', 7],
      ['batch 4', 15],
      ['batch 5', 18],
      ['batch 6', 18],
      ['batch 7', 18],
      ['batch 8', 19],
      ['batch 9', 19],
      ['batch 10', 18],
      ['batch 11', 18],
      ['batch 12', 18],
      ['batch 13', 5],
      ['batch 14', 8],
      ['batch 15', 8],
      ['batch 16', 8],
      ['batch 17', 8],
      ['batch 18', 8],
      ['batch 19', 6],
    ]);
    expect(path.basename(batches[5]!.records[0]!)).toBe('en-heldout-084.json');
  });

  it('puts every Vietnamese article of every class folder in the batch of its id', () => {
    const batches = heldOutBatches('vi', HELDOUT_VI);
    expect(batches.map((b) => b.name)).toEqual([
      'batch 1',
      'batch 2',
      'batch 3',
      'batch 4',
      'batch 5',
      'batch 6',
      'batch 7',
      'batch 8',
      'batch 9',
      'batch 10',
      'batch 11',
      'batch 12',
      'batch 13',
      'batch 14',
      'batch 15',
      'batch 16',
      'batch 17',
      'batch 18',
      'batch 19',
    ]);
    // A batch's number is its name's, not its place in the list (decisions 0124 and 0131 were written in parallel).
    for (const b of batches)
      for (const r of b.records) expect(vietnameseBatchOf(path.basename(r)), r).toBe(Number(b.name.slice(6)));
  });

  it('refuses an English article outside every batch instead of scoring it with none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-batches-'));
    try {
      writeFileSync(path.join(dir, 'batches.tsv'), '1\t001\t001\t0066\n');
      for (const id of ['en-heldout-001', 'en-heldout-002'])
        writeFileSync(path.join(dir, `${id}.json`), '{}');
      expect(() => heldOutBatches('en', dir)).toThrow(/en-heldout-002\.json belongs to no batch/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The command line itself, one run (it pays a tsx start-up; the scorer's modules load only after
  // the options are read): a command line to fix exits 2 with the reason and the usage --help
  // prints. Scoring by batch is what score-heldout-en.test.ts runs in process.
  it('exits 2 with the reason and the usage on a command line to fix', async () => {
    const wrong = await run(process.execPath, ['--import', 'tsx', SCRIPT, '--lang', 'en', '--by', 'class'], {
      cwd: projectRoot,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/no class folders; use --by batch/);
    expect(wrong.stderr).toMatch(/^usage: .*--lang vi\|en/m);
    expect(wrong.stderr).toMatch(/--batch N +score batch N alone/);
  }, 60_000);
});
