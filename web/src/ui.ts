// Building blocks shared by the pages: links to entities, tables of relations with their evidence
// and a CSV download, and date bars on a shared axis for timelines.
import { html, nothing, type TemplateResult } from 'lit-html';
import { download, toCsv, type Row } from './csv.ts';
import { formatDate, t } from './i18n.ts';
import { pathOf, type EntityKind } from './model.ts';

export const entityLink = (kind: EntityKind, id: string, name: string) =>
  html`<a href=${pathOf(kind, id)}>${name}</a>`;

export interface Column<R> {
  header: string;
  cell: (row: R) => TemplateResult | string | typeof nothing;
  /** The column's value in the CSV; omitted columns (buttons) are left out. */
  csv?: (row: R) => string | number | null | undefined;
  /** A column for the CSV only (what the table shows in words, as a code). */
  csvOnly?: boolean;
}

/** A titled table of rows with a CSV download; empty sections say so rather than vanish. */
export function tableSection<R>(options: {
  id: string;
  title: string;
  rows: R[];
  columns: Column<R>[];
  total?: number;
  before?: TemplateResult | typeof nothing;
}): TemplateResult {
  const { id, title, rows, total, before } = options;
  const columns = options.columns.filter((c) => !c.csvOnly);
  const csvRows = (): Row[] =>
    rows.map((row) =>
      Object.fromEntries(options.columns.filter((c) => c.csv).map((c) => [c.header, c.csv!(row)])),
    );
  return html`<section aria-labelledby=${`${id}-title`} id=${id}>
    <div class="section-head">
      <h2 id=${`${id}-title`}>${title} <span class="count">${total ?? rows.length}</span></h2>
      ${
        rows.length > 0
          ? html`<button class="secondary" @click=${() => download(`${id}.csv`, toCsv(csvRows()))}>
              ${t.exportCsv}<span class="visually-hidden">: ${title}</span>
            </button>`
          : nothing
      }
    </div>
    ${before ?? nothing}
    ${
      rows.length === 0
        ? html`<p class="empty">${t.none}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${title}>
            <table>
              <thead>
                <tr>
                  ${columns.map((c) => html`<th scope="col">${c.header}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr>
                      ${columns.map((c) => html`<td>${c.cell(row)}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

export const dateCell = (date: string | null | undefined) =>
  date ? html`<time datetime=${date}>${formatDate(date)}</time>` : '–';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** How a bar's end is known (the API's TenureBound): STATED and REPORTED ends are drawn solid. */
export type Bound = 'STATED' | 'REPORTED' | 'SEEN';

export interface Span {
  label: TemplateResult | string;
  start: string | null;
  end: string | null;
  /** Set for tenures: a bar whose two ends were only seen is hatched, a stated end gets a tick. */
  startBound?: Bound | null;
  endBound?: Bound | null;
}

function barClass(s: Span): string {
  if (s.startBound === undefined && s.endBound === undefined) return 'bar';
  const stated = (b: Bound | null | undefined) => b === 'STATED' || b === 'REPORTED';
  return [
    'bar',
    stated(s.startBound) ? 'start-stated' : 'start-seen',
    stated(s.endBound) ? 'end-stated' : 'end-seen',
    !stated(s.startBound) && !stated(s.endBound) ? 'seen' : 'stated',
  ].join(' ');
}

/**
 * Bars on one date axis (a career, a diffusion): each from `start` to `end`, a dot when they are
 * the same day. Purely a picture of the table beside it, so it is hidden from screen readers.
 */
export function timeline(spans: Span[]): TemplateResult | typeof nothing {
  // A tenure known only by its departure ("nguyên Bí thư") has no start: drawn as a dot at its end.
  const dated = spans
    .map((s) => (s.start ? s : { ...s, start: s.end }))
    .filter((s): s is Span & { start: string } => Boolean(s.start));
  if (dated.length === 0) return nothing;
  const starts = dated.map((s) => day(s.start));
  const ends = dated.map((s) => day(s.end ?? s.start));
  const min = Math.min(...starts);
  const max = Math.max(...ends);
  const width = Math.max(max - min, 1);
  const pct = (x: number) => ((x - min) / width) * 100;
  return html`<figure class="timeline" aria-hidden="true">
    <div class="axis">
      <span>${formatDate(new Date(min).toISOString().slice(0, 10))}</span
      ><span>${formatDate(new Date(max).toISOString().slice(0, 10))}</span>
    </div>
    ${dated.map((s, i) => {
      const left = pct(starts[i]!);
      const right = pct(ends[i]!);
      return html`<div class="lane">
        <span class="lane-label">${s.label}</span>
        <span class="lane-track"
          ><span
            class=${barClass(s)}
            style=${`left:${Math.min(left, 98.5)}%;width:${Math.max(right - left, 1.5)}%`}
          ></span
        ></span>
      </div>`;
    })}
  </figure>`;
}

type FactValue = TemplateResult | string | null | undefined | false;

/** A definition list of an entity's facts; facts with no value are left out rather than shown empty. */
export function facts(entries: [string, FactValue][]): TemplateResult {
  return html`<dl class="facts">
    ${entries
      .filter(([, value]) => value)
      .map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
  </dl>`;
}

export const loading = () => html`<p class="loading" role="status">${t.loading}</p>`;
export const failure = (err: unknown) =>
  html`<div class="error" role="alert">
    <strong>${t.error}</strong>: ${err instanceof Error ? err.message : String(err)}
  </div>`;
