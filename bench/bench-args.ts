// The command line of every benchmark (npm run bench:*): node's parseArgs with --help, and a
// mistake ending the run with what was wrong, the usage and exit status 2, as kg's commands do.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseBenchArgs<O extends Options>(
  bench: string,
  usage: string,
  options: O,
): { values: ReturnType<typeof parseArgs<{ options: O }>>['values']; fail: (message: string) => never } {
  const fail = (message: string): never => {
    process.stderr.write(`${bench}: ${message}\n${usage}\n`);
    process.exit(2);
  };
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return { values: parseArgs({ options }).values, fail };
  } catch (err) {
    return fail((err as Error).message);
  }
}
