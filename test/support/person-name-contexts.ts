// The check of decision 0046's invariant, shared by the graph tests that change mentions: every
// (:PersonNameContext) equals the fold of its (nameKey, toResolvedId) person MENTIONS, written here
// on its own (not the loader's statement), and none outlives its mentions.
import type { Graph } from '../../src/db/index.ts';

const FOLDED = `
  MATCH (:Article)-[m:MENTIONS]->(:Person) WHERE m.nameKey IS NOT NULL
  WITH m.nameKey + '|' + m.toResolvedId AS id, collect(m) AS ms
  RETURN id,
    COLLECT { UNWIND ms AS m UNWIND coalesce(m.postProvinces, []) AS v RETURN DISTINCT v ORDER BY v } AS postProvinces,
    COLLECT { UNWIND ms AS m UNWIND coalesce(m.orgIds, []) AS v RETURN DISTINCT v ORDER BY v } AS orgIds,
    COLLECT { UNWIND ms AS m WITH m WHERE m.articleProvince IS NOT NULL RETURN DISTINCT m.articleProvince AS v ORDER BY v } AS seenIn,
    COLLECT { UNWIND ms AS m UNWIND coalesce(m.seats, []) AS v RETURN DISTINCT v ORDER BY v } AS seats,
    COLLECT { UNWIND ms AS m WITH m WHERE size(coalesce(m.seats, [])) > 0 AND m.asOf IS NOT NULL RETURN DISTINCT m.asOf AS v ORDER BY v } AS seatDates
  ORDER BY id`;
const STORED = `
  MATCH (c:PersonNameContext)
  RETURN c.id AS id, coalesce(c.postProvinces, []) AS postProvinces, coalesce(c.orgIds, []) AS orgIds,
         coalesce(c.seenIn, []) AS seenIn, coalesce(c.seats, []) AS seats, coalesce(c.seatDates, []) AS seatDates
  ORDER BY id`;

const rowsOf = (graph: Graph, query: string) =>
  graph.read(async (tx) => (await tx.run(query)).records.map((r) => r.toObject()));

/** The stored contexts, lists as [] when absent, by id. */
export const storedPersonNameContexts = (graph: Graph) => rowsOf(graph, STORED);

/** Every way the stored contexts differ from their mentions' fold, as readable strings (empty when exact). */
export async function personNameContextMismatches(graph: Graph): Promise<string[]> {
  const expected = new Map((await rowsOf(graph, FOLDED)).map((r) => [r.id as string, JSON.stringify(r)]));
  const stored = new Map((await rowsOf(graph, STORED)).map((r) => [r.id as string, JSON.stringify(r)]));
  const problems: string[] = [];
  for (const [id, want] of expected)
    if (stored.get(id) !== want)
      problems.push(`${id}: stored ${stored.get(id) ?? 'none'}, mentions say ${want}`);
  for (const id of stored.keys()) if (!expected.has(id)) problems.push(`${id}: stored, but no mention left`);
  return problems;
}
