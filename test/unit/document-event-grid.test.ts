// Documents and events as a class (decision 0105, issue 12): every reference shape of
// test/support/document-grid.ts in every context, and every event noun with every date shape,
// each cell one short article through the real `extract`. The cells that do not come out right are
// listed below with their outcome, and each test checks that the cells outside `found` are EXACTLY
// that list: a rule that fixes a cell must move it out of the list, and one that breaks a cell must
// put it in, so the tables of decision 0105 stay what the code does.
// `DOC_GRID_TABLE=1 npx vitest run --project unit test/unit/document-event-grid.test.ts` prints them.
import { describe, expect, it } from 'vitest';
import {
  EN_CHAIR,
  EN_DATE_SHAPES,
  EN_DOC_CONTEXTS,
  EN_DOC_SHAPES,
  EN_EVENT_SHAPES,
  VI_CHAIR,
  VI_DATE_SHAPES,
  VI_DOC_CONTEXTS,
  VI_DOC_SHAPES,
  VI_EVENT_SHAPES,
  enEventArticle,
  runDocumentGrid,
  runEventGrid,
  viEventArticle,
} from '../support/document-grid.ts';
import { missesOf, tableOf } from '../support/grid.ts';

const show = (title: string, table: string) => {
  if (process.env.DOC_GRID_TABLE) console.log(`\n${title}\n\n${table}\n`);
};

// Known misses. As found (the tree of main 3108216, the grid's first commit) there were 34
// Vietnamese document cells, 25 English, 12 Vietnamese event cells and 8 English. Decision 0105's
// rules moved 12 + 4 + 12 + 8: a state code whose issuer ends in a lower-case letter
// ("1234/QĐ-TTg", "47/CĐ-TTg"), the comma of "phòng, chống" inside a title, a round-table or a
// working session reported with no date or "chiều qua", "yesterday" in English, and the issuer
// written before a list for each of its documents ("the Politburo's Directives 05 and 35").
// The Vietnamese and English contexts ask the same relation of every shape; a "relation" cell names
// its document right and misses the relation.
const across = (refs: readonly string[], contexts: readonly string[], outcome: string) =>
  Object.fromEntries(refs.flatMap((r) => contexts.map((c) => [`${r} @ ${c}`, outcome] as const)));
const VI_DOC_CONTEXT_IDS = VI_DOC_CONTEXTS.map((c) => c.id);
const EN_DOC_CONTEXT_IDS = EN_DOC_CONTEXTS.map((c) => c.id);

const VI_DOC_KNOWN: Record<string, string> = {
  // The Prime Minister as the subject of "ban hành" is a post, not a body: the issuer read is
  // "Chính phủ". After a code and "của" it is a body and issues (issuing-post-body, decision 0124).
  ...across(['Quyết định 1234/QĐ-TTg', 'Công điện 47/CĐ-TTg'], ['ban hành'], 'relation'),
  // A law is no directive or resolution of the annotation guide (the English held-out golds
  // en-heldout-076, 122 and 206 list none): no rule reads one, and the grid keeps the cells to say so.
  ...across(['Luật Đất đai năm 2024', 'Luật Cán bộ, công chức năm 2025'], VI_DOC_CONTEXT_IDS, 'missed'),
  // A subject name runs on into the clause after it when no word of subject-name-end closes it
  // ("triển khai … tới cán bộ chủ chốt", "thực hiện … đạt nhiều kết quả").
  ...across(
    ['Nghị quyết về phát triển kinh tế tư nhân', 'Chỉ thị về tăng cường công tác phòng, chống tham nhũng'],
    ['triển khai', 'thực hiện'],
    'missed',
  ),
  // "Nghị quyết Đại hội Đảng bộ tỉnh … lần thứ XX của Đảng bộ tỉnh …": the congress resolution
  // takes "của Đảng" as its own ending (named-local-congress-resolution).
  ...across(
    ['Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII'],
    ['của issuer'],
    'missed',
  ),
};

const EN_DOC_KNOWN: Record<string, string> = {
  // The Prime Minister issues as a post, not a body.
  ...across(['Decision 1234/QD-TTg'], ['issued', 'of issuer', "issuer's"], 'relation'),
  // A decree and a law are no documents of the annotation guide (en-heldout-206's gold lists none
  // for "Decree 168"; reading it lowered English batch 12, so no rule is kept).
  ...across(['Decree 168', 'the Law on Cadres and Civil Servants'], EN_DOC_CONTEXT_IDS, 'missed'),
  // English documents named by their subject ("the Resolution on …"): no reader yet.
  ...across(['the Resolution on private economic development'], EN_DOC_CONTEXT_IDS, 'missed'),
};

const VI_EVENT_KNOWN: Record<string, string> = {
  // A forum with no date of its own is as often one a visitor came to attend ("nhân dịp ông sang
  // Việt Nam dự Diễn đàn …", vi-ho13-lex-02): "Diễn đàn" names the reported meeting only when dated.
  ...Object.fromEntries(
    ['ngày 4/12, undated', 'sáng 4-12, undated', 'chiều qua', 'chiều qua, undated'].map((d) => [
      `diễn đàn @ ${d}`,
      'missed',
    ]),
  ),
};

const EN_EVENT_KNOWN: Record<string, string> = {};

// Each test runs the whole extractor over a few hundred short articles: about 0.4 s alone, but two
// helpers' whole-project runs at load 11–28 saw the 5 s default run out (stop 23).
const GRID_TIMEOUT = { timeout: 60_000 };

describe('the document and event grid (decision 0105)', GRID_TIMEOUT, () => {
  it('Vietnamese documents: the cells not found are exactly the known misses', () => {
    const cells = runDocumentGrid('vi', VI_DOC_SHAPES, VI_DOC_CONTEXTS);
    show('Vietnamese documents × contexts', tableOf(cells));
    expect(cells.length).toBe(VI_DOC_SHAPES.length * VI_DOC_CONTEXTS.length);
    expect(missesOf(cells)).toEqual(VI_DOC_KNOWN);
  });

  it('English documents: the cells not found are exactly the known misses', () => {
    const cells = runDocumentGrid('en', EN_DOC_SHAPES, EN_DOC_CONTEXTS);
    show('English documents × contexts', tableOf(cells));
    expect(cells.length).toBe(EN_DOC_SHAPES.length * EN_DOC_CONTEXTS.length);
    expect(missesOf(cells)).toEqual(EN_DOC_KNOWN);
  });

  it('Vietnamese events: the cells not found are exactly the known misses', () => {
    const cells = runEventGrid('vi', VI_EVENT_SHAPES, VI_DATE_SHAPES, viEventArticle, VI_CHAIR);
    show('Vietnamese event nouns × date shapes', tableOf(cells));
    expect(cells.length).toBe(VI_EVENT_SHAPES.length * VI_DATE_SHAPES.length);
    expect(missesOf(cells)).toEqual(VI_EVENT_KNOWN);
  });

  it('English events: the cells not found are exactly the known misses', () => {
    const cells = runEventGrid('en', EN_EVENT_SHAPES, EN_DATE_SHAPES, enEventArticle, EN_CHAIR);
    show('English event nouns × date shapes', tableOf(cells));
    expect(cells.length).toBe(EN_EVENT_SHAPES.length * EN_DATE_SHAPES.length);
    expect(missesOf(cells)).toEqual(EN_EVENT_KNOWN);
  });
});
