// One search box with suggestions while typing (an ARIA combobox), and a results page grouped by
// type, each hit with what tells namesakes apart: a person's latest post, a body's province, a
// document's code and date, an event's date.
import { html, render, nothing, type TemplateResult } from 'lit-html';
import { gql } from './api.ts';
import { formatDate, t } from './i18n.ts';
import { KIND_OF_TYPENAME, pathOf } from './model.ts';
import { SEARCH } from './queries.ts';

export interface Hit {
  __typename: 'Person' | 'Organization' | 'Document' | 'Event';
  id: string;
  name: string;
  code?: string | null;
  date?: string | null;
  province?: string | null;
  documentKind?: string | null;
  positions?: {
    edges: {
      role: string;
      organization: { name: string; province: string | null } | null;
      lastSeen: string | null;
    }[];
  };
}

export async function searchEntities(query: string, first = 30): Promise<Hit[]> {
  const { search } = await gql<{ search: { node: Hit }[] }>(SEARCH, { query, first });
  return search.map((h) => h.node);
}

export const hitPath = (hit: { __typename: string; id: string }) =>
  pathOf(KIND_OF_TYPENAME[hit.__typename]!, hit.id);

/** The line under a hit's name that tells namesakes apart. */
export function hitDetail(hit: Hit): string {
  switch (hit.__typename) {
    case 'Person': {
      const latest = hit.positions?.edges[0];
      if (!latest) return '';
      const post = [latest.role, latest.organization?.name].filter(Boolean).join(', ');
      return latest.lastSeen ? `${post} (${formatDate(latest.lastSeen)})` : post;
    }
    case 'Organization':
      return hit.province ?? '';
    case 'Document':
      return [hit.code, hit.documentKind, hit.date ? formatDate(hit.date) : null].filter(Boolean).join(' · ');
    case 'Event':
      return hit.date ? formatDate(hit.date) : '';
  }
}

const GROUPS: { typename: Hit['__typename']; title: () => string }[] = [
  { typename: 'Person', title: () => t.people },
  { typename: 'Organization', title: () => t.bodies },
  { typename: 'Document', title: () => t.documents },
  { typename: 'Event', title: () => t.events },
];

export async function resultsPage(query: string): Promise<TemplateResult> {
  const hits = query.trim() ? await searchEntities(query, 50) : [];
  const groups = GROUPS.map((g) => ({ ...g, hits: hits.filter((h) => h.__typename === g.typename) })).filter(
    (g) => g.hits.length > 0,
  );
  return html`<h1>${query ? html`${t.results} “${query}”` : t.search}</h1>
    ${searchForm(query, 'results-search')}
    ${query && groups.length === 0 ? html`<p class="empty">${t.noResults}</p>` : nothing}
    <div class="result-groups">
      ${groups.map(
        (g) =>
          html`<section aria-labelledby=${`group-${g.typename}`} class="result-group">
            <h2 id=${`group-${g.typename}`}>${g.title()} <span class="count">${g.hits.length}</span></h2>
            <ul class="hits">
              ${g.hits.map(
                (hit) =>
                  html`<li>
                    <a href=${hitPath(hit)}
                      >${hit.__typename === 'Document' && hit.code ? hit.code : hit.name}</a
                    >
                    <span class="detail"
                      >${hit.__typename === 'Document' && hit.code ? hit.name : hitDetail(hit)}</span
                    >
                  </li>`,
              )}
            </ul>
          </section>`,
      )}
    </div>`;
}

export function homePage(): TemplateResult {
  return html`<div class="home">
    <h1>${t.appName}</h1>
    ${searchForm('', 'home-search')}
    <p class="hint">${t.searchHint}</p>
  </div>`;
}

/**
 * The search box: suggestions appear while typing (debounced), arrow keys move through them, Enter
 * opens the chosen one or, with none chosen, the results page. `onPick` replaces navigation when
 * the box is used to choose an entity (the network's "connect to").
 */
export function searchForm(value: string, id: string, onPick?: (hit: Hit) => void): TemplateResult {
  const listId = `${id}-suggestions`;
  let timer: number | undefined;
  let hits: Hit[] = [];
  let active = -1;
  let requestNo = 0;

  const parts = (event: Event) => {
    const form = (event.target as HTMLElement).closest('form')!;
    return {
      form,
      input: form.querySelector('input')!,
      list: form.querySelector<HTMLElement>(`#${listId}`)!,
    };
  };
  const draw = (input: HTMLInputElement, list: HTMLElement) => {
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
    render(
      hits.map(
        (hit, i) =>
          html`<li
            id=${`${listId}-${i}`}
            role="option"
            aria-selected=${String(i === active)}
            @mousedown=${(e: Event) => {
              e.preventDefault();
              choose(hit);
            }}
          >
            <span class="suggestion-type">${t[hit.__typename]}</span>
            <span class="suggestion-name"
              >${hit.__typename === 'Document' && hit.code ? hit.code : hit.name}</span
            >
            <span class="detail">${hitDetail(hit)}</span>
          </li>`,
      ),
      list,
    );
  };
  const choose = (hit: Hit) => {
    hits = [];
    active = -1;
    for (const list of document.querySelectorAll<HTMLElement>(`#${listId}`)) render([], list);
    if (onPick) onPick(hit);
    else navigate(hitPath(hit));
  };
  const onInput = (event: Event) => {
    const { input, list } = parts(event);
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      hits = [];
      active = -1;
      draw(input, list);
      return;
    }
    timer = window.setTimeout(async () => {
      const mine = ++requestNo;
      const found = await searchEntities(query, 8).catch(() => []);
      if (mine !== requestNo) return;
      hits = found;
      active = -1;
      draw(input, list);
    }, 150);
  };
  const onKeydown = (event: KeyboardEvent) => {
    const { input, list } = parts(event);
    if (event.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      event.preventDefault();
    } else if (event.key === 'Escape') {
      hits = [];
      active = -1;
    } else if (event.key === 'Enter' && active >= 0 && hits[active]) {
      event.preventDefault();
      choose(hits[active]!);
      return;
    } else return;
    draw(input, list);
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const { input } = parts(event);
    if (onPick) {
      if (hits[0]) choose(hits[0]);
      return;
    }
    if (input.value.trim()) navigate(`/search?q=${encodeURIComponent(input.value.trim())}`);
  };
  const onBlur = (event: Event) => {
    const { input, list } = parts(event);
    window.setTimeout(() => {
      hits = [];
      active = -1;
      draw(input, list);
    }, 100);
  };

  return html`<form class="search-form" role="search" @submit=${onSubmit}>
    <label for=${id}>${onPick ? t.connectLabel : t.searchLabel}</label>
    <div class="search-row">
      <div class="combobox">
        <input
          id=${id}
          name="q"
          type="search"
          autocomplete="off"
          .value=${value}
          placeholder=${t.searchPlaceholder}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded="false"
          aria-controls=${listId}
          @input=${onInput}
          @keydown=${onKeydown}
          @blur=${onBlur}
        />
        <ul id=${listId} role="listbox" class="suggestions" aria-label=${t.searchLabel}></ul>
      </div>
      <button type="submit">${onPick ? t.connectButton : t.searchButton}</button>
    </div>
  </form>`;
}

/** Set by main.ts: moves to a path inside the app (History API). */
export let navigate: (path: string) => void = (path) => location.assign(path);
export function setNavigator(fn: (path: string) => void): void {
  navigate = fn;
}
