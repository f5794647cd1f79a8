// Resolvers of the questions over time and across the network (issue 14, decision 0013): careers,
// successions and who held a post on a date. Each reads its statements with one named Cypher
// query per level of the answer and computes the answer in src/analytics.
import { cypher } from '../cypher.ts';
import type { Row } from '../graph-reader.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { PersonNode, PositionNode } from '../model.ts';
import { connectionOf, pageWindow, type PageWindow } from '../paging.ts';
import { nodeOf } from '../rows.ts';
import {
  holderOn,
  inOrder,
  sightingsTenure,
  tenuresOf,
  type Sightings,
  type Statement,
  type TenureRow,
} from '../../analytics/tenures.ts';
import { claimEdge, evidencePage } from './edges.ts';

const PERSON_CAREER = cypher('person-career');
const POSITION_SUCCESSION = cypher('position-succession');
const ORGANIZATION_LEADERS = cypher('organization-leaders');
const HOLDER_SIGHTINGS = cypher('holder-sightings');

/**
 * Rows `{person, position, statements}` to tenures, in order. A row with `seen` (a holder with no
 * tenure event, organization-leaders.cypher) is their one tenure from the summary of their
 * sightings, its evidence read only if asked (decision 0061).
 */
function tenuresFromRows(rows: Row[]): TenureRow[] {
  return inOrder(
    rows.flatMap((r) => {
      const person = nodeOf<PersonNode>('Person', r.person);
      const position = nodeOf<PositionNode>('Position', r.position);
      if (r.seen) {
        const tenure = sightingsTenure(person, position, r.seen as Sightings, r.positionIds as string[]);
        return tenure ? [tenure] : [];
      }
      return tenuresOf(person, position, (r.statements as Statement[]) ?? []);
    }),
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
    // A tenure from the summary of sightings reads its HOLDS statements only when asked: the first
    // 500 in the order tenuresOf gives them (one tenure, so they are all its evidence).
    evidence: async (t, { first }, ctx) => {
      if (!t.sightingsOf) return evidencePage(t, first);
      const statements = await ctx.loaders
        .rows(HOLDER_SIGHTINGS, { positionIds: t.sightingsOf })
        .load(t.person.id);
      const read = tenuresOf(t.person, t.position, statements as unknown as Statement[]);
      return evidencePage({ evidence: read.flatMap((r) => r.evidence) }, first);
    },
  },
};
