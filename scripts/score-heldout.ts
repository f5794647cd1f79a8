// Prints the shared scorer's F1 on a held-out set: the Vietnamese set (test/fixtures/heldout-vi,
// decision 0040) per class folder, and either language per batch — each batch written and
// committed before the rules were run on it, so "batch N as found" is one command (decision 0066).
// Usage: node --import tsx scripts/score-heldout.ts [--lang vi|en] [--by class|batch] [--batch N] [DIR]
// (progress on stderr, the table on stdout)
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
const USAGE =
  'usage: node --import tsx scripts/score-heldout.ts [--lang vi|en] [--by class|batch] [--batch N] [DIR]\n' +
  '  --lang vi|en      which held-out set (default vi)\n' +
  '  --by class|batch  one row per class folder (vi only; the default for vi) or per batch (the default for en)\n' +
  '  --batch N         score batch N alone and print every category (P, R, F1, tp/fp/fn): its figure as found\n' +
  '  DIR               the set (default test/fixtures/heldout-vi: class folders; test/fixtures/en-heldout: flat, with batches.tsv)\n' +
  'Prints entities, relations, named-document and event F1 per class or batch and over all articles.\n';

/** Exits 2 with `message` and the usage: a command line to fix, not a crash. */
function usageError(message: string): never {
  process.stderr.write(`score-heldout: ${message}\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  by: { type: 'string' },
  batch: { type: 'string' },
} as const;

function parseCommandLine() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (err) {
    usageError((err as Error).message);
  }
}
const args = parseCommandLine();
if (args.values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const language = args.values.lang ?? 'vi';
if (language !== 'vi' && language !== 'en') usageError(`--lang is vi or en, not "${language}"`);
const by = args.values.by ?? (language === 'vi' && args.values.batch === undefined ? 'class' : 'batch');
if (by !== 'class' && by !== 'batch') usageError(`--by is class or batch, not "${by}"`);
if (by === 'class' && language === 'en') usageError('the English set has no class folders; use --by batch');
const onlyBatch = args.values.batch;
if (onlyBatch !== undefined && !/^\d+$/.test(onlyBatch))
  usageError(`--batch takes a batch number, not "${onlyBatch}"`);
if (onlyBatch !== undefined && by === 'class') usageError('--batch scores by batch; leave out --by class');
if (args.positionals.length > 1) usageError(`expected one folder, got ${args.positionals.length}`);

// The scorer's modules (the extraction pipeline among them) load only once the command line is
// known to be right: --help and a mistake answer at once.
const { HELDOUT_EN_CORPUS, HELDOUT_VI, scoreCorpusByClass, scoreGroups } =
  await import('../test/support/score-corpus.ts');
const { heldOutBatches } = await import('../test/support/heldout-batches.ts');
type Summary = import('../test/support/score-corpus.ts').Summary;
const root = path.resolve(args.positionals[0] ?? (language === 'vi' ? HELDOUT_VI : HELDOUT_EN_CORPUS));
const isFolder = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
if (!isFolder(root)) usageError(`no folder at ${root}; pass the held-out folder to score`);
if (language === 'vi' && !readdirSync(root, { withFileTypes: true }).some((d) => d.isDirectory()))
  usageError(`${root} holds no class folders; each class is a folder of <id>.json and <id>.gold.json`);

let scores: import('../test/support/score-corpus.ts').HeldOutScores;
if (by === 'class') {
  console.error(`scoring ${root} by class …`);
  scores = scoreCorpusByClass(root);
} else {
  let groups;
  try {
    groups = heldOutBatches(language, root);
  } catch (err) {
    usageError((err as Error).message);
  }
  if (onlyBatch !== undefined) {
    groups = groups.filter((g) => g.name === `batch ${Number(onlyBatch)}`);
    if (groups.length === 0) usageError(`${root} has no batch ${onlyBatch}`);
  }
  console.error(`scoring ${root} by batch (${groups.map((g) => g.name).join(', ')}) …`);
  scores = scoreGroups(groups);
}

const f = (x: number) => x.toFixed(3);
if (onlyBatch !== undefined) {
  // One batch: every category, as decision records give an unseen figure.
  const s = scores.all;
  console.log(`batch ${onlyBatch} of ${root}: ${s.documents} articles`);
  console.log(`${'category'.padEnd(22)} P      R      F1     tp   fp   fn`);
  for (const [name, c] of Object.entries(s.categories))
    console.log(
      `${name.padEnd(22)} ${f(c.p)}  ${f(c.r)}  ${f(c.f1)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`,
    );
  for (const [name, c] of [
    ['entities', s.entities],
    ['relations', s.relations],
  ] as const)
    console.log(`${name.padEnd(22)} ${f(c.p)}  ${f(c.r)}  ${f(c.f1)}`);
} else {
  const row = (name: string, s: Summary) =>
    `${name.padEnd(18)} ${String(s.documents).padStart(4)}  ${f(s.entities.f1)}  ${f(s.relations.f1)}  ` +
    `${f(s.categories.documents_named!.f1)}  ${f(s.categories.events!.f1)}`;
  console.log(
    `${(by === 'class' ? 'class' : 'batch').padEnd(18)} docs  entities relations named-docs events`,
  );
  for (const [name, s] of Object.entries(scores.classes)) console.log(row(name, s));
  console.log(row('all', scores.all));
}
