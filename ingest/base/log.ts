// Structured logs (JSON lines) on stderr, so stdout stays clean for command output such as `kg extract`.
import { pino, type Logger } from 'pino';

const level = process.env.KG_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info');

export const log: Logger = pino({ level, base: { app: 'kg' } }, pino.destination({ fd: 2, sync: true }));

export function childLog(component: string): Logger {
  return log.child({ component });
}
