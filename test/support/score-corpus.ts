// The shared scorer (../shared/tools/score-extraction.mjs) run on the dev corpus through `kg extract`,
// exactly as CI and the issues' reviewers run it; the dev-corpus score tests assert on its summary.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';

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
  const run = spawnSync(
    process.execPath,
    [SCORER, '--corpus', corpus, '--lang', lang, '--json', '--cwd', projectRoot],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      timeout: SCORER_TIMEOUT_MS,
    },
  );
  if (run.error || run.status !== 0) {
    const how = run.error ? run.error.message : run.signal ? `signal ${run.signal}` : `exit ${run.status}`;
    throw new Error(`scorer failed (${corpus}, --lang ${lang}, ${how}): ${(run.stderr ?? '').slice(-2000)}`);
  }
  return JSON.parse(run.stdout) as Summary;
}
