// `neo4j-admin database import full` from the jars the project's local Neo4j already runs on
// (neo4j-local/pom.xml pulls neo4j-import-tool and the admin CLI): what a CSV export's user runs
// with a Neo4j distribution, run here into a scratch Neo4j home so a test can open the store after.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { javaCommand, neo4jClasspath } from '../../src/db/neo4j-classpath.ts';
import { neo4jAdminImportArgs } from '../../src/export/csv.ts';
import { TEST_NEO4J_JVM_FLAGS } from './neo4j-jvm-options.ts';

const run = promisify(execFile);

/**
 * Imports the CSV files into the "neo4j" database of a new Neo4j home (its store is then
 * <home>/data/databases/neo4j, where the launcher of src/db/local-neo4j.ts opens it).
 */
export async function neo4jAdminImport(home: string, files: string[]): Promise<string> {
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  const classpath = await neo4jClasspath();
  const { stdout, stderr } = await run(
    javaCommand(),
    [
      '-Xmx512m',
      ...TEST_NEO4J_JVM_FLAGS,
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      ...neo4jAdminImportArgs(files).slice(0, -1),
      '--max-off-heap-memory=256m',
      'neo4j',
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout + stderr;
}
