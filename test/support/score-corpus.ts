// The shared scorer (../shared/tools/score-extraction.mjs) run on the dev corpus through `kg extract`,
// exactly as CI and the issues' reviewers run it; the dev-corpus score tests assert on its summary.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';
import { extractArticle } from '../../ingest/pipeline.ts';
import { isRecordError, validateRecord } from '../../ingest/read/record.ts';
import type { ArticleRecord } from '../../ingest/types.ts';
import { isRecordFileName } from '../../ingest/read/inputs.ts';

export const SCORER = path.resolve(projectRoot, '../shared/tools/score-extraction.mjs');
export const DEV_CORPUS = path.resolve(projectRoot, '../shared/corpus/dev');
/** The project's own English held-out articles with gold (issue 12, decision 0041). */
export const HELDOUT_EN_CORPUS = path.resolve(projectRoot, 'test/fixtures/en-heldout');

/** How long one scorer run may take (it extracts every dev document of the language). */
export const SCORER_TIMEOUT_MS = 300_000;

export interface Score {
  p: number;
  r: number;
  f1: number;
}

/** The scorer's `--json` output. */
export interface Summary {
  documents: number;
  categories: Record<string, Score & { tp: number; fp: number; fn: number }>;
  entities: Score;
  relations: Score;
}

/** Scores the dev documents of one language; throws, with the end of the scorer's stderr, if it fails. */
export function scoreDevCorpus(lang: 'vi' | 'en'): Summary {
  return scoreCorpus(DEV_CORPUS, lang);
}

/** Scores the documents of one language in `corpus` (`<id>.json` + `<id>.gold.json`). */
export function scoreCorpus(corpus: string, lang: 'vi' | 'en'): Summary {
  return runScorer(['--corpus', corpus, '--lang', lang, '--cwd', projectRoot], `${corpus}, --lang ${lang}`);
}

/** One run of the shared scorer with `args` (and --json); throws, with the end of its stderr, if it fails. */
function runScorer(args: string[], what: string): Summary {
  const run = spawnSync(process.execPath, [SCORER, ...args, '--json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: SCORER_TIMEOUT_MS,
  });
  if (run.error || run.status !== 0) {
    const how = run.error ? run.error.message : run.signal ? `signal ${run.signal}` : `exit ${run.status}`;
    throw new Error(`scorer failed (${what}, ${how}): ${(run.stderr ?? '').slice(-2000)}`);
  }
  return JSON.parse(run.stdout) as Summary;
}

/** The held-out Vietnamese articles of decision 0040, one folder per class of issue 12. */
export const HELDOUT_VI = path.resolve(projectRoot, 'test/fixtures/heldout-vi');

/** The scorer's summary of every held-out article together and of each class folder alone. */
export interface HeldOutScores {
  all: Summary;
  classes: Record<string, Summary>;
}

/** Articles scored together: `records` are paths of `<id>.json`, each with its `<id>.gold.json` beside it. */
export interface ArticleGroup {
  name: string;
  records: string[];
}

/**
 * Scores a corpus laid out in class folders: the extraction `kg extract` prints runs once over
 * every article (in this process: a second one would cost its start-up in every test run), then
 * the shared scorer compares it with the gold of all folders together and of each folder alone
 * (`--predictions`). `keep`, when given, picks the records scored (a path of `<id>.json` in, a
 * boolean out): the floors of batches 1–13 leave out a batch that has its own floor (decision 0108).
 */
export function scoreCorpusByClass(
  root: string,
  keep: (record: string) => boolean = () => true,
): HeldOutScores {
  const classes = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return scoreGroups(
    classes.map((c) => ({
      name: c,
      records: readdirSync(path.join(root, c))
        .filter(isRecordFileName)
        .map((n) => path.join(root, c, n))
        .filter(keep),
    })),
  );
}

/**
 * Scores each group of articles alone and all of them together (`all`): the extraction runs once,
 * in this process, over every record; each group is copied to a folder of its own for the shared
 * scorer's `--corpus`, which reads those predictions (`--predictions`). `inAll` leaves a group out
 * of `all` (still scored alone): the English floors keep their aggregate over the batches before
 * the newest (decision 0114).
 */
export function scoreGroups(
  groups: ArticleGroup[],
  inAll: (group: ArticleGroup) => boolean = () => true,
): HeldOutScores {
  const work = mkdtempSync(path.join(tmpdir(), 'kg-heldout-'));
  try {
    const all = path.join(work, 'all');
    mkdirSync(all);
    const records: ArticleRecord[] = [];
    const folders: Record<string, string> = {};
    for (const [i, group] of groups.entries()) {
      const folder = path.join(work, `group-${i}`);
      mkdirSync(folder);
      folders[group.name] = folder;
      for (const file of group.records) {
        const gold = file.replace(/\.json$/, '.gold.json');
        for (const f of [file, gold]) {
          copyFileSync(f, path.join(folder, path.basename(f)));
          if (inAll(group)) copyFileSync(f, path.join(all, path.basename(f)));
        }
        // Through the record reader `kg extract` uses, so a record without publishedAt is dated
        // by its page's dateline here as there (vi-ho6-date-03 scored apart otherwise).
        const record = validateRecord(JSON.parse(readFileSync(file, 'utf8')), path.basename(file));
        if (isRecordError(record)) throw new Error(record.error);
        records.push(record);
      }
    }
    // What `kg extract` prints for each record (src/cli/commands/extract.ts), without a second
    // process: the extraction of ingest/pipeline.ts, one JSON line per record.
    const predictions = path.join(work, 'predictions.jsonl');
    writeFileSync(
      predictions,
      records.map((r) => JSON.stringify(extractArticle(r).extraction)).join('\n') + '\n',
    );
    const score = (corpus: string): Summary =>
      runScorer(['--corpus', corpus, '--predictions', predictions], corpus);
    return {
      all: score(all),
      classes: Object.fromEntries(groups.map((g) => [g.name, score(folders[g.name]!)])),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
