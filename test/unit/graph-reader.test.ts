// How GraphReader sends a request's statement (decision 0088): one auto-commit query of a READ
// session, with the request's timeout and metadata, not BEGIN / RUN / COMMIT of an explicit
// transaction; a transient failure gets executeRead's retries as before, any other failure is the
// answer. A stand-in driver records what the reader asked of its session.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphReader } from '../../src/api/graph-reader.ts';

interface Call {
  kind: 'run' | 'executeRead' | 'tx.run' | 'close';
  text?: string;
  params?: Record<string, unknown>;
  config?: { timeout?: number; metadata?: Record<string, string> };
  mode?: string;
}

function standIn(runOutcome: 'rows' | Error) {
  const calls: Call[] = [];
  const result = (rows: Record<string, unknown>[]) => ({ records: rows.map((r) => ({ toObject: () => r })) });
  const driver = {
    executeQueryBookmarkManager: undefined,
    session: (options: { defaultAccessMode: string }) => ({
      run: (text: string, params: Record<string, unknown>, config: Call['config']) => {
        calls.push({ kind: 'run', text, params, config, mode: options.defaultAccessMode });
        return runOutcome === 'rows'
          ? Promise.resolve(result([{ n: neo4j.int(7), name: 'Tô Lâm' }]))
          : Promise.reject(runOutcome);
      },
      executeRead: async <T>(work: (tx: unknown) => Promise<T>, config: Call['config']) => {
        calls.push({ kind: 'executeRead', config, mode: options.defaultAccessMode });
        return work({
          run: async (text: string, params: Record<string, unknown>) => {
            calls.push({ kind: 'tx.run', text, params });
            return result([{ n: neo4j.int(8), name: 'retried' }]);
          },
        });
      },
      close: async () => {
        calls.push({ kind: 'close' });
      },
    }),
  };
  const reader = new GraphReader({ driver: driver as never, database: 'neo4j' }, 5_000);
  return { calls, reader };
}

const QUERY = { name: 'person-by-id', text: 'MATCH (p:Person {id: $id}) RETURN p.name AS name' };

describe('GraphReader.rows', () => {
  it('runs the statement as one auto-commit read with the request budget and its name, rows made plain', async () => {
    const { calls, reader } = standIn('rows');
    const rows = await reader.rows(QUERY, { id: 'person:to-lam' });
    expect(rows).toEqual([{ n: 7, name: 'Tô Lâm' }]);
    const runs = calls.filter((c) => c.kind !== 'close');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      kind: 'run',
      text: QUERY.text,
      params: { id: 'person:to-lam' },
      mode: neo4j.session.READ,
      config: { metadata: { app: 'kg-api', query: 'person-by-id' } },
    });
    expect(runs[0]!.config!.timeout).toBeGreaterThan(4_000);
    expect(runs[0]!.config!.timeout).toBeLessThanOrEqual(5_000);
    await new Promise((r) => setImmediate(r));
    expect(calls.at(-1)!.kind).toBe('close');
    expect(reader.queryCount).toBe(1);
  });

  it('gives a transient failure executeRead and its retries, with the same statement and budget', async () => {
    const transient = new neo4j.Neo4jError(
      'leader switched',
      'Neo.TransientError.Cluster.NotALeader',
      '50N42',
      'error: general processing exception - unexpected error',
    );
    expect(neo4j.isRetryableError(transient)).toBe(true);
    const { calls, reader } = standIn(transient);
    const rows = await reader.rows(QUERY, { id: 'person:to-lam' });
    expect(rows).toEqual([{ n: 8, name: 'retried' }]);
    expect(calls.map((c) => c.kind).filter((k) => k !== 'close')).toEqual(['run', 'executeRead', 'tx.run']);
    expect(calls[1]!.config).toEqual(calls[0]!.config);
    expect(calls[2]).toMatchObject({ text: QUERY.text, params: { id: 'person:to-lam' } });
  });

  it('reports any other failure as it is, without a second attempt', async () => {
    const syntax = new neo4j.Neo4jError(
      'Invalid input',
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'error: syntax error or access rule violation - invalid syntax',
    );
    const { calls, reader } = standIn(syntax);
    await expect(reader.rows(QUERY, { id: 'x' })).rejects.toBe(syntax);
    expect(calls.map((c) => c.kind).filter((k) => k !== 'close')).toEqual(['run']);
  });
});
