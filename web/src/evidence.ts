// The evidence panel: every relation on screen opens it, with each supporting sentence, the words
// that state the relation highlighted and the names it links in bold, the article's title, date, source and link, and how many articles say it.
// A native <dialog>: focus moves into it, Escape closes it, focus returns to the opener.
import { html, render } from 'lit-html';
import { foldedRanges } from './fold.ts';
import { formatDate, t } from './i18n.ts';
import type { ClaimEdge, Evidence } from './model.ts';

export interface EvidenceSubject {
  /** What the relation says, in words ("Phạm Minh Chính — chủ trì — Hội nghị …"). */
  title: string;
  /** Names to highlight in each sentence: the two ends of the relation. */
  names: string[];
  evidenceCount: number;
  evidence: Evidence[];
}

/** The sentence with the relation's names in bold (found by folding accents and case). */
function withNames(text: string, names: string[], emphasise: (part: string) => unknown) {
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of foldedRanges(text, names)) {
    parts.push(text.slice(at, start), emphasise(text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/**
 * The sentence with the words that state the relation marked exactly (the API's span inside the
 * sentence) and the two ends' names in bold. Claims loaded before the graph stored where each
 * sentence starts have no such span: then the names alone are marked, as before.
 */
function highlighted(evidence: Evidence, names: string[]) {
  const { sentence, sentenceSpan: span } = evidence;
  if (!span) return withNames(sentence, names, (name) => html`<mark>${name}</mark>`);
  const bold = (name: string) => html`<strong>${name}</strong>`;
  return [
    withNames(sentence.slice(0, span.start), names, bold),
    html`<mark class="statement-span">${withNames(sentence.slice(span.start, span.end), names, bold)}</mark>`,
    withNames(sentence.slice(span.end), names, bold),
  ];
}

export function articleCount(evidence: Evidence[]): number {
  return new Set(evidence.map((e) => e.article.id)).size;
}

let dialog: HTMLDialogElement | null = null;

export function showEvidence(subject: EvidenceSubject): void {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'evidence';
    dialog.setAttribute('aria-labelledby', 'evidence-title');
    document.body.append(dialog);
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog?.close();
    });
  }
  const shown = subject.evidence.length;
  render(
    html`<header>
        <h2 id="evidence-title">${t.evidenceTitle}</h2>
        <button class="close" @click=${() => dialog?.close()} aria-label=${t.close}>×</button>
      </header>
      <p class="relation-title">${subject.title}</p>
      <p class="evidence-summary">
        ${t.evidenceSummary(subject.evidenceCount, articleCount(subject.evidence))}
        ${shown < subject.evidenceCount ? t.evidenceShown(shown) : ''}
      </p>
      <ol class="evidence-list">
        ${subject.evidence.map(
          (e) =>
            html`<li>
              <blockquote>${highlighted(e, subject.names)}</blockquote>
              <p class="source">
                <span class="article-title">${e.article.title ?? e.article.id}</span>
                ·
                <time datetime=${e.article.publishedAt ?? ''}
                  >${formatDate(e.article.publishedAt ?? e.asOf)}</time
                >
                ${e.article.source ? html` · <span>${e.article.source}</span>` : ''}
                ${
                  e.article.url
                    ? html` ·
                        <a href=${e.article.url} target="_blank" rel="noopener noreferrer"
                          >${t.openArticle}</a
                        >`
                    : ''
                }
              </p>
            </li>`,
        )}
      </ol>`,
    dialog,
  );
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLButtonElement>('button.close')?.focus();
}

/** The button that opens an edge's evidence, showing how many sources it has. */
export function evidenceButton(
  edge: Pick<ClaimEdge<unknown>, 'evidenceCount' | 'evidence'>,
  title: string,
  names: string[],
) {
  return html`<button
    class="evidence-button"
    @click=${() => showEvidence({ title, names, evidenceCount: edge.evidenceCount, evidence: edge.evidence })}
  >
    ${t.evidenceButton(articleCount(edge.evidence))}<span class="visually-hidden">: ${title}</span>
  </button>`;
}
