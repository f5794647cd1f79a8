// The explorer's shell and router: one page per URL (/, /search?q=, /person/:id, /body/:id,
// /document/:id, /event/:id, /post/:id, /network/:kind/:id), History API navigation so back and
// forward work and every view is a link, and the language switch.
import { html, render } from 'lit-html';
import { failure, loading } from './ui.ts';
import { language, setLanguage, t } from './i18n.ts';
import type { EntityKind } from './model.ts';
import { neighbourhood } from './network-data.ts';
import { PAGES } from './pages.ts';
import { homePage, resultsPage, searchForm, setNavigator } from './search.ts';
import './style.css';

const ENTITY_KINDS = new Set<EntityKind>(['person', 'body', 'document', 'event', 'post']);

const shell = document.getElementById('app')!;
let renderNo = 0;
/** The network page and sigma.js load only when a network is first opened (the first page stays small). */
let networkPage: typeof import('./network-page.ts') | null = null;

function header() {
  // The home and results pages have their own, larger search box; one is enough.
  const onEntityPage = location.pathname !== '/' && location.pathname !== '/search';
  return html`<a class="skip-link" href="#main">${t.skip}</a>
    <header class="site-header">
      <a class="brand" href="/">${t.appName}</a>
      ${onEntityPage ? html`<div class="header-search">${searchForm('', 'header-search')}</div>` : ''}
      <nav aria-label="menu">
        <a href="/graphiql">${t.graphiql}</a>
        <button
          class="language"
          lang=${language === 'vi' ? 'en' : 'vi'}
          @click=${() => {
            setLanguage(language === 'vi' ? 'en' : 'vi');
            void route();
          }}
        >
          ${t.switchLanguage}
        </button>
      </nav>
    </header>
    <main id="main" tabindex="-1"></main>`;
}

/** Marks the page ready for people and for the tests and bench (which wait on data-ready). */
function ready(title: string): void {
  document.title = `${title} · ${t.appName}`;
  document.body.dataset.ready = 'true';
  performance.mark('explorer-ready');
}

async function route(): Promise<void> {
  const mine = ++renderNo;
  document.body.dataset.ready = 'false';
  document.documentElement.lang = language;
  render(header(), shell);
  const main = shell.querySelector<HTMLElement>('main')!;
  const [, first, second, third] = location.pathname.split('/').map(decodeURIComponent);
  if (first !== 'network') networkPage?.unmountNetworkPage();
  try {
    if (!first) {
      render(homePage(), main);
      ready(t.appName);
      return;
    }
    render(loading(), main);
    if (first === 'search') {
      const query = new URLSearchParams(location.search).get('q') ?? '';
      const page = await resultsPage(query);
      if (mine !== renderNo) return;
      render(page, main);
      ready(query || t.search);
    } else if (first === 'network' && ENTITY_KINDS.has(second as EntityKind) && third) {
      // The neighbourhood is asked for while sigma.js loads, not after it: two round trips side by side.
      const first = neighbourhood(second as EntityKind, third);
      first.catch(() => {}); // awaited below; not an unhandled rejection while the chunk loads
      networkPage ??= await import('./network-page.ts');
      if (mine !== renderNo) return;
      await networkPage.mountNetworkPage(main, first);
      ready(`${t.network}: ${main.querySelector('h1')?.textContent ?? ''}`);
    } else if (ENTITY_KINDS.has(first as EntityKind) && second) {
      const page = await PAGES[first as EntityKind](second);
      if (mine !== renderNo) return;
      render(page, main);
      ready(main.querySelector('h1')?.textContent ?? t.appName);
    } else {
      render(html`<h1>${t.notFound}</h1>`, main);
      ready(t.notFound);
    }
  } catch (err) {
    if (mine !== renderNo) return;
    render(failure(err), main);
    ready(t.error);
  }
}

function navigate(path: string): void {
  if (path === location.pathname + location.search) return;
  history.pushState(null, '', path);
  void route().then(() => shell.querySelector<HTMLElement>('main')?.focus({ preventScroll: true }));
  window.scrollTo(0, 0);
}

setNavigator(navigate);

// Same-origin links inside the app navigate without reloading; /graphiql and /graphql are other apps.
document.addEventListener('click', (event) => {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const link = (event.target as Element).closest('a');
  if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
  if (link.pathname.startsWith('/graphiql') || link.pathname.startsWith('/graphql') || link.hash) return;
  event.preventDefault();
  navigate(link.pathname + link.search);
});

window.addEventListener('popstate', () => void route());
void route();
