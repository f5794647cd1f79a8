// `kg merge <keepId> <mergeId>`: a curator's correction, recorded and reversible.
import type { Command } from '../command.ts';
import { parseCommandArgs, UserError } from '../command.ts';
import {
  CurationError,
  listCurations,
  mergeEntities,
  undoCuration,
  type Curation,
} from '../../../ingest/curate/curation.ts';
import { openCommandGraph } from './command-graph.ts';

const USAGE = `kg merge — merge two entities that resolution kept apart (reversible, audited)

Usage:
  kg merge <keepId> <mergeId> [--by NAME] [--reason TEXT]
  kg merge --undo <curationId> [--by NAME]
  kg merge --list [--json]

Every relationship of <mergeId> (claims with their evidence, mentions, posts) moves to <keepId>,
its names become aliases, and the node goes. Re-ingesting an article keeps resolving <mergeId>
to <keepId>. The curation (who: --by or $USER; what; when) is kept; undo it with
'kg merge --undo <curationId>' (or 'kg split <curationId>').
Ids are the entities' ids in the graph, e.g. person:vu-dai-thang, org:tinh-uy-dong-thap.`;

export function describeCuration(c: Curation): string {
  const what =
    c.action === 'merge'
      ? `merged ${c.fromId} into ${c.intoId}`
      : c.action === 'split'
        ? `split ${c.fromId} → ${c.intoId} for ${(c.articleIds ?? []).join(', ')}`
        : `judged ${c.fromId} and ${c.intoId} ${c.action}`;
  const undone = c.undoneAt ? ` — undone ${c.undoneAt} by ${c.undoneBy}` : '';
  return `${c.id}  ${c.at}  ${c.by}  ${what}${c.reason ? ` (${c.reason})` : ''}${undone}`;
}

export async function runCuration<T>(
  work: (graph: Awaited<ReturnType<typeof openCommandGraph>>) => Promise<T>,
): Promise<T> {
  const graph = await openCommandGraph();
  try {
    return await work(graph);
  } catch (err) {
    if (err instanceof CurationError) throw new UserError(err.message);
    throw err;
  } finally {
    await graph.close();
  }
}

const command: Command = {
  name: 'merge',
  summary: 'curation: merge two entities (reversible, audited)',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: {
          by: { type: 'string' },
          reason: { type: 'string' },
          undo: { type: 'string' },
          list: { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
        },
      },
      USAGE,
    );
    const who = values.by ? { by: values.by } : {};
    if (values.list) {
      const all = await runCuration((g) => listCurations(g, 200));
      process.stdout.write(
        values.json
          ? JSON.stringify(all) + '\n'
          : all.map(describeCuration).join('\n') + (all.length ? '\n' : 'no curations yet\n'),
      );
      return 0;
    }
    if (values.undo) {
      const c = await runCuration((g) => undoCuration(g, values.undo!, who));
      process.stdout.write(`undone: ${describeCuration(c)}\n`);
      return 0;
    }
    if (positionals.length !== 2) {
      throw new UserError(
        `expected two ids, the one to keep and the one to merge into it; got ${positionals.length} (kg merge --help)`,
        2,
      );
    }
    const [keep, gone] = positionals as [string, string];
    const c = await runCuration((g) =>
      mergeEntities(g, keep, gone, { ...who, ...(values.reason ? { reason: values.reason } : {}) }),
    );
    process.stdout.write(
      `${describeCuration(c)}\n${c.moved} relationships moved; undo with: kg merge --undo ${c.id}\n`,
    );
    return 0;
  },
};
export default command;
