// Which reader takes the article body out of a fetched page better: the project's own
// (ingest/read/html-page.ts, plus the .txt reader for text pages) or @mozilla/readability on a
// linkedom DOM. Measured on (1) the five saved seed pages of ../shared/corpus/raw, laid out as the
// paragraphs of an HTML page, against their cleaned records (../shared/corpus/dev/vi-seed-*): token
// F1, and the extraction score of `kg extract` on each reader's bodies against the seed gold; and
// (2) this project's fixture pages (test/support/news-site.ts), whose true bodies are known.
// Prints figures; asserts nothing. Run: node --import tsx bench/extract-body.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlText } from '../ingest/read/html-page.ts';
import { readPlainText } from '../ingest/read/text-file.ts';
import { projectRoot } from '../src/config.ts';
import { ARTICLES, articlePage } from '../test/support/news-site.ts';

const SHARED = path.resolve(projectRoot, '..', 'shared');
const RAW = path.join(SHARED, 'corpus', 'raw');
const DEV = path.join(SHARED, 'corpus', 'dev');

const tokens = (s: string): string[] =>
  s
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function f1(got: string, want: string): { p: number; r: number; f: number } {
  const count = (xs: string[]) =>
    xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const g = count(tokens(got));
  const w = count(tokens(want));
  let overlap = 0;
  for (const [t, n] of g) overlap += Math.min(n, w.get(t) ?? 0);
  const gs = [...g.values()].reduce((a, b) => a + b, 0);
  const ws = [...w.values()].reduce((a, b) => a + b, 0);
  const p = gs ? overlap / gs : 0;
  const r = ws ? overlap / ws : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function readability(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const text = (article?.textContent ?? '')
    .split(/\n\s*\n|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');
  return { title: article?.title ?? null, text };
}

function own(html: string): { title: string | null; text: string } {
  const r = readHtmlText(html, 'page', 'page');
  return 'text' in r ? { title: r.title, text: r.text } : { title: null, text: '' };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** A saved text page as the paragraphs of an HTML body: what a page without markup gives a reader. */
const asHtml = (txt: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${txt
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => `<p>${escape(b)}</p>`)
    .join('\n')}</body></html>`;

interface Scores {
  entities: number;
  relations: number;
}

function score(corpus: string): Scores {
  const out = execFileSync(
    process.execPath,
    [path.join(SHARED, 'tools', 'score-extraction.mjs'), '--corpus', corpus, '--json', '--cwd', projectRoot],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const j = JSON.parse(out) as { entities: { f1: number }; relations: { f1: number } };
  return { entities: j.entities.f1, relations: j.relations.f1 };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

const seeds = readdirSync(RAW)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const readers = {
  'own html reader': (txt: string) => own(asHtml(txt)).text,
  'readability+linkedom': (txt: string) => readability(asHtml(txt)).text,
  'own .txt reader (kg ingest)': (txt: string) => {
    const r = readPlainText(txt, 'page', 'page');
    return 'text' in r ? r.text : '';
  },
};
console.log(
  '1. Seed pages (../shared/corpus/raw) vs their cleaned records: token precision / recall / F1, and extraction score',
);
for (const [name, read] of Object.entries(readers)) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-body-'));
  const rows: string[] = [];
  let sum = { p: 0, r: 0, f: 0 };
  for (const file of seeds) {
    const id = file.replace(/\.txt$/, '');
    const txt = readFileSync(path.join(RAW, file), 'utf8');
    const cleaned = JSON.parse(readFileSync(path.join(DEV, `${id}.json`), 'utf8')) as Record<string, unknown>;
    const body = read(txt);
    const m = f1(body, String(cleaned.text));
    sum = { p: sum.p + m.p, r: sum.r + m.r, f: sum.f + m.f };
    rows.push(
      `    ${id}: P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f)}  (${body.length} chars, cleaned ${String(cleaned.text).length})`,
    );
    writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ ...cleaned, text: body || '.' }));
    copyFileSync(path.join(DEV, `${id}.gold.json`), path.join(dir, `${id}.gold.json`));
  }
  const s = score(dir);
  rmSync(dir, { recursive: true, force: true });
  const n = seeds.length;
  console.log(
    `  ${name}: tokens P ${pct(sum.p / n)}  R ${pct(sum.r / n)}  F1 ${pct(sum.f / n)};  extraction vs gold: entities F1 ${pct(s.entities)}, relations F1 ${pct(s.relations)}`,
  );
  for (const r of rows) console.log(r);
}
// The cleaned records themselves, as the ceiling.
{
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-body-'));
  for (const file of seeds) {
    const id = file.replace(/\.txt$/, '');
    copyFileSync(path.join(DEV, `${id}.json`), path.join(dir, `${id}.json`));
    copyFileSync(path.join(DEV, `${id}.gold.json`), path.join(dir, `${id}.gold.json`));
  }
  const s = score(dir);
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `  (cleaned records, the ceiling): extraction vs gold: entities F1 ${pct(s.entities)}, relations F1 ${pct(s.relations)}`,
  );
}

console.log(
  '\n2. Fixture pages (real-site layouts, menus, captions, related links): token P / R / F1 against the true body',
);
for (const [name, read] of Object.entries({ 'own html reader': own, 'readability+linkedom': readability })) {
  let sum = { p: 0, r: 0, f: 0 };
  const rows: string[] = [];
  for (const a of ARTICLES) {
    const got = read(articlePage(a, 'https://news.example'));
    const m = f1(got.text, a.paragraphs.join('\n'));
    sum = { p: sum.p + m.p, r: sum.r + m.r, f: sum.f + m.f };
    const chrome = [a.caption, 'Tin liên quan', 'Related news', 'Trang chủ', 'Tổng truy cập'].filter((c) =>
      got.text.includes(c),
    );
    rows.push(
      `    ${a.layout.padEnd(8)} ${a.path}: P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f)}${chrome.length ? `  chrome kept: ${chrome.join(' | ')}` : ''}`,
    );
  }
  const n = ARTICLES.length;
  console.log(`  ${name}: P ${pct(sum.p / n)}  R ${pct(sum.r / n)}  F1 ${pct(sum.f / n)}`);
  for (const r of rows) console.log(r);
}

// Speed on one page, 200 times.
const page = articlePage(ARTICLES[0]!, 'https://news.example');
for (const [name, read] of Object.entries({ 'own html reader': own, 'readability+linkedom': readability })) {
  const t = performance.now();
  for (let i = 0; i < 200; i++) read(page);
  console.log(`  ${name}: ${((performance.now() - t) / 200).toFixed(2)} ms per page`);
}
