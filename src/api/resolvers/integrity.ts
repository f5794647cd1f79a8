// The integrity check's examples as nodes: a curator reads the graph ids `kg check` prints, a
// client needs the nodes (and their global ids, for mergeEntities / splitEntities).
import type { IntegrityExampleResolvers } from '../generated/graphql.ts';
import type { NodeTypeName } from '../model.ts';

/** The type of a node by the prefix of its graph id (docs/graph-model.md: "Ids are readable"). */
const TYPE_OF_ID_PREFIX: Readonly<Record<string, NodeTypeName>> = {
  person: 'Person',
  org: 'Organization',
  doc: 'Document',
  event: 'Event',
  position: 'Position',
  article: 'Article',
};

export function nodeTypeOfGraphId(graphId: string): NodeTypeName | null {
  return TYPE_OF_ID_PREFIX[graphId.slice(0, graphId.indexOf(':'))] ?? null;
}

export const integrityResolvers: { IntegrityExample: IntegrityExampleResolvers } = {
  IntegrityExample: {
    nodes: (example, _args, ctx) =>
      Promise.all(
        example.ids.map((id) => {
          const type = nodeTypeOfGraphId(id);
          return type ? ctx.loaders.nodeOfType(type).load(id) : null;
        }),
      ),
  },
};
