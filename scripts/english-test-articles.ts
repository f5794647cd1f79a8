// English articles made from every sentence-like string of the English unit tests, printed as
// JSON Lines for `kg extract`: the second set (beside the dev articles) on which a speed change to
// the English recogniser must leave the output byte-identical (decisions 0039, 0047). Each string
// is one article, once without a date and once dated, so the date rules run both ways. The
// strings are the tests' own sentences (written for this project), read with the TypeScript
// parser so quotes and escapes come out as the tests mean them.
//
//   node --import tsx scripts/english-test-articles.ts > /tmp/en-tests.jsonl
//   npm run --silent kg -- extract < /tmp/en-tests.jsonl | md5sum
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../src/config.ts';

const TEST_FILES = [
  'extract-en.test.ts',
  'extract-en-articles.test.ts',
  'extract-en-recall.test.ts',
  'extract-en-bilingual.test.ts',
  'extract-en-speed.test.ts',
  'relation-cues-en.test.ts',
  'segment-en.test.ts',
];
/** A string of words (a space and a letter): sentences, test names, lists; identifiers and keys are left out. */
const looksLikeText = (s: string) => /\s/.test(s) && /\p{L}/u.test(s);

const strings = new Set<string>();
for (const file of TEST_FILES) {
  const source = readFileSync(path.join(projectRoot, 'test/unit', file), 'utf8');
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksLikeText(node.text)) strings.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
}

let n = 0;
for (const text of strings) {
  n += 1;
  for (const publishedAt of [null, '2025-05-14']) {
    const id = `en-test-${String(n).padStart(4, '0')}${publishedAt ? '-dated' : ''}`;
    process.stdout.write(
      JSON.stringify({ id, url: null, language: 'en', publishedAt, title: null, text }) + '\n',
    );
  }
}
process.stderr.write(
  `english-test-articles: ${strings.size} strings from ${TEST_FILES.length} files, ${n * 2} articles\n`,
);
