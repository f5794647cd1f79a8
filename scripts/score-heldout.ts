// Prints the shared scorer's F1 per class of the held-out Vietnamese set (test/fixtures/heldout-vi,
// decision 0040): entities and relations of each class folder, then of all articles together.
// Usage: node --import tsx scripts/score-heldout.ts [DIR]   (progress on stderr, the table on stdout)
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HELDOUT_VI, scoreCorpusByClass, type Summary } from '../test/support/score-corpus.ts';

const USAGE =
  'usage: node --import tsx scripts/score-heldout.ts [DIR]\n' +
  '  DIR  a folder of class folders holding <id>.json and <id>.gold.json (default: test/fixtures/heldout-vi)\n' +
  'Prints entities, relations, named-document and event F1 per class folder and over all articles.\n';

/** Exits 2 with `message` and the usage: a command line to fix, not a crash. */
function usageError(message: string): never {
  process.stderr.write(`score-heldout: ${message}\n${USAGE}`);
  process.exit(2);
}

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (err) {
  usageError((err as Error).message);
}
if (args.values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.positionals.length > 1) usageError(`expected one folder, got ${args.positionals.length}`);
const root = path.resolve(args.positionals[0] ?? HELDOUT_VI);
const isFolder = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
if (!isFolder(root)) usageError(`no folder at ${root}; pass the folder of class folders to score`);

if (!readdirSync(root, { withFileTypes: true }).some((d) => d.isDirectory()))
  usageError(`${root} holds no class folders; each class is a folder of <id>.json and <id>.gold.json`);

console.error(`scoring ${root} …`);
const { all, classes } = scoreCorpusByClass(root);
const f = (x: number) => x.toFixed(3);
const row = (name: string, s: Summary) =>
  `${name.padEnd(18)} ${String(s.documents).padStart(4)}  ${f(s.entities.f1)}  ${f(s.relations.f1)}  ` +
  `${f(s.categories.documents_named!.f1)}  ${f(s.categories.events!.f1)}`;
console.log(`${'class'.padEnd(18)} docs  entities relations named-docs events`);
for (const [name, s] of Object.entries(classes)) console.log(row(name, s));
console.log(row('all', all));
