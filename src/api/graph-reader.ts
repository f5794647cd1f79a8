// Every read the API makes goes through here: one auto-commit query of a READ session (routable to
// followers on a cluster; a transient failure is run again through executeRead and its retries,
// decision 0088) whose Neo4j timeout is what is left of the request's budget, so one request can
// never hold the database longer than `queryTimeoutMs`.
import neo4j from 'neo4j-driver';
import { serviceUnavailable, queryTimeout } from './errors.ts';
import type { NamedCypher } from './cypher.ts';
import { isConnectionError, type DatabaseHealth } from './database-health.ts';
import { type GraphHandle, openSession } from '../../ingest/base/graph-session.ts';

export type Row = Record<string, unknown>;

export class GraphReader {
  private readonly deadline: number;
  /** Cypher queries run for this request so far (reported in the response's extensions). */
  queryCount = 0;

  constructor(
    private readonly graph: GraphHandle,
    private readonly timeoutMs: number,
    /** The server's view of whether Neo4j answers; without it, outages end as the driver reports them. */
    private readonly health?: DatabaseHealth,
  ) {
    this.deadline = Date.now() + timeoutMs;
  }

  async rows(query: NamedCypher, params: Record<string, unknown>): Promise<Row[]> {
    // During an outage, say so at once rather than wait out the budget on the driver's retries.
    if (this.health && !this.health.available) throw serviceUnavailable();
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) throw queryTimeout(this.timeoutMs);
    this.queryCount++;
    const session = openSession(this.graph, 'READ');
    // Neo4j enforces the timeout on the transaction; the race also bounds the driver's own retries
    // (executeRead retries an unreachable server for up to 30 s), so no request outlives its budget.
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(this.health?.available === false ? serviceUnavailable() : queryTimeout(this.timeoutMs)),
        remaining + 250,
      );
      // Not what keeps the process alive: a read abandoned at shutdown (its driver closed under it)
      // must not hold the process for the rest of a long budget (the integrity check's 10 minutes).
      timer.unref();
    });
    // An outage that begins while this read waits releases it with the honest answer.
    const outage = this.health?.whenDown();
    const down = outage?.promise.then(() => {
      throw serviceUnavailable();
    });
    const config = {
      timeout: Math.max(1, Math.ceil(remaining)),
      metadata: { app: 'kg-api', query: query.name },
    };
    const work = readOnce(session, query.text, params, config).then(plainRows, (err: unknown) => {
      // A transient failure (a leader switch, a deadlock, a lost connection) gets executeRead's
      // retries, as every read had them before; anything else is the answer.
      if (!neo4j.isRetryableError(err)) throw err;
      return session.executeRead(async (tx) => plainRows(await tx.run(query.text, params)), config);
    });
    try {
      return await Promise.race(down ? [work, budget, down] : [work, budget]);
    } catch (err) {
      if (isConnectionError(err)) this.health?.reportConnectionError(err);
      throw translateDriverError(err, this.timeoutMs);
    } finally {
      clearTimeout(timer);
      outage?.cancel();
      down?.catch(() => {});
      work.catch(() => {}); // settled or abandoned: its outcome has been reported already
      void session.close().catch(() => {});
    }
  }
}

type Session = ReturnType<typeof openSession>;
type ReadConfig = { timeout: number; metadata: Record<string, string> };

/**
 * One read statement as an auto-commit query of the session (READ access mode, so a cluster
 * routes it to a reader; the session's bookmarks travel on it): one Bolt message written (RUN and
 * PULL) where an explicit transaction writes BEGIN, RUN and PULL, then COMMIT after the records,
 * one more round trip and one more socket write per request. A request runs one statement
 * (decision 0032), so the transaction held nothing more. Decision 0088 measured it.
 */
function readOnce(session: Session, text: string, params: Record<string, unknown>, config: ReadConfig) {
  // The driver makes an Error and formats its stack for every result it starts (to put the caller
  // on a failed query's error), and under tsx every stack frame is looked up in a source map: ~5 %
  // of the API's CPU on the race's questions (decision 0088). Here the caller is always this line,
  // and a failure is translated or logged with its query's name, so no frames are taken.
  const frames = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, config);
  } finally {
    Error.stackTraceLimit = frames;
  }
}

function plainRows(result: { records: { toObject(): object }[] }): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

function translateDriverError(err: unknown, timeoutMs: number): unknown {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.includes('TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
      return queryTimeout(timeoutMs);
    }
    if (isConnectionError(err)) return serviceUnavailable();
  }
  return err;
}

/** Driver values to plain JSON-able ones: Integers to numbers, nodes to their properties, temporals to ISO strings. */
// Every value of every answer passes here (100 evidence items and their articles on a page of
// implementers): strings, numbers and plain maps, the common cases, are tested first (decision 0054).
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  if (neo4j.isInt(value)) {
    // Counts, ranks and offsets fit in 32 bits: the low word is then the number itself, without the
    // two 64-bit comparisons of inSafeRange (decision 0060).
    if ((value.high === 0 && value.low >= 0) || (value.high === -1 && value.low < 0)) return value.low;
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  const out: Row = {};
  for (const k of Object.keys(value)) out[k] = toPlain((value as Row)[k]);
  return out;
}

/** Cypher needs true integers for SKIP/LIMIT and list slices; JS numbers travel as floats. */
export function int(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(n);
}
