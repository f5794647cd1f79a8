// Fuzzing `kg ingest` (ingest/run.ts runIngest, the path the command takes) on the real Neo4j: a
// JSON Lines file of generated records (test/support/fuzz-inputs.ts: random Unicode, NFD, mixed
// scripts, invisible and control characters, right-to-left text, huge lines, deep HTML, noise,
// broken JSON, a wrong type in any field) plus a line of random letters and one of base64. The run
// never fails; every line is counted once (written, unchanged or skipped with a reason); no record
// fails extraction; the graph holds exactly one Article per distinct article id the reader
// accepted, so nothing that is not language was stored; a rerun writes nothing and leaves the same
// graph. Size: 100 records in npm test (300 took 107 s on the shared machine at load 30, over a
// test's budget), FUZZ_RUNS (10,000) under test:reliability.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/db/index.ts';
import { runIngest } from '../../ingest/run.ts';
import { dumpGraph } from '../../ingest/load/graph-dump.ts';
import { readJsonLines } from '../../ingest/read/json-lines.ts';
import { isRecordError } from '../../ingest/read/record.ts';
import { articleIdOf } from '../../ingest/resolve/resolve-article.ts';
import { clearGraph, countArticles, openTestGraph } from '../support/graph.ts';
import { FUZZ_RUNS, FUZZ_SEED, jsonLine } from '../support/fuzz-inputs.ts';

const LINES = process.env.KG_RELIABILITY_SIZE || process.env.KG_FUZZ_RUNS ? FUZZ_RUNS : 100;
// A bound that grows with the size (10,000 lines: 2 h), so the full run ends by itself or fails as a
// hang; the quick size keeps its 15 min.
const TIMEOUT_MS = Math.max(900_000, LINES * 720);
import { recordFigures } from '../support/reliability-figures.ts';

let graph: Graph;
let dir: string;
let file: string;
let lines: string[];

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  dir = mkdtempSync(path.join(tmpdir(), 'kg-fuzz-ingest-'));
  file = path.join(dir, 'fuzz.jsonl');
  const letters = fc.sample(
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      minLength: 200_000,
      maxLength: 200_000,
    }),
    { numRuns: 1, seed: FUZZ_SEED },
  )[0]!;
  const base64 = Buffer.from(
    fc.sample(fc.uint8Array({ minLength: 30_000, maxLength: 30_000 }), { numRuns: 1, seed: FUZZ_SEED })[0]!,
  ).toString('base64');
  lines = [
    ...fc.sample(jsonLine, { numRuns: LINES, seed: FUZZ_SEED }),
    JSON.stringify({ id: 'noise-letters', text: letters }),
    JSON.stringify({ id: 'noise-base64', text: base64.replace(/(.{76})/g, '$1\n') }),
  ].map((line) => line.replace(/[\n\r\u2028\u2029]/g, ' '));
  writeFileSync(file, lines.join('\n') + '\n');
});
afterAll(async () => {
  await clearGraph(graph);
  await graph?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const articleCount = (): Promise<number> => countArticles(graph);

describe(`fuzzing kg ingest (${LINES} generated lines, seed ${FUZZ_SEED})`, () => {
  it(
    'ingests what it can, skips the rest with reasons, stores no noise, and a rerun changes nothing',
    async () => {
      // What the reader accepts, read on its own: the articles the graph must hold, one per id.
      const accepted = new Set<string>();
      let nonBlank = 0;
      async function* bytes() {
        yield Buffer.from(lines.join('\n') + '\n');
      }
      for await (const r of readJsonLines(bytes(), 'fuzz.jsonl')) {
        nonBlank++;
        if (!isRecordError(r)) accepted.add(articleIdOf(r));
      }

      const started = performance.now();
      const first = await runIngest(graph, [file], { batchSize: 25 });
      const firstSeconds = (performance.now() - started) / 1000;
      expect(first.read).toBe(nonBlank);
      expect(first.created + first.replaced + first.unchanged + first.skipped.length).toBe(first.read);
      expect(first.skipped.filter((s) => /could not be extracted/.test(s.reason))).toEqual([]);
      for (const s of first.skipped) expect(s.reason).toMatch(/^\S/);
      const noise = first.skipped.filter((s) => s.id === 'noise-letters' || s.id === 'noise-base64');
      expect(noise.map((s) => s.id).sort()).toEqual(['noise-base64', 'noise-letters']);
      for (const s of noise) expect(s.reason).toMatch(/not prose/);
      expect(await articleCount()).toBe(accepted.size);
      const dump = await dumpGraph(graph);

      const again = await runIngest(graph, [file], { batchSize: 25 });
      expect(again.written).toBe(0);
      expect(again.skipped.length).toBe(first.skipped.length);
      expect(await dumpGraph(graph)).toEqual(dump);

      recordFigures('fuzz-ingest', {
        seed: FUZZ_SEED,
        lines: first.read,
        articles: accepted.size,
        skipped: first.skipped.length,
        skippedNotLanguage: first.skipped.filter((s) => /not prose|not Vietnamese/.test(s.reason)).length,
        claims: first.claims,
        crashes: 0,
        ingestSeconds: Number(firstSeconds.toFixed(1)),
      });
    },
    TIMEOUT_MS,
  );
});
