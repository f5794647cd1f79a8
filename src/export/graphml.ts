// kg export --format graphml: the graph for Gephi and networkx. A node per Article and entity with its
// type (label) and display label; one edge per (type, from, to), folding the parallel claim
// relationships (one per article and statement) into a weight — the number of pieces of evidence —
// and the dates of the first and last of them. Curations (audit records, no links) are left out.
import { primaryLabel } from '../../ingest/load/snapshot.ts';
import type { ExportNode, OutgoingRelationship } from './graph-pages.ts';
import type { TextSink } from './sink.ts';
import type { FormatWriter } from './format-writer.ts';

/** Node properties carried as GraphML attributes (strings), besides type and label. */
const NODE_ATTRIBUTES = [
  'kind',
  'province',
  'date',
  'publishedAt',
  'url',
  'code',
  'role',
  'language',
] as const;

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
${NODE_ATTRIBUTES.map((a) => `  <key id="${a}" for="node" attr.name="${a}" attr.type="string"/>`).join('\n')}
  <key id="etype" for="edge" attr.name="type" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>
  <key id="firstSeen" for="edge" attr.name="firstSeen" attr.type="string"/>
  <key id="lastSeen" for="edge" attr.name="lastSeen" attr.type="string"/>
  <graph id="vn-officials-kg" edgedefault="directed">
`;
const FOOTER = `  </graph>
</graphml>
`;

// XML 1.0 forbids most control characters even escaped; cleaned article text should hold none, but
// a stray one must not make the whole file unreadable.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The name a viewer shows for a node. */
export function displayLabel(props: Record<string, unknown>): string {
  for (const key of ['name', 'title', 'code', 'url', 'id']) {
    const value = props[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

export interface FoldedEdge {
  type: string;
  to: string;
  /** Parallel relationships folded into this edge (pieces of evidence for a claim). */
  evidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Folds a node's outgoing relationships (sorted by type and end, as the page query returns them). */
export function foldEdges(out: OutgoingRelationship[]): FoldedEdge[] {
  const edges: FoldedEdge[] = [];
  let current: FoldedEdge | undefined;
  for (const rel of out) {
    // A claim summary (decision 0017) restates the claims it counts: not an edge of its own.
    if (rel.type.endsWith('_SUMMARY')) continue;
    if (!current || current.type !== rel.type || current.to !== rel.to) {
      current = { type: rel.type, to: rel.to, evidence: 0, firstSeen: null, lastSeen: null };
      edges.push(current);
    }
    current.evidence++;
    const asOf = typeof rel.props.asOf === 'string' ? rel.props.asOf : null;
    if (asOf) {
      if (!current.firstSeen || asOf < current.firstSeen) current.firstSeen = asOf;
      if (!current.lastSeen || asOf > current.lastSeen) current.lastSeen = asOf;
    }
  }
  return edges;
}

const data = (key: string, value: string) => `<data key="${key}">${xmlEscape(value)}</data>`;

export function graphmlWriter(sink: TextSink): FormatWriter {
  let records = 0;
  return {
    async begin() {
      await sink.write(HEADER);
    },
    async node(node: ExportNode) {
      const type = primaryLabel(node.labels);
      if (type === 'Curation') return;
      const attributes = [data('type', type), data('label', displayLabel(node.props))];
      for (const key of NODE_ATTRIBUTES) {
        const value = node.props[key];
        if (typeof value === 'string' && value !== '') attributes.push(data(key, value));
      }
      let text = `    <node id="${xmlEscape(node.id)}">${attributes.join('')}</node>\n`;
      for (const edge of foldEdges(node.out)) {
        const edgeData = [
          data('etype', edge.type),
          data('weight', String(edge.evidence)),
          data('evidence', String(edge.evidence)),
        ];
        if (edge.firstSeen) edgeData.push(data('firstSeen', edge.firstSeen));
        if (edge.lastSeen) edgeData.push(data('lastSeen', edge.lastSeen));
        const id = xmlEscape(`${node.id}|${edge.type}|${edge.to}`);
        text += `    <edge id="${id}" source="${xmlEscape(node.id)}" target="${xmlEscape(edge.to)}">${edgeData.join('')}</edge>\n`;
        records++;
      }
      records++;
      await sink.write(text);
    },
    async end() {
      await sink.write(FOOTER);
      await sink.end();
      return records;
    },
  };
}
