// Issue 11's target: the dev corpus and the bundled samples, ingested into one emptied graph
// through the real pipeline, hold nothing the integrity check suspects — every count 0.
// A failure prints the suspects found (ids, what is wrong, the articles): the resolution work list.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import type { Graph } from '../../src/db/index.ts';
import { cypher } from '../../src/api/cypher.ts';
import { GraphReader } from '../../src/api/graph-reader.ts';
import { runIngest } from '../../ingest/run.ts';
import { checkIntegrity, INTEGRITY_INVARIANTS, type IntegrityReport } from '../../src/check/integrity.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

const DEV_CORPUS = path.resolve(projectRoot, '..', 'shared', 'corpus', 'dev');
const SAMPLES = path.join(projectRoot, 'samples', 'articles');

describe('integrity of the dev corpus + samples graph', () => {
  let graph: Graph;
  let report: IntegrityReport;
  beforeAll(async () => {
    graph = await openTestGraph();
    await clearGraph(graph);
    const summary = await runIngest(graph, [DEV_CORPUS, SAMPLES]);
    expect(summary.skipped).toEqual([]);
    report = await checkIntegrity(
      (name, params) => new GraphReader(graph, 120_000).rows(cypher(name), params),
      100,
    );
  });
  afterAll(async () => {
    await graph?.close();
  });

  it.each(INTEGRITY_INVARIANTS.map((i) => i.name))('%s: no suspect nodes', (name) => {
    const found = report.invariants.find((i) => i.name === name)!;
    const examples = found.examples.map(
      (e) => `${e.ids.join(', ')} — ${e.note} (${e.articleIds.join(', ')})`,
    );
    // The message lists what was found: the resolution work list when this fails.
    expect(found.count, `${found.count} found:\n${examples.join('\n')}\n`).toBe(0);
  });
});
