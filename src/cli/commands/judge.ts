// `kg distinct` and `kg unsure`: a curator's judgement on two entities (decision 0012), recorded
// and reversible like a merge. The positive judgement, "the same", is `kg merge`.
import type { Command } from '../command.ts';
import { parseCommandArgs, UserError } from '../command.ts';
import { judgeEntities } from '../../../ingest/curate/curation.ts';
import { describeCuration, runCuration } from './merge.ts';

const USAGES = {
  distinct: `kg distinct — judge two entities different, for good (reversible, audited)

Usage:
  kg distinct <idA> <idB> [--by NAME] [--reason TEXT]

The two (of one kind: two people, two bodies …) are kept apart from now on: their
POSSIBLY_SAME_AS link goes, every article now on either side stays on that side when it is
ingested again (even if resolution would now fuse them), and 'kg merge' of the two is refused.
Undo with 'kg merge --undo <curationId>'. The review queue ('kg review') lists pairs to judge.`,
  unsure: `kg unsure — record that you could not tell whether two entities are the same (audited)

Usage:
  kg unsure <idA> <idB> [--by NAME] [--reason TEXT]

Nothing moves: the POSSIBLY_SAME_AS link stays, and 'kg review' lists the pair last, marked
unsure, with who judged it and why. Undo with 'kg merge --undo <curationId>'.`,
};

export function judgeCommand(kind: 'distinct' | 'unsure'): Command {
  const usage = USAGES[kind];
  return {
    name: kind,
    summary:
      kind === 'distinct'
        ? 'curation: judge two entities different, for good (reversible, audited)'
        : 'curation: record a pair as judged unsure (reversible, audited)',
    usage,
    async run(argv) {
      const { values, positionals } = parseCommandArgs(
        {
          args: argv,
          allowPositionals: true,
          options: { by: { type: 'string' }, reason: { type: 'string' } },
        },
        usage,
      );
      if (positionals.length !== 2)
        throw new UserError(`expected two entity ids; got ${positionals.length} (kg ${kind} --help)`, 2);
      const [a, b] = positionals as [string, string];
      const options = {
        ...(values.by ? { by: values.by } : {}),
        ...(values.reason ? { reason: values.reason } : {}),
      };
      const c = await runCuration((g) => judgeEntities(g, kind, a, b, options));
      process.stdout.write(`${describeCuration(c)}\nundo with: kg merge --undo ${c.id}\n`);
      return 0;
    },
  };
}
