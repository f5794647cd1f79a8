// kg export --format jsonl: the lossless snapshot (ingest/load/snapshot.ts has the format and its loader).
import {
  primaryLabel,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type SnapshotEnd,
  type SnapshotHeader,
  type SnapshotNode,
  type SnapshotRelationship,
} from '../../ingest/load/snapshot.ts';
import type { ExportNode, ExportSelection } from './graph-pages.ts';
import type { TextSink } from './sink.ts';
import type { FormatWriter } from './format-writer.ts';

export function snapshotWriter(sink: TextSink, selection: ExportSelection, exportedAt: string): FormatWriter {
  let records = 0;
  let nodes = 0;
  let relationships = 0;
  return {
    async begin() {
      const header: SnapshotHeader = {
        kind: 'header',
        format: SNAPSHOT_FORMAT,
        version: SNAPSHOT_VERSION,
        exportedAt,
        since: selection.since,
        types: selection.labels,
      };
      await sink.write(JSON.stringify(header) + '\n');
    },
    async node(node: ExportNode) {
      const line: SnapshotNode = {
        kind: 'node',
        labels: node.labels,
        props: node.props,
        integerKeys: node.integerKeys,
      };
      if (node.datetimeKeys?.length) line.datetimeKeys = node.datetimeKeys;
      let text = JSON.stringify(line) + '\n';
      const fromLabel = primaryLabel(node.labels);
      for (const rel of node.out) {
        const relLine: SnapshotRelationship = {
          kind: 'relationship',
          type: rel.type,
          from: node.id,
          fromLabel,
          to: rel.to,
          toLabel: primaryLabel(rel.toLabels),
          props: rel.props,
          integerKeys: rel.integerKeys,
        };
        text += JSON.stringify(relLine) + '\n';
      }
      records += 1 + node.out.length;
      nodes += 1;
      relationships += node.out.length;
      await sink.write(text);
    },
    async end() {
      // Written last, so a reader knows the file is whole (kg import and kg db restore check it).
      const end: SnapshotEnd = { kind: 'end', nodes, relationships };
      await sink.write(JSON.stringify(end) + '\n');
      await sink.end();
      return records;
    },
  };
}
