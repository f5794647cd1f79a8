// Schema migrations: schema/migrations/NNN-<name>.cypher, applied once each, in number order, and
// recorded in the graph as (:SchemaMigration {id, name, checksum, appliedAt}). Statements must be
// idempotent (IF NOT EXISTS) so a run interrupted half-way can simply run again. An applied file must
// not change afterwards (its checksum is compared): schema changes go in a new, higher-numbered file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { UserError } from '../../ingest/base/errors.ts';
import { childLog } from '../../ingest/base/log.ts';
import type { Graph } from './graph.ts';
import { openSession } from '../../ingest/base/graph-session.ts';

const log = childLog('migrate');

export const MIGRATIONS_DIR = path.join(projectRoot, 'schema', 'migrations');

const MIGRATION_FILE = /^(\d{3})-([a-z0-9][a-z0-9-]*)\.cypher$/;

/** The bookkeeping constraint, applied before anything is recorded. */
const CREATE_MIGRATION_CONSTRAINT =
  'CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE';
const READ_APPLIED_MIGRATIONS = 'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum';
const RECORD_MIGRATION =
  'MERGE (m:SchemaMigration {id: $id}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()';
/** Full-text and range indexes build in the background; wait so callers can query them at once. */
const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';

export interface Migration {
  /** "001" */
  id: string;
  /** "core-schema" */
  name: string;
  file: string;
  checksum: string;
  statements: string[];
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/** Splits a migration file into statements: `//` comment lines dropped, a statement ends with `;` at a line end. */
export function splitStatements(source: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('//')) continue;
    current.push(line);
    if (trimmed.endsWith(';')) {
      statements.push(current.join('\n').trim().replace(/;$/, ''));
      current = [];
    }
  }
  if (current.length > 0) statements.push(current.join('\n').trim());
  return statements;
}

/** Reads the migration files of `dir` in order; a file in the folder that does not fit the name pattern is an error. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  const seen = new Map<string, string>();
  for (const file of fs.readdirSync(dir).sort()) {
    const match = MIGRATION_FILE.exec(file);
    if (!match) {
      throw new UserError(
        `${path.join(dir, file)} is not a migration file name: expected NNN-<lower-case-name>.cypher, e.g. 002-article-indexes.cypher`,
      );
    }
    const [, id, name] = match as unknown as [string, string, string];
    const clash = seen.get(id);
    if (clash)
      throw new UserError(
        `migrations ${clash} and ${file} in ${dir} share the number ${id}; renumber one of them`,
      );
    seen.set(id, file);
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const statements = splitStatements(source);
    if (statements.length === 0) throw new UserError(`${path.join(dir, file)} holds no Cypher statement`);
    migrations.push({
      id,
      name,
      file: path.join(dir, file),
      checksum: createHash('sha256').update(source).digest('hex'),
      statements,
    });
  }
  return migrations;
}

const BATCHED = /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i;

async function runAutoCommit(graph: Graph, statement: string): Promise<void> {
  const session = openSession(graph, 'WRITE');
  try {
    await session.run(statement);
  } finally {
    await session.close();
  }
}

/** Applies the migrations the graph has not recorded yet; safe to call at every start-up. */
export async function migrate(
  graph: Graph,
  options: { dir?: string; indexWaitSeconds?: number } = {},
): Promise<MigrationReport> {
  const migrations = readMigrations(options.dir);
  await graph.write((tx) => tx.run(CREATE_MIGRATION_CONSTRAINT));
  const applied = new Map(
    await graph.read(async (tx) => {
      const result = await tx.run(READ_APPLIED_MIGRATIONS);
      return result.records.map((r) => [r.get('id') as string, r.get('checksum') as string] as const);
    }),
  );
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const label = `${migration.id}-${migration.name}`;
    const recorded = applied.get(migration.id);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new UserError(
          `migration ${path.relative(projectRoot, migration.file)} was changed after it was applied to ${graph.uri} ` +
            `(checksum ${recorded.slice(0, 12)}… then, ${migration.checksum.slice(0, 12)}… now). ` +
            `Put schema changes in a new, higher-numbered file; on a local database 'kg db reset --yes' starts over.`,
        );
      }
      report.alreadyApplied.push(label);
      continue;
    }
    for (const [index, statement] of migration.statements.entries()) {
      try {
        // Schema statements cannot share a transaction with other writes, so each runs on its own.
        // A build batched with CALL { … } IN TRANSACTIONS commits as it goes: it must run outside a
        // managed transaction, in an auto-commit one (decision 0053).
        if (BATCHED.test(statement)) await runAutoCommit(graph, statement);
        else await graph.write((tx) => tx.run(statement));
      } catch (err) {
        throw new UserError(
          `migration ${path.relative(projectRoot, migration.file)}, statement ${index + 1}, failed: ${(err as Error).message}\n${statement}`,
        );
      }
    }
    await graph.write((tx) =>
      tx.run(RECORD_MIGRATION, { id: migration.id, name: migration.name, checksum: migration.checksum }),
    );
    log.info({ migration: label, statements: migration.statements.length }, 'migration applied');
    report.applied.push(label);
  }
  if (report.applied.length > 0) {
    const seconds = options.indexWaitSeconds ?? 300;
    await graph.read((tx) => tx.run(AWAIT_INDEXES, { seconds }));
  }
  return report;
}
