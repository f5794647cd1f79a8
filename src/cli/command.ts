// The shape every `kg` subcommand module exports. Each lives in src/cli/commands/<name>.ts and is
// loaded lazily, so `kg extract` never pays for loading the API server or the database driver.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../../ingest/base/errors.ts';

export interface Command {
  name: string;
  /** One line for `kg --help`. */
  summary: string;
  /** Full help text for `kg <name> --help`. */
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

// UserError is defined in the lowest layer (src/db throws it too); commands keep importing it from here.
export { UserError };

/**
 * The value of an integer option (`--flag N`), or undefined when it is absent. Written in digits
 * only ("1e3", " 5" and "-0" are refused) and within [min, max]; anything else is a usage error that
 * says what to give. Every command's counts, sizes and limits go through this one check.
 */
export function integerOption(
  flag: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    throw new UserError(
      `--${flag} ${JSON.stringify(raw)} is not valid: expected an integer from ${min} to ${max}`,
      2,
    );
  }
  return n;
}

/** The value of a --port option, or `fallback` when it is absent; a bad value is a usage error. */
export function portFrom(raw: string | undefined, fallback: number): number {
  return integerOption('port', raw, 0, 65535) ?? fallback;
}

/**
 * `parseArgs` for a `kg` subcommand: the same config and the same typed result, but an unknown
 * option, a missing value or a stray argument is a usage error (exit 2) whose message is parseArgs'
 * own (it names the option or argument) followed by the command's usage, as `--help` prints it.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    // Only the user's mistakes (ERR_PARSE_ARGS_*); a malformed config is the program's and stays a crash.
    if (err instanceof Error && String((err as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_')) {
      throw new UserError(`${err.message}\n\n${usage.trimEnd()}`, 2);
    }
    throw err;
  }
}
