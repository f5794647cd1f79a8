// parseCommandArgs (src/cli/command.ts): what every `kg` subcommand parses its options with.
import type { ParseArgsConfig } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseCommandArgs, UserError } from '../../src/cli/command.ts';

const USAGE = `kg demo — a command for this test

Usage: kg demo [--port <n>] [--tag <t>]... [--dry-run] <input>...
`;

// For the error cases; the typed case writes its config out in the call, as the commands do.
const OPTIONS: ParseArgsConfig['options'] = {
  port: { type: 'string' },
  tag: { type: 'string', multiple: true, default: [] },
  'dry-run': { type: 'boolean', default: false },
};

function usageErrorOf(args: string[], allowPositionals = true): UserError {
  try {
    parseCommandArgs({ args, options: OPTIONS, allowPositionals }, USAGE);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error(`parseCommandArgs accepted ${JSON.stringify(args)}`);
}

describe('parseCommandArgs', () => {
  it('returns what parseArgs returns, with its types', () => {
    const { values, positionals } = parseCommandArgs(
      {
        args: ['--port', '8080', '--tag', 'a', '--tag', 'b', 'in.jsonl'],
        options: {
          port: { type: 'string' },
          tag: { type: 'string', multiple: true, default: [] },
          'dry-run': { type: 'boolean', default: false },
        },
        allowPositionals: true,
      },
      USAGE,
    );
    expect(values).toEqual({ port: '8080', tag: ['a', 'b'], 'dry-run': false });
    expect(positionals).toEqual(['in.jsonl']);
    expectTypeOf(values.port).toEqualTypeOf<string | undefined>();
    expectTypeOf(values.tag).toEqualTypeOf<string[]>();
    expectTypeOf(values['dry-run']).toEqualTypeOf<boolean>();
    expectTypeOf(positionals).toEqualTypeOf<string[]>();
  });

  it('turns an unknown option into a usage error (exit 2) that names it and shows the usage', () => {
    const err = usageErrorOf(['--bogus', 'in.jsonl']);
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(/^Unknown option '--bogus'/);
    expect(err.message).toContain(USAGE.trimEnd());
  });

  it('names an option whose value is missing', () => {
    const err = usageErrorOf(['in.jsonl', '--port']);
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain("'--port <value>'");
    expect(err.message).toContain('Usage: kg demo');
  });

  it('names a stray argument when the command takes none', () => {
    const err = usageErrorOf(['extra'], false);
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain("'extra'");
    expect(err.message).toContain('Usage: kg demo');
  });

  it("leaves a malformed config the program's error, not the user's", () => {
    const bad = { args: [], options: { port: { type: 'number' } } } as unknown as ParseArgsConfig;
    expect(() => parseCommandArgs(bad, USAGE)).toThrow(TypeError);
    expect(() => parseCommandArgs(bad, USAGE)).not.toThrow(UserError);
  });
});
