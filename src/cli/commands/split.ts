// `kg split`: undo a merge by its curation id, or split what some articles said about an entity
// off into a new one (when resolution fused two namesakes).
import type { Command } from '../command.ts';
import { parseCommandArgs, UserError } from '../command.ts';
import { splitEntities, undoCuration } from '../../../ingest/curate/curation.ts';
import { describeCuration, runCuration } from './merge.ts';

const USAGE = `kg split — undo a merge, or split an entity's mentions in some articles off into a new entity

Usage:
  kg split <curationId> [--by NAME]                        undo that merge (or split)
  kg split <entityId> --article <articleId>... [--by NAME] [--reason TEXT]

The second form moves what the given articles said about <entityId> (mentions, claims with their
evidence) to a new entity <entityId>:split-…, and re-ingesting those articles keeps it there.
Both are recorded as curations (kg merge --list) and can be undone with 'kg split <curationId>'.`;

const command: Command = {
  name: 'split',
  summary: 'curation: undo a merge or keep two entities apart',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: {
          by: { type: 'string' },
          reason: { type: 'string' },
          article: { type: 'string', multiple: true },
        },
      },
      USAGE,
    );
    if (positionals.length !== 1)
      throw new UserError(
        `expected one id (a curation id or an entity id); got ${positionals.length} (kg split --help)`,
        2,
      );
    const id = positionals[0]!;
    const who = values.by ? { by: values.by } : {};
    if (id.startsWith('curation:')) {
      if (values.article)
        throw new UserError('--article goes with an entity id, not a curation id (kg split --help)', 2);
      const c = await runCuration((g) => undoCuration(g, id, who));
      process.stdout.write(`undone: ${describeCuration(c)}\n`);
      return 0;
    }
    if (!values.article?.length) {
      throw new UserError(
        `say which articles' mentions of ${id} to split off: --article <articleId> (repeatable), or give a curation id to undo`,
        2,
      );
    }
    const c = await runCuration((g) =>
      splitEntities(g, id, values.article!, { ...who, ...(values.reason ? { reason: values.reason } : {}) }),
    );
    process.stdout.write(
      `${describeCuration(c)}\n${c.moved} relationships moved; undo with: kg split ${c.id}\n`,
    );
    return 0;
  },
};
export default command;
