// neo4j-admin for the local server, run from the Maven jars the launcher uses (org.neo4j.cli.AdminTool
// is in them): `database dump` and `database load` of the "neo4j" database. Both need the database
// offline, so the caller stops the local server first and starts it again afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../ingest/base/errors.ts';
import type { LocalNeo4jConfig } from './local-neo4j.ts';
import { checkJava, neo4jClasspath } from './neo4j-classpath.ts';

const DATABASE = 'neo4j';

async function adminTool(config: LocalNeo4jConfig, args: string[], stdin?: string): Promise<void> {
  const java = await checkJava();
  const classpath = await neo4jClasspath();
  // An empty conf folder: the admin tool's defaults are the launcher's (store under <home>/data).
  const conf = path.join(config.localDataDir, 'admin-conf');
  fs.mkdirSync(conf, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      java.command,
      ['-Xmx256m', ...(config.localJvmOptions ?? []), '-cp', classpath, 'org.neo4j.cli.AdminTool', ...args],
      {
        env: { ...process.env, NEO4J_HOME: config.localDataDir, NEO4J_CONF: conf },
        stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    if (stdin) fs.createReadStream(stdin).pipe(child.stdin!);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new UserError(
            `neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit code ${code}):\n${output.trim().split('\n').slice(-10).join('\n')}`,
          ),
        );
    });
  });
}

/** Dumps the stopped local server's "neo4j" database to `file` (written beside it, then renamed). */
export async function dumpLocalDatabase(config: LocalNeo4jConfig, file: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(path.dirname(path.resolve(file)), '.kg-dump-'));
  try {
    await adminTool(config, ['database', 'dump', `--to-path=${dir}`, DATABASE]);
    fs.renameSync(path.join(dir, `${DATABASE}.dump`), file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Loads `file` (a dump) over the stopped local server's "neo4j" database. */
export async function loadLocalDatabase(config: LocalNeo4jConfig, file: string): Promise<void> {
  await adminTool(
    config,
    ['database', 'load', '--from-stdin', '--overwrite-destination=true', DATABASE],
    file,
  );
}
