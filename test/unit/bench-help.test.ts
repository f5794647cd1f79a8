// Every benchmark of package.json answers --help with its usage (exit 0) and refuses an option it
// does not know with the usage and exit 2, before it opens a graph or a browser: a user asks a
// benchmark what it takes without starting Neo4j, and a typo never runs a 10-minute bench.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';

const scripts = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts as Record<
  string,
  string
>;
const benches = Object.entries(scripts)
  .filter(([name]) => name.startsWith('bench:'))
  .map(([name, command]) => [name, command.replace(/^node --import tsx /, '')] as const);

function run(file: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NEO4J_URI: '' },
  });
}

// Each case starts a tsx process that imports its bench's modules: a few seconds alone, past the unit
// project's 5-second default on a loaded 2-core machine (seen at load 7.5). The spawn's own 60 s
// timeout is the bound that means something here.
describe('benchmarks on their command line', { timeout: 90_000 }, () => {
  it('are all plain node scripts the test can run', () => {
    expect(benches.length).toBeGreaterThanOrEqual(10);
    for (const [name, file] of benches) expect(file, name).toMatch(/^bench\/[\w-]+\.ts$/);
  });

  it.each(benches)('%s --help prints its usage and exits 0', (name, file) => {
    const result = run(file, ['--help']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: (?:\\S+=\\S+ )?npm run ${name}\\b`));
  });

  it.each(benches)('%s refuses an unknown option with its usage and exit 2', (name, file) => {
    const result = run(file, ['--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-option/);
    expect(result.stderr).toMatch(new RegExp(`usage: (?:\\S+=\\S+ )?npm run ${name}\\b`));
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
