// The Java classpath of the local Neo4j, resolved by Maven from neo4j-local/pom.xml and cached under
// .kg/ so that only the first start (or a change to the pom) pays for Maven. The cache file is keyed by
// a hash of the pom and is thrown away when any jar it names has vanished from the Maven cache.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { UserError } from '../../ingest/base/errors.ts';
import { childLog } from '../../ingest/base/log.ts';

const log = childLog('neo4j-classpath');

export const LAUNCHER_POM = path.join(projectRoot, 'neo4j-local', 'pom.xml');
export const LAUNCHER_SOURCE = path.join(projectRoot, 'neo4j-local', 'Launcher.java');
/** The launcher's class name, as `java` runs it once compiled (compiledLauncher). */
export const LAUNCHER_CLASS = 'Launcher';

const DOCKER_HINT =
  "Alternatively run Neo4j in Docker ('docker compose up', see docs/running.md) or point NEO4J_URI at a running Neo4j.";

export interface ToolEnvironment {
  /** Environment for the java and mvn child processes (PATH, JAVA_HOME, MAVEN_OPTS). Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Folder holding the classpath cache; defaults to <project>/.kg. */
  cacheDir?: string;
}

function classpathCacheFile(cacheDir: string): string {
  const pomHash = createHash('sha256').update(fs.readFileSync(LAUNCHER_POM)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `neo4j-classpath-${pomHash}.txt`);
}

function readCachedClasspath(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
  if (!text) return null;
  const missing = text.split(path.delimiter).find((jar) => !fs.existsSync(jar));
  if (missing) {
    log.info(
      { missing },
      'cached Neo4j classpath names a jar that is gone from the Maven cache; resolving again',
    );
    return null;
  }
  return text;
}

/** Runs a tool to completion, collecting its output; ENOENT becomes `null` so callers can say which tool is missing. */
function runTool(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string } | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? resolve(null) : reject(err)));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The java executable to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Checks that Java 17 or newer is there; the error says exactly what is missing and what to do. */
export async function checkJava(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ command: string; major: number }> {
  const command = javaCommand(env);
  const result = await runTool(command, ['-version'], env);
  if (result === null) {
    throw new UserError(
      `Java was not found (looked for '${command}' on PATH${env.JAVA_HOME ? ` and in JAVA_HOME=${env.JAVA_HOME}` : ''}). ` +
        `The local Neo4j needs a Java 17 or 21 JDK: install one (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless). ${DOCKER_HINT}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!Number.isFinite(major) || major < 17) {
    throw new UserError(
      `'${command} -version' reports ${match ? `Java ${match[1]}` : 'an unrecognised version'}; the local Neo4j (5.26) needs Java 17 or 21. ` +
        `Install a JDK 17 and put it first on PATH or in JAVA_HOME. ${DOCKER_HINT}`,
    );
  }
  return { command, major };
}

/**
 * Returns the classpath of neo4j-local/pom.xml, from the cache when it is still valid, else by running
 * `mvn dependency:build-classpath` (the first run downloads about 130 MB into ~/.m2).
 */
export async function neo4jClasspath(options: ToolEnvironment = {}): Promise<string> {
  const env = options.env ?? process.env;
  const cacheDir = options.cacheDir ?? path.join(projectRoot, '.kg');
  const cacheFile = classpathCacheFile(cacheDir);
  const cached = readCachedClasspath(cacheFile);
  if (cached) return cached;

  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  log.info(
    { pom: path.relative(projectRoot, LAUNCHER_POM) },
    'resolving the Neo4j artifacts with Maven (the first time downloads about 130 MB)',
  );
  const started = Date.now();
  const result = await runTool(
    'mvn',
    ['-q', '-B', '-f', LAUNCHER_POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`],
    env,
  );
  if (result === null) {
    throw new UserError(
      `Maven ('mvn') was not found on PATH. The first start of the local Neo4j uses it to download Neo4j from Maven Central: ` +
        `install it (Debian/Ubuntu: apt-get install maven). ${DOCKER_HINT}`,
    );
  }
  if (result.code !== 0 || !fs.existsSync(tmp)) {
    fs.rmSync(tmp, { force: true });
    const tail = result.output.trim().split('\n').slice(-15).join('\n');
    throw new UserError(
      `Maven could not resolve the Neo4j artifacts of ${LAUNCHER_POM} (exit code ${result.code}). ` +
        `Check the network access to Maven Central (or your ~/.m2/settings.xml mirror). Maven said:\n${tail}`,
    );
  }
  fs.renameSync(tmp, cacheFile);
  log.info({ seconds: Math.round((Date.now() - started) / 100) / 10 }, 'Neo4j artifacts resolved');
  return fs.readFileSync(cacheFile, 'utf8').trim();
}

/**
 * How `java` runs the launcher: its class compiled once into .kg/neo4j-launcher-<hash>/ (keyed by the
 * source and the Java version) and added to the classpath, or, when javac is not there, the source
 * file itself. Source-file mode compiles Launcher.java in the server's JVM at every start: 3.3 s of
 * CPU against 0.25 s for the compiled class (decision 0042), paid by every start and restart.
 */
export async function launcherEntry(
  classpath: string,
  java: { command: string; major: number },
  options: ToolEnvironment = {},
): Promise<{ classpath: string; main: string }> {
  const env = options.env ?? process.env;
  const cacheDir = options.cacheDir ?? path.join(projectRoot, '.kg');
  const source = fs.readFileSync(LAUNCHER_SOURCE);
  const key = createHash('sha256').update(source).update(`java ${java.major}`).digest('hex').slice(0, 16);
  const dir = path.join(cacheDir, `neo4j-launcher-${key}`);
  const compiled = { classpath: `${classpath}${path.delimiter}${dir}`, main: LAUNCHER_CLASS };
  if (fs.existsSync(path.join(dir, `${LAUNCHER_CLASS}.class`))) return compiled;
  // Compiled beside the final folder and renamed into place, so that two starts at once never see
  // half a class file.
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const javac = javacBeside(java.command, env);
  const result = javac
    ? await runTool(javac, ['-nowarn', '-cp', classpath, '-d', tmp, LAUNCHER_SOURCE], env)
    : null;
  if (result?.code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    log.info(
      { javac, output: result?.output.trim().slice(0, 500) },
      'could not compile the launcher; running it in source-file mode',
    );
    return { classpath, main: LAUNCHER_SOURCE };
  }
  try {
    fs.renameSync(tmp, dir);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another start put it there first
  }
  // Classes of an earlier Launcher.java are never used again (a running server has loaded its own).
  for (const name of fs.readdirSync(cacheDir))
    if (/^neo4j-launcher-[0-9a-f]{16}$/.test(name) && path.join(cacheDir, name) !== dir)
      fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  return compiled;
}

/** The javac of the JDK whose java runs the server (symbolic links followed), or null. */
function javacBeside(java: string, env: NodeJS.ProcessEnv): string | null {
  const dirs = java.includes(path.sep) ? [''] : (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    try {
      const javac = path.join(path.dirname(fs.realpathSync(path.join(dir, java))), 'javac');
      if (fs.existsSync(javac)) return javac;
    } catch {
      // not in this folder
    }
  }
  return null;
}
