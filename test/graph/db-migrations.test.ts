// Migrations against the real test Neo4j: the schema of docs/graph-model.md is there after the global
// setup, a second run changes nothing, the constraints really refuse duplicates, the full-text
// indexes fold Vietnamese diacritics, and a changed or badly named migration file is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR, readMigrations, type Graph } from '../../src/db/index.ts';
import { splitStatements } from '../../src/db/migrate.ts';
import { clearGraph, openTestGraph } from '../support/graph.ts';

let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
});

afterAll(async () => {
  await graph.write((tx) => tx.run("MATCH (m:SchemaMigration) WHERE m.id IN ['998', '999'] DELETE m"));
  await graph.write((tx) => tx.run('DROP INDEX kg_test_extra IF EXISTS'));
  await graph.write((tx) => tx.run('DROP INDEX kg_test_broken IF EXISTS'));
  await clearGraph(graph);
  await graph.close();
});

async function names(query: string): Promise<Map<string, Record<string, unknown>>> {
  return graph.read(async (tx) => {
    const result = await tx.run(query);
    return new Map(
      result.records.map((r) => [r.get('name') as string, r.toObject() as Record<string, unknown>]),
    );
  });
}

describe('the core schema (001)', () => {
  it('is recorded as applied, and a second migrate applies nothing', async () => {
    const first = await migrate(graph);
    const second = await migrate(graph);
    expect(first.applied).toEqual([]);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toContain('001-core-schema');
    const recorded = await graph.read(
      async (tx) =>
        (
          await tx.run(
            "MATCH (m:SchemaMigration {id: '001'}) RETURN m.checksum AS checksum, m.appliedAt IS NOT NULL AS dated",
          )
        ).records,
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.get('checksum')).toBe(readMigrations().find((m) => m.id === '001')!.checksum);
    expect(recorded[0]!.get('dated')).toBe(true);
  });

  it('has a uniqueness constraint on id for every node label and on key for every claim type', async () => {
    const constraints = await names(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
    );
    for (const label of ['Article', 'Person', 'Organization', 'Document', 'Event', 'Position', 'Curation']) {
      const c = constraints.get(`${label.toLowerCase()}_id`);
      expect(c, label).toMatchObject({ type: 'UNIQUENESS', labelsOrTypes: [label], properties: ['id'] });
    }
    for (const type of ['CHAIRED', 'ATTENDED', 'HOLDS', 'IMPLEMENTS', 'ISSUED', 'ORGANIZED']) {
      const c = constraints.get(`${type.toLowerCase()}_key`);
      expect(c, type).toMatchObject({
        type: 'RELATIONSHIP_UNIQUENESS',
        labelsOrTypes: [type],
        properties: ['key'],
      });
    }
  });

  it('has the look-up indexes and full-text indexes with the standard-folding analyzer, online', async () => {
    const indexes = await names(
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN name, type, state, labelsOrTypes, properties, options',
    );
    expect(indexes.get('document_code')).toMatchObject({
      type: 'RANGE',
      labelsOrTypes: ['Document'],
      properties: ['code'],
    });
    expect(indexes.get('person_name_key')).toMatchObject({
      type: 'RANGE',
      labelsOrTypes: ['Person'],
      properties: ['nameKey'],
    });
    expect(indexes.get('organization_name_key')).toMatchObject({
      labelsOrTypes: ['Organization'],
      properties: ['nameKey'],
    });
    const fulltext = {
      person_names: ['name', 'aliases'],
      organization_names: ['name', 'aliases'],
      document_search: ['code', 'name', 'subject'],
      event_names: ['name'],
    };
    for (const [name, properties] of Object.entries(fulltext)) {
      const index = indexes.get(name);
      expect(index, name).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', properties });
      const config = (index!.options as { indexConfig: Record<string, unknown> }).indexConfig;
      expect(config['fulltext.analyzer'], name).toBe('standard-folding');
    }
  });
});

describe('the constraints and indexes at work', () => {
  it('refuses a second Person with the same id', async () => {
    await graph.write((tx) => tx.run("CREATE (:Person {id: 'dbtest-p1', name: 'Một'})"));
    await expect(
      graph.write((tx) => tx.run("CREATE (:Person {id: 'dbtest-p1', name: 'Hai'})")),
    ).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('refuses a second HOLDS claim with the same key', async () => {
    await graph.write((tx) =>
      tx.run(
        "CREATE (:Person {id: 'dbtest-p2'})-[:HOLDS {key: 'dbtest-k1', articleId: 'a'}]->(:Position {id: 'dbtest-pos1'})",
      ),
    );
    await expect(
      graph.write((tx) =>
        tx.run(
          "MATCH (p:Person {id: 'dbtest-p2'}), (q:Position {id: 'dbtest-pos1'}) CREATE (p)-[:HOLDS {key: 'dbtest-k1', articleId: 'b'}]->(q)",
        ),
      ),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });

  it('finds a body by its name without diacritics, and a person by an alias in the list', async () => {
    await graph.write((tx) =>
      tx.run(
        `CREATE (:Organization {id: 'dbtest-o1', name: 'Tỉnh ủy Đồng Tháp', aliases: ['TU Đồng Tháp']}),
                (:Person {id: 'dbtest-p3', name: 'Nguyễn Văn Thử', aliases: ['Nguyễn Thử Nghiệm']})`,
      ),
    );
    await graph.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
    const hits = async (index: string, query: string) =>
      graph.read(async (tx) =>
        (
          await tx.run('CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id AS id', {
            index,
            query,
          })
        ).records.map((r) => r.get('id') as string),
      );
    expect(await hits('organization_names', 'tinh uy dong thap')).toContain('dbtest-o1');
    expect(await hits('organization_names', 'Đồng Tháp')).toContain('dbtest-o1');
    expect(await hits('person_names', 'nghiem')).toContain('dbtest-p3');
    expect(await hits('person_names', 'dong thap')).not.toContain('dbtest-p3');
  });
});

describe('migration files', () => {
  function tempMigrations(extra: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-migrations-'));
    for (const file of fs.readdirSync(MIGRATIONS_DIR))
      fs.copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
    for (const [file, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, file), text);
    return dir;
  }

  it('applies a new file once, then refuses it once it has been edited', async () => {
    const dir = tempMigrations({
      '999-test-extra.cypher': 'CREATE INDEX kg_test_extra IF NOT EXISTS FOR (n:DbTest) ON (n.x);\n',
    });
    expect((await migrate(graph, { dir })).applied).toEqual(['999-test-extra']);
    expect((await migrate(graph, { dir })).applied).toEqual([]);
    const indexes = await names('SHOW INDEXES YIELD name RETURN name');
    expect(indexes.has('kg_test_extra')).toBe(true);

    fs.writeFileSync(
      path.join(dir, '999-test-extra.cypher'),
      'CREATE INDEX kg_test_extra IF NOT EXISTS FOR (n:DbTest) ON (n.y);\n',
    );
    await expect(migrate(graph, { dir })).rejects.toThrow(
      /999-test-extra\.cypher was changed after it was applied.*new, higher-numbered file/s,
    );
  });

  it('refuses a file whose name does not follow NNN-name.cypher, naming it', () => {
    const dir = tempMigrations({ 'add-index.cypher': 'RETURN 1;' });
    expect(() => readMigrations(dir)).toThrow(
      /add-index\.cypher is not a migration file name: expected NNN-<lower-case-name>\.cypher/,
    );
  });

  it('refuses two files with the same number', () => {
    const dir = tempMigrations({ '001-other.cypher': 'RETURN 1;' });
    expect(() => readMigrations(dir)).toThrow(/share the number 001/);
  });

  it('reports which statement of which file failed', async () => {
    const dir = tempMigrations({
      '998-broken.cypher':
        'CREATE INDEX kg_test_broken IF NOT EXISTS FOR (n:DbTest) ON (n.x);\nCREATE INDEX WITHOUT ANY TARGET;\n',
    });
    await expect(migrate(graph, { dir })).rejects.toThrow(/998-broken\.cypher, statement 2, failed/);
    const recorded = await graph.read(
      async (tx) => (await tx.run("MATCH (m:SchemaMigration {id: '998'}) RETURN m")).records,
    );
    expect(recorded).toHaveLength(0);
  });

  it('splits statements at a semicolon that ends a line, dropping comment lines', () => {
    const source =
      '// header\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\n// next\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n';
    expect(splitStatements(source)).toEqual([
      'CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });
});
