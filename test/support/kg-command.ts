// `kg <args>` in a child process on the test server, as a user runs it: exit code, stdout, stderr.
// (Older graph test files have their own copies of this; new ones use this one.)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config.ts';
import { testNeo4jEnv } from './graph.ts';

const execFileAsync = promisify(execFile);

export async function runKg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      {
        cwd: projectRoot,
        env: { ...process.env, ...testNeo4jEnv(), KG_LOG_LEVEL: 'warn' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
