// kg export and GET /export/<format>: the graph in one of four formats, streamed — a page of nodes
// (with their outgoing relationships) is read, written out, and dropped before the next is read.
import { csvWriter, readCsvColumns } from './csv.ts';
import { ftmWriter } from './ftm.ts';
import { exportNodes, type ExportSelection, type PageReader } from './graph-pages.ts';
import { graphmlWriter } from './graphml.ts';
import { snapshotWriter } from './jsonl.ts';
import type { FormatWriter } from './format-writer.ts';
import type { SinkFactory, TextSink } from './sink.ts';

export const EXPORT_FORMATS = ['ftm', 'graphml', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportProgress {
  /** Graph nodes read so far. */
  nodes: number;
  /** Graph relationships read so far. */
  relationships: number;
  /** Records the format has written (FtM entities, GraphML nodes + edges, CSV rows, snapshot lines). */
  records: number;
}

export interface ExportRequest {
  format: ExportFormat;
  read: PageReader;
  selection: ExportSelection;
  /** One stream for ftm, graphml, jsonl; a file per label and type (CSV) from `files`. */
  output: { sink: TextSink } | { files: SinkFactory };
  onProgress?: (progress: ExportProgress) => void;
  /** The time the snapshot header records (default: now). */
  exportedAt?: string;
}

export interface ExportResult extends ExportProgress {
  /** The files written, for CSV. */
  files: string[];
}

export async function runExport(request: ExportRequest): Promise<ExportResult> {
  const { format, read, selection, output } = request;
  let writer: FormatWriter;
  let files: () => string[] = () => [];
  if (format === 'csv') {
    if (!('files' in output))
      throw new Error('the CSV export writes a file per label and type: give it a folder');
    const csv = csvWriter(output.files, await readCsvColumns(read));
    writer = csv;
    files = csv.files;
  } else {
    if (!('sink' in output)) throw new Error(`the ${format} export writes one stream`);
    writer =
      format === 'ftm'
        ? ftmWriter(output.sink)
        : format === 'graphml'
          ? graphmlWriter(output.sink)
          : snapshotWriter(output.sink, selection, request.exportedAt ?? new Date().toISOString());
  }
  const progress: ExportProgress = { nodes: 0, relationships: 0, records: 0 };
  await writer.begin();
  // The snapshot is the whole graph (kg db backup's format): it alone carries the bookkeeping nodes.
  for await (const node of exportNodes(read, selection, format === 'jsonl')) {
    await writer.node(node);
    progress.nodes++;
    progress.relationships += node.out.length;
    if (request.onProgress && progress.nodes % selection.pageSize === 0) request.onProgress({ ...progress });
  }
  progress.records = await writer.end();
  request.onProgress?.({ ...progress });
  return { ...progress, files: files() };
}
