// `kg ingest` of a slice of the generated corpus as its own process, as a user runs it: what
// bench:scale and bench:ingest-growth measure the write path with.
import { execFile } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../src/config.ts';
import type { Graph } from '../src/db/index.ts';
import { scaleCorpus } from './scale-corpus.ts';

/** Writes articles `from`–`to` of the generated corpus as JSON Lines. */
export async function writeCorpus(file: string, from: number, to: number): Promise<void> {
  const out = createWriteStream(file);
  for (const record of scaleCorpus(from, to)) {
    if (!out.write(JSON.stringify(record) + '\n'))
      await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

export type ChildIngest = { written: number; seconds: number; articlesPerSecond: number; peakRssMb: number };

/**
 * Ingests articles `from`–`to` with `kg ingest --json` on the benchmark's graph: its articles/s
 * (from its summary, so node's start-up and the census it prints are not counted) and its peak RSS
 * (bench/peak-rss.ts, read as it exits). `nodeArgs` go before the script (e.g. a heap size);
 * `onStderrLine` sees each line it logs (progress, and every statement's time at debug level),
 * otherwise they go on to this process's stderr.
 */
export async function ingestInChild(
  graph: Graph,
  work: string,
  from: number,
  to: number,
  options: {
    batchSize: number;
    nodeArgs?: string[];
    env?: Record<string, string>;
    onStderrLine?: (line: string) => void;
  },
): Promise<ChildIngest> {
  const corpus = path.join(work, `corpus-${from}-${to}.jsonl`);
  const rssFile = path.join(work, `peak-rss-${to}`);
  await writeCorpus(corpus, from, to);
  const child = execFile(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '--import',
      'tsx',
      '--import',
      './bench/peak-rss.ts',
      'src/cli/main.ts',
      'ingest',
      '--json',
      '--batch-size',
      String(options.batchSize),
      corpus,
    ],
    {
      cwd: projectRoot,
      // The benchmark's own server (or NEO4J_URI's): a local one takes any credentials.
      env: { ...process.env, ...options.env, NEO4J_URI: graph.uri, KG_PEAK_RSS_FILE: rssFile },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const onLine = options.onStderrLine;
  if (onLine && child.stderr) createInterface({ input: child.stderr }).on('line', onLine);
  else child.stderr?.pipe(process.stderr);
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`kg ingest of articles ${from}–${to - 1} exited with ${code}`);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as { written: number; seconds: number };
  const peakKiB = Number(readFileSync(rssFile, 'utf8'));
  rmSync(corpus);
  return {
    written: summary.written,
    seconds: summary.seconds,
    articlesPerSecond: summary.written / summary.seconds,
    peakRssMb: Math.round(peakKiB / 1024),
  };
}
