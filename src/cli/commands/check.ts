// `kg check`: counts and lists suspect nodes by integrity invariant (src/check/integrity.ts), so a
// curator or a CI job sees where resolution put two real things on one node, or left debris.
import type { Command } from '../command.ts';
import { integerOption, parseCommandArgs } from '../command.ts';
import {
  checkIntegrity,
  DEFAULT_EXAMPLES,
  hasViolations,
  INTEGRITY_INVARIANTS,
  MAX_EXAMPLES,
  type IntegrityReport,
  WHOLE_CHECK_BUDGET_MS,
} from '../../check/integrity.ts';
import { cypher } from '../../api/cypher.ts';
import { GraphReader } from '../../api/graph-reader.ts';
import { openCommandGraph } from './command-graph.ts';

const USAGE = `kg check — count and list suspect nodes by integrity invariant

Usage:
  kg check [--strict] [--json] [--limit N]

Invariants (docs/integrity.md):
${INTEGRITY_INVARIANTS.map((i) => `  ${i.name.padEnd(32)} ${i.description}`).join('\n')}

Prints each invariant's count and, under each one above 0, up to N examples (default
${DEFAULT_EXAMPLES}, at most ${MAX_EXAMPLES}): the nodes' ids and names, the articles involved, what is wrong.
  --json     one JSON document instead: { "invariants": [ { name, description, count, examples } ] }
  --strict   exit 1 when any count is above 0 (exit 0 otherwise)
  --limit N  examples per invariant
Read-only. Results on stdout, progress on stderr. Exit 2 on a usage error.`;

export function formatReport(report: IntegrityReport): string {
  const width = Math.max(...report.invariants.map((i) => i.name.length));
  const lines = [`${'invariant'.padEnd(width)}  count`];
  for (const invariant of report.invariants) {
    lines.push(`${invariant.name.padEnd(width)}  ${String(invariant.count).padStart(5)}`);
    for (const example of invariant.examples) {
      const nodes = example.ids.map((id, i) => `${id} "${example.names[i] ?? ''}"`).join(', ');
      lines.push(`    ${nodes}`);
      lines.push(`      ${example.note}`);
      if (example.articleIds.length > 0) lines.push(`      articles: ${example.articleIds.join(', ')}`);
    }
    const unseen = invariant.count - invariant.examples.length;
    if (invariant.examples.length > 0 && unseen > 0) lines.push(`    … and ${unseen} more`);
  }
  const total = report.invariants.reduce((sum, i) => sum + i.count, 0);
  lines.push(total === 0 ? 'no suspect nodes' : `${total} suspect findings in all`);
  return lines.join('\n') + '\n';
}

const command: Command = {
  name: 'check',
  summary: 'count and list suspect nodes by integrity invariant (--strict: exit 1 if any)',
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: false,
        options: {
          strict: { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
          limit: { type: 'string' },
        },
      },
      USAGE,
    );
    const limit = integerOption('limit', values.limit, 0, MAX_EXAMPLES) ?? DEFAULT_EXAMPLES;
    const graph = await openCommandGraph();
    let report: IntegrityReport;
    try {
      process.stderr.write(`kg check: ${INTEGRITY_INVARIANTS.length} invariants on ${graph.uri}\n`);
      const reader = new GraphReader(graph, WHOLE_CHECK_BUDGET_MS);
      report = await checkIntegrity((name, params) => reader.rows(cypher(name), params), limit);
    } finally {
      await graph.close();
    }
    process.stdout.write(values.json ? JSON.stringify(report) + '\n' : formatReport(report));
    return values.strict && hasViolations(report) ? 1 : 0;
  },
};
export default command;
