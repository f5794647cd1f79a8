// Global setup of the `browser` test project: Debian's Chromium (installed with apt when missing:
// browser downloads are impossible here, so Playwright drives the system one), the explorer built
// from the current web/ sources, and a Neo4j of the project's own (test/setup/neo4j.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildExplorer } from '../../src/api/explorer.ts';
import { CHROMIUM_PATH } from '../browser/browser.ts';
import { startTestNeo4j } from './neo4j.ts';

function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  process.stderr.write(
    `browser tests: ${CHROMIUM_PATH} is missing; installing Debian's chromium with apt-get\n`,
  );
  try {
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'pipe'] });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-3).join(' / ');
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH} and could not install it ` +
        `('apt-get update && apt-get install -y chromium' failed: ${stderr || (err as Error).message}). ` +
        `Install it by hand (as root), or run the other tests with 'npx vitest run --project unit --project faults --project graph'.`,
    );
  }
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  const started = Date.now();
  await buildExplorer();
  process.stderr.write(`browser tests: explorer built in ${Math.round((Date.now() - started) / 1000)} s\n`);
  return startTestNeo4j(project, '-browser');
}
