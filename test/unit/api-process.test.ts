// The API's process runs with V8's --max-semi-space-size (decision 0083): `kg serve` and `kg up`
// started without it run themselves again in a child node that has it. What reaches the child, and
// what a user's own flag or KG_API_SEMI_SPACE_MB=0 keeps.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_SEMI_SPACE_MB, loadConfig, projectRoot } from '../../src/config.ts';
import { apiV8Flags } from '../../src/cli/api-process.ts';

const FIXTURE = path.join(projectRoot, 'test', 'fixtures', 'api-process', 'serve-like.ts');

function serveLike(env: Record<string, string>, nodeFlags: string[] = []) {
  return spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', FIXTURE], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '', EXIT_AT_ONCE: '0', ...env },
  });
}
const served = (stdout: string) =>
  JSON.parse(stdout.trim().split('\n')[0]!) as { pid: number; execArgv: string[] };

describe('the API process and its V8 flags', () => {
  it('asks for the semi-space size unless it is 0 or node already has one', () => {
    expect(apiV8Flags(64, ['--import', 'tsx'])).toEqual(['--max-semi-space-size=64']);
    expect(apiV8Flags(0, ['--import', 'tsx'])).toEqual([]);
    expect(apiV8Flags(64, ['--max-semi-space-size=32'])).toEqual([]);
    expect(apiV8Flags(64, ['--max-semi-space-size', '32'])).toEqual([]);
    expect(apiV8Flags(64, [], '--enable-source-maps --max_semi_space_size=8')).toEqual([]);
    expect(apiV8Flags(64, [], '--max-old-space-size=2048')).toEqual(['--max-semi-space-size=64']);
  });

  it('defaults to 64 MB, KG_API_SEMI_SPACE_MB overrides it, and a bad value is refused', () => {
    expect(API_SEMI_SPACE_MB).toBe(64);
    expect(loadConfig({}).apiSemiSpaceMb).toBe(64);
    expect(loadConfig({ KG_API_SEMI_SPACE_MB: '0' }).apiSemiSpaceMb).toBe(0);
    expect(loadConfig({ KG_API_SEMI_SPACE_MB: '128' }).apiSemiSpaceMb).toBe(128);
    expect(() => loadConfig({ KG_API_SEMI_SPACE_MB: '64mb' })).toThrow(/KG_API_SEMI_SPACE_MB/);
  });

  it('reaches a child node that serves, with the command line it was started with', () => {
    const run = serveLike({ SEMI_SPACE_MB: '64' });
    expect(run.status, run.stderr).toBe(0);
    const child = served(run.stdout);
    expect(child.execArgv).toEqual(['--import', 'tsx', '--max-semi-space-size=64']);
    expect(child.pid).not.toBe(run.pid);
  });

  it("keeps the user's own flag, and runs no child for 0 or a flag already given", () => {
    const off = serveLike({ SEMI_SPACE_MB: '0' });
    expect(served(off.stdout)).toEqual({ pid: off.pid, execArgv: ['--import', 'tsx'] });
    const own = serveLike({ SEMI_SPACE_MB: '64' }, ['--max-semi-space-size=32']);
    expect(served(own.stdout)).toEqual({
      pid: own.pid,
      execArgv: ['--max-semi-space-size=32', '--import', 'tsx'],
    });
    const inOptions = serveLike({ SEMI_SPACE_MB: '64', NODE_OPTIONS: '--max-semi-space-size=32' });
    expect(served(inOptions.stdout).pid).toBe(inOptions.pid);
  });

  it("exits with the child's code", () => {
    const run = serveLike({ SEMI_SPACE_MB: '64', EXIT_AT_ONCE: '3' });
    expect(served(run.stdout).pid).not.toBe(run.pid);
    expect(run.status).toBe(3);
  });

  it('passes SIGTERM on to the child, which stops, and then exits itself', async () => {
    const parent = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
      cwd: projectRoot,
      env: { ...process.env, NODE_OPTIONS: '', SEMI_SPACE_MB: '64' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    parent.stdout!.on('data', (d) => (out += String(d)));
    const exited = new Promise<number | null>((resolve) => parent.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no child served: ${out}`)), 30_000);
      parent.stdout!.on('data', () => {
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const child = served(out);
    expect(child.pid).not.toBe(parent.pid);
    parent.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('stopping on SIGTERM');
    expect(() => process.kill(child.pid, 0)).toThrow();
  }, 60_000);
});
