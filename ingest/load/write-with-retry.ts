// Writes through the driver's transaction functions (which retry transient errors: deadlocks,
// leader changes), plus one more case: two ingests creating the same node at the same moment can
// make one of them fail a uniqueness constraint. Run again, its MERGE finds the other's node, so
// that error is retried here rather than reported.
import type { ManagedTransaction } from 'neo4j-driver';
import { childLog } from '../base/log.ts';
import { openSession, type GraphHandle } from '../base/graph-session.ts';

const log = childLog('ingest');

const CONSTRAINT_RACE = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const MAX_ATTEMPTS = 5;

export async function writeWithRetry<T>(
  graph: GraphHandle,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = openSession(graph, 'WRITE');
    const started = performance.now();
    try {
      const result = await session.executeWrite(work);
      log.debug({ ms: Math.round(performance.now() - started), attempt }, 'write transaction committed');
      return result;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code !== CONSTRAINT_RACE || attempt >= MAX_ATTEMPTS) throw err;
      log.warn(
        { attempt, err: (err as Error).message },
        'a concurrent write created the same node; retrying the batch',
      );
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    } finally {
      await session.close();
    }
  }
}
