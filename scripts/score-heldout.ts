// Prints the shared scorer's F1 per class of the held-out Vietnamese set (test/fixtures/heldout-vi,
// decision 0040): entities and relations of each class folder, then of all articles together.
// Usage: node --import tsx scripts/score-heldout.ts [DIR]   (progress on stderr, the table on stdout)
import path from 'node:path';
import { HELDOUT_VI, scoreCorpusByClass, type Summary } from '../test/support/score-corpus.ts';

const root = path.resolve(process.argv[2] ?? HELDOUT_VI);
console.error(`scoring ${root} …`);
const { all, classes } = scoreCorpusByClass(root);
const f = (x: number) => x.toFixed(3);
const row = (name: string, s: Summary) =>
  `${name.padEnd(18)} ${String(s.documents).padStart(4)}  ${f(s.entities.f1)}  ${f(s.relations.f1)}  ` +
  `${f(s.categories.documents_named!.f1)}  ${f(s.categories.events!.f1)}`;
console.log(`${'class'.padEnd(18)} docs  entities relations named-docs events`);
for (const [name, s] of Object.entries(classes)) console.log(row(name, s));
console.log(row('all', all));
