// kg export --format csv: one file per node label (<Label>.csv) and per relationship type
// (<TYPE>.csv) with the typed headers `neo4j-admin database import full` reads, so the export loads
// into an empty Neo4j:
//
//   neo4j-admin database import full --nodes=Article.csv --nodes=Person.csv … --relationships=HOLDS.csv … \
//     --array-delimiter=U+001F --multiline-fields=true neo4j
//
// Ids are one global id space (every node id is unique across labels). Headers need every column's
// type before the first row, so the columns come first from one typed pass over the properties
// (export-node-columns.cypher, export-relationship-columns.cypher). Lists use U+001F (unit
// separator) between elements: it never occurs in cleaned text, and an element holding it is an
// error rather than a silently split value. One loss is neo4j-admin's, not this file's: its CSV has
// no way to write an empty list (an empty field is "no property"), so an empty list comes back absent.
import { cypher } from '../api/cypher.ts';
import { primaryLabel } from '../../ingest/load/snapshot.ts';
import type { ExportNode, PageReader } from './graph-pages.ts';
import type { SinkFactory, TextSink } from './sink.ts';
import type { FormatWriter } from './format-writer.ts';

export const CSV_ARRAY_DELIMITER = '\u001F';
/** The --array-delimiter value neo4j-admin takes for it. */
export const CSV_ARRAY_DELIMITER_OPTION = 'U+001F';

type CsvType = 'string' | 'float' | 'long' | 'boolean';
interface Column {
  key: string;
  type: CsvType;
  array: boolean;
}
export interface CsvColumns {
  nodes: Map<string, Column[]>;
  relationships: Map<string, Column[]>;
}

const SCALAR_TYPES: Record<string, CsvType> = {
  STRING: 'string',
  FLOAT: 'float',
  INTEGER: 'long',
  BOOLEAN: 'boolean',
};

/** The CSV column type of a property from the Neo4j value types it is stored with (valueType()). */
export function columnType(owner: string, key: string, valueTypes: string[]): Column {
  const kinds = new Set(
    valueTypes.map((t) => t.replace(/ NOT NULL/g, '')).filter((t) => t !== 'LIST<NOTHING>' && t !== 'NULL'),
  );
  if (kinds.size === 0) return { key, type: 'string', array: valueTypes.length > 0 };
  if (kinds.size > 1) {
    throw new Error(
      `${owner}.${key} is stored with several types (${[...kinds].join(', ')}); CSV needs one per column`,
    );
  }
  const [kind] = [...kinds] as [string];
  const list = /^LIST<(\w+)>$/.exec(kind);
  const scalar = SCALAR_TYPES[list ? list[1]! : kind];
  if (!scalar) throw new Error(`${owner}.${key} is stored as ${kind}, which the CSV export does not write`);
  return { key, type: scalar, array: Boolean(list) };
}

export async function readCsvColumns(read: PageReader): Promise<CsvColumns> {
  const nodes = new Map<string, Column[]>();
  for (const row of await read(cypher('export-node-columns'), {})) {
    const label = String(row.label);
    if (row.key === 'id') continue;
    const columns = nodes.get(label) ?? [];
    columns.push(columnType(label, String(row.key), row.types as string[]));
    nodes.set(label, columns);
  }
  const relationships = new Map<string, Column[]>();
  for (const row of await read(cypher('export-relationship-columns'), {})) {
    const type = String(row.type);
    const columns = relationships.get(type) ?? [];
    columns.push(columnType(type, String(row.key), row.types as string[]));
    relationships.set(type, columns);
  }
  return { nodes, relationships };
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function cell(owner: string, column: Column, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (column.array) {
    const items = value as unknown[];
    if (items.length === 0) return '';
    return quote(
      items
        .map((item) => {
          const text = String(item);
          if (text.includes(CSV_ARRAY_DELIMITER)) {
            throw new Error(
              `${owner}.${column.key} holds a list element with U+001F, the CSV list delimiter`,
            );
          }
          return text;
        })
        .join(CSV_ARRAY_DELIMITER),
    );
  }
  return column.type === 'string' ? quote(String(value)) : String(value);
}

const header = (fixed: string[], columns: Column[]) =>
  [...fixed, ...columns.map((c) => `${c.key}:${c.type}${c.array ? '[]' : ''}`)].join(',') + '\n';

export function nodeFileName(label: string): string {
  return `${label}.csv`;
}
export function relationshipFileName(type: string): string {
  return `${type}.csv`;
}

export function csvWriter(open: SinkFactory, columns: CsvColumns): FormatWriter & { files(): string[] } {
  const sinks = new Map<string, TextSink>();
  const order: string[] = [];
  let records = 0;
  const sinkFor = async (fileName: string, headerLine: string) => {
    let sink = sinks.get(fileName);
    if (!sink) {
      sink = open(fileName);
      sinks.set(fileName, sink);
      order.push(fileName);
      await sink.write(headerLine);
    }
    return sink;
  };
  return {
    // Every file the graph's labels and types call for, header first, even if the selection leaves
    // it without rows: neo4j-admin reads a header-only file, and a download is never an empty body.
    async begin() {
      for (const [label, nodeColumns] of columns.nodes) {
        await sinkFor(nodeFileName(label), header(['id:ID', ':LABEL'], nodeColumns));
      }
      for (const [type, relColumns] of columns.relationships) {
        await sinkFor(relationshipFileName(type), header([':START_ID', ':END_ID', ':TYPE'], relColumns));
      }
    },
    async node(node: ExportNode) {
      const label = primaryLabel(node.labels);
      const nodeColumns = columns.nodes.get(label) ?? [];
      const nodeSink = await sinkFor(nodeFileName(label), header(['id:ID', ':LABEL'], nodeColumns));
      const cells = [
        quote(node.id),
        node.labels.join(CSV_ARRAY_DELIMITER),
        ...nodeColumns.map((c) => cell(label, c, node.props[c.key])),
      ];
      await nodeSink.write(cells.join(',') + '\n');
      records++;
      for (const rel of node.out) {
        const relColumns = columns.relationships.get(rel.type) ?? [];
        const relSink = await sinkFor(
          relationshipFileName(rel.type),
          header([':START_ID', ':END_ID', ':TYPE'], relColumns),
        );
        const relCells = [
          quote(node.id),
          quote(rel.to),
          rel.type,
          ...relColumns.map((c) => cell(rel.type, c, rel.props[c.key])),
        ];
        await relSink.write(relCells.join(',') + '\n');
        records++;
      }
    },
    async end() {
      for (const sink of sinks.values()) await sink.end();
      return records;
    },
    files: () => [...order],
  };
}

/** The neo4j-admin command that loads a CSV export's files (paths as given). */
export function neo4jAdminImportArgs(files: string[], database = 'neo4j'): string[] {
  const isNodeFile = (f: string) => /(^|\/)[A-Z][a-z]\w*\.csv$/.test(f);
  return [
    'database',
    'import',
    'full',
    ...files.filter(isNodeFile).map((f) => `--nodes=${f}`),
    ...files.filter((f) => !isNodeFile(f)).map((f) => `--relationships=${f}`),
    `--array-delimiter=${CSV_ARRAY_DELIMITER_OPTION}`,
    '--multiline-fields=true',
    database,
  ];
}
