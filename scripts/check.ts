// `npm run check`: the contracts `npm test` checks before it runs a single test — types (tsc, strict),
// lint (eslint, 0 errors), formatting (prettier), generated GraphQL types that match the schema, and
// the layers (dependency-cruiser, .dependency-cruiser.mjs). Every step runs even when one before it
// fails, so one run lists everything to fix; the exit code is 1 when any failed.
//
//   npm run check                  all five
//   npm run check -- types layers  only the named ones (types, lint, format, codegen, layers)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../src/config.ts';

const run = promisify(execFile);
const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name);

/** Where codegen.ts writes the resolver types; the check regenerates them in memory and compares. */
const GENERATED_FILE = 'src/api/generated/graphql.ts';

interface Step {
  name: string;
  what: string;
  /** Resolves with nothing when the contract holds; rejects with what to fix. */
  run(): Promise<void>;
}

/** Runs a tool from node_modules/.bin; a non-zero exit becomes an error carrying its output. */
async function tool(name: string, args: string[]): Promise<void> {
  try {
    await run(bin(name), args, { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || e.message);
  }
}

/** The generated types as `npm run codegen` would write them now, compared with the committed file. */
async function codegenIsFresh(): Promise<void> {
  const { generate } = await import('@graphql-codegen/cli');
  const { default: config } = await import('../codegen.ts');
  const previousCwd = process.cwd();
  process.chdir(projectRoot);
  try {
    // saveToFile false: the output comes back in memory and the tree is left as it is.
    const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as {
      filename: string;
      content: string;
    }[];
    const fresh = outputs.find(
      (o) => path.resolve(projectRoot, o.filename) === path.join(projectRoot, GENERATED_FILE),
    );
    if (!fresh) throw new Error(`codegen.ts no longer generates ${GENERATED_FILE}; update this check`);
    const committed = readFileSync(path.join(projectRoot, GENERATED_FILE), 'utf8');
    if (fresh.content !== committed) {
      throw new Error(
        `${GENERATED_FILE} does not match schema/schema.graphql: run \`npm run codegen\` and commit the result`,
      );
    }
  } finally {
    process.chdir(previousCwd);
  }
}

const STEPS: Step[] = [
  { name: 'types', what: 'tsc --noEmit (strict)', run: () => tool('tsc', ['--noEmit']) },
  { name: 'lint', what: 'eslint, 0 errors', run: () => tool('eslint', ['.']) },
  {
    name: 'format',
    what: 'prettier --check .',
    run: () => tool('prettier', ['--check', '--log-level', 'warn', '.']),
  },
  { name: 'codegen', what: `${GENERATED_FILE} matches the schema`, run: codegenIsFresh },
  {
    name: 'layers',
    what: 'imports follow the layers (.dependency-cruiser.mjs)',
    run: () => tool('depcruise', ['--config', '.dependency-cruiser.mjs', 'ingest', 'src']),
  },
];

async function main(names: string[]): Promise<number> {
  const unknown = names.filter((n) => !STEPS.some((s) => s.name === n));
  if (names.includes('--help') || unknown.length > 0) {
    if (unknown.length > 0) process.stderr.write(`check: no step named ${unknown.join(', ')}\n`);
    process.stderr.write(
      `usage: npm run check [-- STEP...]\nsteps:\n${STEPS.map((s) => `  ${s.name.padEnd(8)} ${s.what}`).join('\n')}\n`,
    );
    return unknown.length > 0 ? 2 : 0;
  }
  const chosen = names.length > 0 ? STEPS.filter((s) => names.includes(s.name)) : STEPS;
  const started = performance.now();
  // One after another: on two cores the tools in parallel finish no sooner and their output interleaves.
  const failed: string[] = [];
  for (const step of chosen) {
    const t0 = performance.now();
    try {
      await step.run();
      process.stderr.write(`check ${step.name}: ok (${seconds(t0)})\n`);
    } catch (err) {
      failed.push(step.name);
      process.stderr.write(
        `check ${step.name}: FAILED (${seconds(t0)}): ${step.what}\n${(err as Error).message}\n`,
      );
    }
  }
  const summary = failed.length === 0 ? 'all passed' : `failed: ${failed.join(', ')}`;
  process.stderr.write(`check: ${summary} in ${seconds(started)}\n`);
  return failed.length === 0 ? 0 : 1;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

process.exitCode = await main(process.argv.slice(2));
