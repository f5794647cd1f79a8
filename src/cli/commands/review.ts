// `kg review`: the curators' review queue (decision 0012) — possible duplicates to judge, strongest
// evidence first, then bodies resolution could not place, then pairs judged unsure. The same named
// Cypher query as the GraphQL `reviewQueue`.
import type { Command } from '../command.ts';
import { integerOption, parseCommandArgs } from '../command.ts';
import { GraphReader } from '../../api/graph-reader.ts';
import { MAX_PAGE_SIZE } from '../../api/paging.ts';
import { readReviewQueue, type ReviewItem } from '../../api/review-queue.ts';
import { runCuration } from './merge.ts';

const USAGE = `kg review — what a curator should look at, strongest evidence first

Usage:
  kg review [--limit N] [--offset N] [--json]

Lists (1) entities recorded as POSSIBLY_SAME_AS that nobody has judged, those sharing most
context (bodies, provinces of posts, provinces seen) first; (2) bodies named only by their kind
that resolution could not place; (3) pairs judged unsure. Each with its reason. Decide with
'kg merge <keepId> <mergeId>', 'kg distinct <idA> <idB>' or 'kg unsure <idA> <idB>'.
--limit: 1 to ${MAX_PAGE_SIZE} items (default 20).`;

function describe(item: ReviewItem, n: number): string {
  const head =
    item.kind === 'POSSIBLE_DUPLICATE'
      ? `${item.unsure ? 'unsure ' : ''}possible duplicate (${item.label}): ${item.ids.join('  ')}`
      : `unresolved body: ${item.ids[0]}`;
  const judged = item.unsure ? `\n     unsure judgement: ${item.unsure.id}` : '';
  return `${String(n).padStart(3)}. [${item.score}] ${head}\n     ${item.reason}${judged}`;
}

const command: Command = {
  name: 'review',
  summary: 'curation: the review queue (possible duplicates, unresolved bodies)',
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: false,
        options: {
          limit: { type: 'string' },
          offset: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      },
      USAGE,
    );
    const window = {
      limit: integerOption('limit', values.limit, 1, MAX_PAGE_SIZE) ?? 20,
      offset: integerOption('offset', values.offset, 0, Number.MAX_SAFE_INTEGER) ?? 0,
    };
    const { total, items } = await runCuration((g) => readReviewQueue(new GraphReader(g, 60_000), window));
    if (values.json) {
      process.stdout.write(JSON.stringify({ total, offset: window.offset, items }) + '\n');
      return 0;
    }
    if (items.length === 0) {
      process.stdout.write(
        total === 0 ? 'nothing to review\n' : `no items from ${window.offset} (of ${total})\n`,
      );
      return 0;
    }
    process.stdout.write(
      items.map((item, i) => describe(item, window.offset + i + 1)).join('\n') +
        `\n${window.offset + 1}–${window.offset + items.length} of ${total}` +
        (window.offset + items.length < total ? ` (next: --offset ${window.offset + items.length})` : '') +
        '\n',
    );
    return 0;
  },
};
export default command;
