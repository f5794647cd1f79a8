// The one reader of named .cypher files, for every folder of them: ingest/load/cypher,
// ingest/curate/cypher, ingest/fetch/cypher, src/db/cypher and the API's queries/cypher. Each file is
// read once; what runs is the statement without its `//` comment lines, which document the query
// (and, in queries/cypher, carry an `example-params` header) but need not travel with every call.
import { readFileSync } from 'node:fs';

export interface CypherFile {
  /** The statement as sent to Neo4j: the file without its comment lines, trimmed. */
  statement: string;
  /** The file's `//` comment lines, as written (the API reads its example-params header here). */
  comments: string;
}

export function readCypherFile(file: URL): CypherFile {
  const lines = readFileSync(file, 'utf8').split('\n');
  const isComment = (line: string) => line.trimStart().startsWith('//');
  return {
    statement: lines
      .filter((line) => !isComment(line))
      .join('\n')
      .trim(),
    comments: lines.filter(isComment).join('\n'),
  };
}

/**
 * The named files of one folder, each read on first use and kept:
 * `const cypher = cypherFolder(new URL('./cypher/', import.meta.url)); cypher('merge-persons')`.
 * A missing file fails at the first call (module load, for the constants built from it).
 */
export function cypherFolder(folder: URL): (name: string) => CypherFile {
  const loaded = new Map<string, CypherFile>();
  return (name) => {
    let file = loaded.get(name);
    if (!file) {
      file = readCypherFile(new URL(`${name}.cypher`, folder));
      loaded.set(name, file);
    }
    return file;
  };
}
