// Errors meant for the person at the keyboard: the message says what to change, the exit code is
// what `kg` exits with (1 by default, 2 for a usage error). Every layer may throw one (src/db when
// Java is missing or a migration was edited, the commands for a bad flag), so it lives in the lowest
// layer; src/cli/main.ts prints its message alone, without a stack trace.
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
