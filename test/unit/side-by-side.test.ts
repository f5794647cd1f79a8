// scripts/side-by-side.ts, which runs `npm test`'s two vitest parts at once: every line of each part
// reaches the output with its name, a failing part neither stops nor hides the other, and the
// summary and exit code say which failed.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSideBySide } from '../../scripts/side-by-side.ts';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

const node = process.execPath;

describe('runSideBySide', () => {
  it('prefixes each part’s lines, runs a part to its end after another failed, names the failed part, exits 1', async () => {
    const out = capture();
    const err = capture();
    const code = await runSideBySide(
      [
        // Fails at once, with a line on each stream.
        {
          name: 'quick',
          command: node,
          args: ['-e', 'console.log("q out"); console.error("q err"); process.exit(3)'],
        },
        // Still writing after the other failed; its last line has no newline.
        {
          name: 'slow',
          command: node,
          args: ['-e', 'setTimeout(() => { console.log("s one"); process.stdout.write("s last"); }, 300)'],
        },
      ],
      { stdout: out.stream, stderr: err.stream, title: 'parts' },
    );
    expect(code).toBe(1);
    const lines = out.text().split('\n');
    expect(lines).toContain('[quick] q out');
    expect(lines).toContain('[slow] s one');
    expect(lines).toContain('[slow] s last');
    expect(err.text().split('\n')).toContain('[quick] q err');
    // The summary comes after every line of both parts.
    const summary = out.text().slice(out.text().indexOf('\nparts:\n'));
    expect(out.text().indexOf('[slow] s last')).toBeLessThan(out.text().indexOf('\nparts:\n'));
    expect(summary).toMatch(/quick\s+FAILED \(exit 3\)/);
    expect(summary).toMatch(/slow\s+passed/);
    expect(summary).toContain('failed: quick');
  });

  it('exits 0 and says so when every part passed', async () => {
    const out = capture();
    const code = await runSideBySide(
      [
        { name: 'a', command: node, args: ['-e', 'console.log("a")'] },
        { name: 'b', command: node, args: ['-e', 'console.log("b")'] },
      ],
      { stdout: out.stream, stderr: capture().stream, title: 'parts' },
    );
    expect(code).toBe(0);
    expect(out.text()).toMatch(/a\s+passed/);
    expect(out.text()).toMatch(/b\s+passed/);
    expect(out.text()).toContain('all passed');
  });

  it('reports a part killed by a signal as failed', async () => {
    const out = capture();
    const code = await runSideBySide(
      [{ name: 'killed', command: node, args: ['-e', 'process.kill(process.pid, "SIGKILL")'] }],
      { stdout: out.stream, stderr: capture().stream, title: 'parts' },
    );
    expect(code).toBe(1);
    expect(out.text()).toMatch(/killed\s+KILLED \(SIGKILL\)/);
  });
});
