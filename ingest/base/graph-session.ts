// Every session of the project is opened here: ingest's writes, curation, fetch's source store, the
// API's reads and src/db's Graph. Sessions share the driver's bookmark manager, so a read that
// follows a write sees it even when a cluster routes the two to different members (with one server
// it changes nothing). A session opened anywhere else would not carry the bookmarks (decision 0026).
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

/** The database handle every layer takes: one driver and the database it works on (src/db's Graph has it). */
export interface GraphHandle {
  driver: Driver;
  database: string;
}

/** A result row as the driver's `record.toObject()` gives it. */
export type Row = Record<string, unknown>;

/** Timeout and metadata of one transaction (the driver's TransactionConfig). */
export type TransactionConfig = Parameters<Session['executeRead']>[1];

export function openSession(graph: GraphHandle, mode: 'READ' | 'WRITE'): Session {
  return graph.driver.session({
    database: graph.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: graph.driver.executeQueryBookmarkManager,
  });
}

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** Runs `work` in one read transaction (executeRead: retried on transient errors, routable to followers). */
export const readTransaction = <T>(
  graph: GraphHandle,
  work: Work<T>,
  txConfig?: TransactionConfig,
): Promise<T> => inTransaction(graph, 'READ', work, txConfig);

/** Runs `work` in one write transaction (executeWrite: retried on transient errors, so keep it idempotent). */
export const writeTransaction = <T>(
  graph: GraphHandle,
  work: Work<T>,
  txConfig?: TransactionConfig,
): Promise<T> => inTransaction(graph, 'WRITE', work, txConfig);

async function inTransaction<T>(
  graph: GraphHandle,
  mode: 'READ' | 'WRITE',
  work: Work<T>,
  txConfig?: TransactionConfig,
): Promise<T> {
  const session = openSession(graph, mode);
  try {
    return await (mode === 'READ'
      ? session.executeRead(work, txConfig)
      : session.executeWrite(work, txConfig));
  } finally {
    await session.close();
  }
}
