// Neo4j plans a query the first time it sees its text with a given set of parameter types, and on
// a cold JVM that costs about a second per query — enough for a first dashboard request to hit the
// per-request timeout. So at start every named query runs once with its example parameters
// (matching no data), which leaves the plans in Neo4j's query cache. The statements the API folds
// per request (src/api/fold.ts: one text per shape of the operation asked, decision 0073) are not
// named queries: the catalogue's operations are then run once each (warmUpOperations, decision
// 0079), so the shapes they ask are planned too. The server listens while this runs (decision
// 0084): a WarmUpProgress says how far it is, which /readyz reports until it ends.
import neo4j from 'neo4j-driver';
import { allCypherNames, cypher, exampleParams, type NamedCypher } from './cypher.ts';
import { MAX_HOPS, shortestPathsQuery } from './paths.ts';
import { childLog } from '../log.ts';
import { type GraphHandle, readTransaction } from '../../ingest/base/graph-session.ts';

const log = childLog('api');

/** Example parameters with every "@Label" reference replaced by ids that match nothing. */
export function inertParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && /^@\w+:\d+$/.test(value)) out[key] = '\u0000warm-up';
    else if (typeof value === 'string' && /^@\w+$/.test(value)) out[key] = ['\u0000warm-up'];
    else if (typeof value === 'number' && Number.isInteger(value)) out[key] = neo4j.int(value);
    else out[key] = value;
  }
  return out;
}

/** How far a warm-up is: what /readyz answers while it runs, and the way to stop it early. */
export class WarmUpProgress {
  /** True from the start of a warm-up to its end (the start's, or the one after an outage). */
  warming = false;
  readonly queries = { done: 0, total: 0 };
  readonly operations = { done: 0, total: 0 };
  /** Set by the server's close: the warm-up stops at its next query or operation. */
  stopped = false;

  /** A new warm-up, of that many catalogue operations after the named queries: counts from zero. */
  begin(operations: number): void {
    this.warming = true;
    this.queries.done = this.queries.total = 0;
    this.operations.done = 0;
    this.operations.total = operations;
  }

  end(): void {
    this.warming = false;
    this.startDone = true;
  }

  /** A server that does not warm up at start: ready at once, and no later re-plan holds it. */
  skipStart(): void {
    this.startDone = true;
  }

  /** Set when the start's warm-up has ended (or was skipped): the server has been ready since. */
  private startDone = false;

  /**
   * Whether /readyz says 503 "warming": only until the start's warm-up ends. The re-plan after an
   * outage runs behind a server that was ready and answers meanwhile (its first requests of a
   * question may be slower); taking it out of a load balancer for that minute would turn a
   * database restart into an outage of the API (the outage test measured 78 s of 503 at load 14).
   */
  get holdsReadiness(): boolean {
    return this.warming && !this.startDone;
  }

  /** How many of each step are done, as /readyz says them. */
  counts(): { queries: string; operations: string } {
    return {
      queries: `${this.queries.done} of ${this.queries.total}`,
      operations: `${this.operations.done} of ${this.operations.total}`,
    };
  }

  /** What /readyz says while the start's warm-up holds readiness. */
  report(): { status: 'warming'; queries: string; operations: string } {
    return { status: 'warming', ...this.counts() };
  }
}

export function warmUpQueries(): NamedCypher[] {
  const named = allCypherNames()
    .filter((name) => name !== 'shortest-paths')
    .map((name) => cypher(name));
  const paths = Array.from({ length: MAX_HOPS }, (_, i) => shortestPathsQuery(i + 1));
  return [...named, ...paths];
}

export async function warmUp(
  graph: GraphHandle,
  concurrency = 2,
  progress = new WarmUpProgress(),
): Promise<{ queries: number; failed: number; ms: number }> {
  const started = Date.now();
  const queue = warmUpQueries();
  const total = queue.length;
  progress.queries.total = total;
  let failed = 0;
  const template = cypher('shortest-paths');
  const worker = async () => {
    for (let query = queue.shift(); query && !progress.stopped; query = queue.shift()) {
      const params = inertParams(exampleParams(query.name.startsWith('shortest-paths[') ? template : query));
      if (query.name === 'search') params.query = 'warmup';
      try {
        await readTransaction(graph, (tx) => tx.run(query.text, params), { timeout: 30_000 });
      } catch (err) {
        failed++;
        if (!progress.stopped)
          log.warn({ err, query: query.name }, 'warm-up of a query failed; it will be planned on first use');
      }
      progress.queries.done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = Date.now() - started;
  log.info({ queries: total, failed, ms }, 'query plans warmed');
  return { queries: total, failed, ms };
}

/** An operation of the catalogue (queries/graphql/), as warmUpOperations runs it. */
export interface WarmUpOperation {
  name: string;
  text: string;
}

/**
 * Whether the warm-up runs an operation of the catalogue: all but those whose file says
 * `# warm-up: skip` (with why), for an operation that would spend the warm-up's budget without
 * planning anything the named queries' step did not (decision 0084: the integrity dashboard).
 */
export function warmsUp(operation: WarmUpOperation): boolean {
  return !/^#\s*warm-up:\s*skip\b/m.test(operation.text);
}

/**
 * Runs each catalogue operation once with its own default variables (the question its file asks),
 * one after another, so the folded statements the API builds for them are planned before the first
 * request: a folded shape costs Neo4j 0.4–1.5 s to plan the first time (decision 0079), which a
 * first request paid, and the named queries' warm-up does not plan it. `run` executes an operation
 * with a query budget of at most the given milliseconds and resolves to its errors' messages (none:
 * answered). Bounded by `budgetMs` overall: the operations left when it is spent are skipped (they
 * plan on first use, as before), and the whole is logged on stderr. Errors are counted, not thrown:
 * a question its graph cannot answer yet still planned its statements.
 */
export async function warmUpOperations(
  operations: WarmUpOperation[],
  run: (operation: WarmUpOperation, budgetMs: number) => Promise<string[]>,
  budgetMs = 20_000,
  progress = new WarmUpProgress(),
): Promise<{ operations: number; answered: number; failed: number; skipped: number; ms: number }> {
  const started = Date.now();
  let answered = 0;
  let failed = 0;
  let skipped = 0;
  progress.operations.total = operations.length;
  for (const operation of operations) {
    const left = budgetMs - (Date.now() - started);
    if (left <= 0 || progress.stopped) {
      skipped++;
      progress.operations.done++;
      continue;
    }
    try {
      const asked = Date.now();
      const errors = await run(operation, left);
      if (errors.length === 0) answered++;
      else {
        failed++;
        log.debug({ operation: operation.name, errors }, 'warm-up of an operation answered errors');
      }
      log.debug({ operation: operation.name, ms: Date.now() - asked }, 'operation warmed');
    } catch (err) {
      failed++;
      log.debug({ err, operation: operation.name }, 'warm-up of an operation failed');
    }
    progress.operations.done++;
  }
  const ms = Date.now() - started;
  const summary = { operations: operations.length, answered, failed, skipped, ms };
  if (skipped > 0 && !progress.stopped)
    log.warn(summary, 'operation warm-up ran out of time: the rest plan on first use');
  else log.info(summary, 'catalogue operations warmed');
  return summary;
}
