// The API's Cypher lives in named files under queries/cypher/ (users can read and run them as they
// are); this loads each once, by name, and fails at startup if one is missing.
//
// Each file states example parameters in a header line, `// example-params: {json}`, where a
// string "@Label" stands for a list of ids of nodes with that label and "@Label:N" for the N-th
// one. The warm-up at server start and the test that runs every file in queries/ both use it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cypherFolder } from '../../ingest/base/cypher-files.ts';
import { projectRoot } from '../config.ts';

export const CYPHER_DIR = path.join(projectRoot, 'queries', 'cypher');

export interface NamedCypher {
  name: string;
  /** The statement as run (the file without its comment lines). */
  text: string;
  /** The file's comment lines, with the example-params header; absent on a query built from a template. */
  comments?: string;
}

const queryFile = cypherFolder(pathToFileURL(`${CYPHER_DIR}/`));

export function cypher(name: string): NamedCypher {
  const { statement, comments } = queryFile(name);
  return { name, text: statement, comments };
}

export function allCypherNames(): string[] {
  return readdirSync(CYPHER_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}

const EXAMPLE_HEADER = /^\/\/ example-params: (.*)$/m;

/** The parameters stated in the file's header, with "@Label" references left for the caller to fill. */
export function exampleParams(query: NamedCypher): Record<string, unknown> {
  const match = EXAMPLE_HEADER.exec(query.comments ?? '');
  if (!match?.[1])
    throw new Error(`queries/cypher/${query.name}.cypher has no "// example-params: {…}" header line`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}
