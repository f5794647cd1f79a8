// A Python virtual environment with the real readers the export tests check against: the
// `followthemoney` package (the FtM model itself) and networkx (a GraphML reader). Created the first
// time, from PyPI with pinned versions, in the user's cache folder (~/.cache/vn-officials-kg/, or
// $XDG_CACHE_HOME) rather than in the checkout, because its creation compiles PyICU (a
// followthemoney dependency) for minutes on 2 cores: every clone on a machine (CI clones afresh)
// then reuses one venv per set of pinned packages. KG_PYTHON_VENV names another folder to use.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config.ts';

const run = promisify(execFile);

export const PYTHON_PACKAGES = ['followthemoney==4.11.2', 'networkx==3.6.1'];

function venvDir(): string {
  if (process.env.KG_PYTHON_VENV) return path.resolve(projectRoot, process.env.KG_PYTHON_VENV);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const pins = PYTHON_PACKAGES.join('+').replace(/[^\w.+=-]/g, '_');
  return path.join(cache, 'vn-officials-kg', `python-${pins}`);
}

/** The venv's python, with the pinned packages installed (installing them when missing). */
export async function pythonWithPackages(): Promise<string> {
  const dir = venvDir();
  const python = path.join(dir, 'bin', 'python');
  const marker = path.join(dir, `kg-packages-${PYTHON_PACKAGES.join('+').replace(/[^\w.+=-]/g, '_')}`);
  if (fs.existsSync(marker)) return python;
  if (!fs.existsSync(python)) {
    process.stderr.write(`export tests: creating the Python venv ${dir} (once per machine)\n`);
    await run('python3', ['-m', 'venv', dir]);
  }
  process.stderr.write(
    `export tests: pip install ${PYTHON_PACKAGES.join(' ')} (once; PyICU compiles for minutes)\n`,
  );
  await run(python, ['-m', 'pip', 'install', '--quiet', ...PYTHON_PACKAGES], { maxBuffer: 16 * 1024 * 1024 });
  fs.writeFileSync(marker, new Date().toISOString() + '\n');
  return python;
}

/** Runs a Python script of test/support with the venv's python; returns its stdout parsed as JSON. */
export async function runPythonJson<T>(script: string, args: string[]): Promise<T> {
  const python = await pythonWithPackages();
  const { stdout } = await run(python, [path.join(projectRoot, 'test', 'support', script), ...args], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as T;
}
