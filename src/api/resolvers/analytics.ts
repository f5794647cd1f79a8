// Resolvers of the questions over time and across the network (issue 14, decision 0013): careers,
// successions and who held a post on a date. Each reads its statements with one named Cypher
// query per level of the answer and computes the answer in src/analytics.
import { cypher } from '../cypher.ts';
import type { Row } from '../graph-reader.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { PersonNode, PositionNode } from '../model.ts';
import { connectionOf, pageWindow, type PageWindow } from '../paging.ts';
import { nodeOf } from '../rows.ts';
import { holderOn, inOrder, tenuresOf, type Statement, type TenureRow } from '../../analytics/tenures.ts';
import { claimEdge } from './edges.ts';

const PERSON_CAREER = cypher('person-career');
const POSITION_SUCCESSION = cypher('position-succession');
const ORGANIZATION_LEADERS = cypher('organization-leaders');

/** Rows `{person, position, statements}` to tenures, in order. */
function tenuresFromRows(rows: Row[]): TenureRow[] {
  return inOrder(
    rows.flatMap((r) =>
      tenuresOf(
        nodeOf<PersonNode>('Person', r.person),
        nodeOf<PositionNode>('Position', r.position),
        (r.statements as Statement[]) ?? [],
      ),
    ),
  );
}

function page(tenures: TenureRow[], window: PageWindow) {
  return connectionOf(
    tenures.slice(window.offset, window.offset + window.limit),
    tenures.length,
    window,
    (node, cursor) => ({ cursor, node }),
  );
}

export const analyticsResolvers: Resolvers = {
  Person: {
    career: async (p, { first, after }, ctx) => {
      const window = pageWindow(first, after);
      return page(tenuresFromRows(await ctx.loaders.rows(PERSON_CAREER).load(p.id)), window);
    },
  },
  Position: {
    succession: async (pos, { first, after }, ctx) => {
      const window = pageWindow(first, after);
      return page(tenuresFromRows(await ctx.loaders.rows(POSITION_SUCCESSION).load(pos.id)), window);
    },
    holderOn: async (pos, { date }, ctx) =>
      holderOn(tenuresFromRows(await ctx.loaders.rows(POSITION_SUCCESSION).load(pos.id)), date),
  },
  Organization: {
    leadersOn: async (o, { date, first, after }, ctx) => {
      const window = pageWindow(first, after);
      const byPost = new Map<string, Row[]>();
      // Only the holders who may hold a post on the date are read (decision 0043).
      for (const r of await ctx.loaders.rows(ORGANIZATION_LEADERS, { date }).load(o.id)) {
        const id = (r.position as { id: string }).id;
        byPost.set(id, [...(byPost.get(id) ?? []), r]);
      }
      const leaders = [...byPost.values()]
        .map((rows) => holderOn(tenuresFromRows(rows), date))
        .filter((t): t is TenureRow => t !== null)
        .sort(
          (a, b) =>
            a.position.role.localeCompare(b.position.role, 'vi') ||
            a.position.id.localeCompare(b.position.id),
        );
      return page(leaders, window);
    },
  },
  Tenure: {
    startBound: (t) => t.startBound,
    endBound: (t) => t.endBound,
    ...claimEdge,
  },
};
