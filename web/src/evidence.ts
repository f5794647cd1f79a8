// The evidence panel: every relation on screen opens it, with each supporting sentence, the names
// it links highlighted, the article's title, date, source and link, and how many articles say it.
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

function highlighted(sentence: string, names: string[]) {
  const ranges = foldedRanges(sentence, names);
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(sentence.slice(at, start), html`<mark>${sentence.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(sentence.slice(at));
  return parts;
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
              <blockquote>${highlighted(e.sentence, subject.names)}</blockquote>
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
export function evidenceButton(edge: ClaimEdge<unknown>, title: string, names: string[]) {
  return html`<button
    class="evidence-button"
    @click=${() => showEvidence({ title, names, evidenceCount: edge.evidenceCount, evidence: edge.evidence })}
  >
    ${t.evidenceButton(articleCount(edge.evidence))}<span class="visually-hidden">: ${title}</span>
  </button>`;
}
