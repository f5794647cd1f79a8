// The figures a reliability suite measured in its run (requests answered, kills survived, inputs
// tried, recovery seconds), printed and kept in test-output/reliability/<suite>.json, from which
// `npm run test:reliability` refreshes docs/reliability.md (bench/reliability-report.ts).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';

export const FIGURES_DIR = path.join(projectRoot, 'test-output', 'reliability');

export function recordFigures(suite: string, figures: Record<string, unknown>): void {
  const entry = {
    suite,
    at: new Date().toISOString(),
    size: process.env.KG_RELIABILITY_SIZE ?? 'quick',
    ...figures,
  };
  process.stderr.write(`${suite}: ${JSON.stringify(figures)}\n`);
  fs.mkdirSync(FIGURES_DIR, { recursive: true });
  fs.writeFileSync(path.join(FIGURES_DIR, `${suite}.json`), JSON.stringify(entry, null, 2) + '\n');
}

/** Full size when `npm run test:reliability -- --full` (or KG_RELIABILITY_SIZE=full) asks for it. */
export const fullSize = process.env.KG_RELIABILITY_SIZE === 'full';
