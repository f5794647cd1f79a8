// The network page (lazy-loaded with sigma.js): an entity's neighbourhood, expanded on click, filtered
// by relation type and date range, with "how are these two connected", exports, and the same nodes and
// relations as a table, which is also how the keyboard reaches every node.
import { html, render, nothing } from 'lit-html';
import { download, toCsv } from './csv.ts';
import { showEvidence } from './evidence.ts';
import { formatDate, t } from './i18n.ts';
import { pathOf, type EntityKind } from './model.ts';
import {
  connectionPaths,
  edgePasses,
  neighbourhood,
  type ConnectionPath,
  type Neighbourhood,
  type EdgeFilter,
  type NetworkEdge,
  type NetworkNode,
} from './network-data.ts';
import { KIND_COLOURS, NetworkView, nextRender } from './network-view.ts';
import { searchForm, type Hit } from './search.ts';
import { failure } from './ui.ts';
import { KIND_OF_TYPENAME } from './model.ts';

const RELATIONS = ['HOLDS', 'CHAIRED', 'ATTENDED', 'ORGANIZED', 'ISSUED', 'IMPLEMENTS', 'PART_OF', 'OF'];

let current: NetworkView | null = null;

/**
 * Renders the network page into `main` from the entity's neighbourhood (asked for by the router
 * while this chunk loaded); resolves once it is drawn.
 */
export async function mountNetworkPage(
  main: HTMLElement,
  neighbourhoodAsked: Promise<Neighbourhood | null>,
): Promise<void> {
  current?.kill();
  const first = await neighbourhoodAsked;
  if (!first) {
    render(html`<h1>${t.notFound}</h1>`, main);
    return;
  }
  const nodes = new Map<string, NetworkNode>([[first.center.id, first.center]]);
  const edges = new Map<string, NetworkEdge>();
  const expanded = new Set<string>();
  const relations = new Set(RELATIONS);
  let from: string | null = null;
  let to: string | null = null;
  let selected: NetworkNode | null = first.center;
  let paths: ConnectionPath[] | null = null;
  let connecting = false;
  let connectError: unknown = null;

  const draw = () => render(page(), main);

  const view = () => current!;

  const merge = (newNodes: NetworkNode[], newEdges: NetworkEdge[]) => {
    for (const n of newNodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    // A path step repeats an edge already shown, with less on it (no dates): keep the first.
    for (const e of newEdges) if (!edges.has(e.key)) edges.set(e.key, e);
  };

  const expand = async (nodeId: string) => {
    const node = nodes.get(nodeId);
    if (!node || expanded.has(nodeId)) return;
    expanded.add(nodeId);
    const more = await neighbourhood(node.kind, node.id);
    if (!more) return;
    merge(more.nodes, more.edges);
    view().add(more.nodes, more.edges, nodeId);
    draw();
  };

  let filter: EdgeFilter | null = null;
  const applyFilter = () => {
    const all = relations.size === RELATIONS.length && !from && !to;
    filter = all ? null : { relations: new Set(relations), from, to };
    view().setFilter(filter);
    draw();
  };
  /** The edges the filters let through: what the picture shows, so what the table and CSV list. */
  const shownEdges = () => [...edges.values()].filter((e) => edgePasses(e, filter));

  const connect = async (hit: Hit) => {
    connecting = true;
    connectError = null;
    draw();
    try {
      paths = await connectionPaths(first.center.id, hit.id);
      const keys: string[] = [];
      for (const path of paths) {
        merge(path.nodes, path.edges);
        view().add(path.nodes, path.edges, first.center.id);
        keys.push(...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.key));
      }
      view().highlight(keys);
    } catch (err) {
      connectError = err;
    } finally {
      connecting = false;
      draw();
    }
  };

  const edgeTitle = (e: NetworkEdge) =>
    `${nodes.get(e.source)?.label ?? ''} — ${e.detail ?? t.relation[e.relation] ?? e.relation} — ${nodes.get(e.target)?.label ?? ''}`;
  const openEvidence = (e: NetworkEdge) =>
    showEvidence({
      title: edgeTitle(e),
      names: [nodes.get(e.source)?.label ?? '', nodes.get(e.target)?.label ?? '', e.detail ?? ''],
      evidenceCount: e.evidenceCount,
      evidence: e.evidence,
    });

  const dateInput = (label: string, set: (value: string | null) => void) =>
    html`<label
      >${label}
      <input
        type="date"
        @change=${(e: Event) => {
          set((e.target as HTMLInputElement).value || null);
          applyFilter();
        }}
    /></label>`;

  const rows = () =>
    shownEdges().map((e) => ({
      [t.name]: nodes.get(e.source)?.label,
      [t.relationTypes]: e.detail ?? t.relation[e.relation] ?? e.relation,
      [`${t.name} 2`]: nodes.get(e.target)?.label,
      [t.firstSeen]: e.firstSeen,
      [t.lastSeen]: e.lastSeen,
      [t.articlesCount]: e.articles,
      URL: e.evidence
        .map((x) => x.article.url)
        .filter(Boolean)
        .join(' | '),
    }));

  const page = () =>
    html`<header class="entity-header">
        <p class="entity-type">${t.network}</p>
        <h1>${first.center.label}</h1>
        <p class="entity-actions">
          <a class="button" href=${pathOf(first.center.kind, first.center.id)}>${t.openPage}</a>
        </p>
      </header>
      <div class="network-layout">
        <div class="network-main">
          <div
            id="network-canvas"
            class="network-canvas"
            role="img"
            aria-label=${`${t.network}: ${first.center.label}. ${t.networkHelp}`}
          ></div>
          <p class="hint">${t.networkHelp}</p>
          <ul class="legend" aria-label="legend">
            ${(Object.keys(KIND_COLOURS) as EntityKind[]).map(
              (k) =>
                html`<li>
                  <span class="swatch" style=${`background:${KIND_COLOURS[k]}`}></span
                  >${t[({ person: 'Person', body: 'Organization', document: 'Document', event: 'Event', post: 'Position' } as const)[k]]}
                </li>`,
            )}
          </ul>
          <div class="toolbar">
            <button
              class="secondary"
              @click=${async () => download('network.png', await view().toPng(first.center.label))}
            >
              ${t.exportPng}
            </button>
            <button
              class="secondary"
              @click=${() => download('network.svg', view().toSvg(first.center.label), 'image/svg+xml')}
            >
              ${t.exportSvg}
            </button>
            <button class="secondary" @click=${() => download('network.csv', toCsv(rows()))}>
              ${t.exportCsv}
            </button>
          </div>
        </div>
        <aside class="network-side">
          ${
            selected
              ? html`<section class="selected" aria-live="polite">
                  <h2>${selected.label}</h2>
                  <p class="entity-type">
                    ${t[({ person: 'Person', body: 'Organization', document: 'Document', event: 'Event', post: 'Position' } as const)[selected.kind]]}
                  </p>
                  <p>
                    <a class="button" href=${pathOf(selected.kind, selected.id)}>${t.openPage}</a>
                    <button ?disabled=${expanded.has(selected.id)} @click=${() => expand(selected!.id)}>
                      ${expanded.has(selected.id) ? t.expanded : t.expand}
                    </button>
                  </p>
                </section>`
              : nothing
          }
          <fieldset class="filters">
            <legend>${t.relationTypes}</legend>
            ${RELATIONS.map(
              (r) =>
                html`<label
                  ><input
                    type="checkbox"
                    .checked=${relations.has(r)}
                    @change=${(e: Event) => {
                      if ((e.target as HTMLInputElement).checked) relations.add(r);
                      else relations.delete(r);
                      applyFilter();
                    }}
                  />
                  ${t.relation[r]}</label
                >`,
            )}
          </fieldset>
          <fieldset class="filters">
            <legend>${t.dateRange}</legend>
            ${dateInput(t.from, (value) => (from = value))} ${dateInput(t.to, (value) => (to = value))}
          </fieldset>
          <section class="connect" aria-labelledby="connect-title">
            <h2 id="connect-title">${t.connectTitle}</h2>
            ${searchForm('', 'connect-search', connect)}
            ${connecting ? html`<p role="status">${t.loading}</p>` : nothing}
            ${connectError ? failure(connectError) : nothing}
            ${paths && paths.length === 0 ? html`<p role="status">${t.noConnection}</p>` : nothing}
            ${
              paths?.length
                ? html`<button
                      class="secondary"
                      @click=${() => {
                        paths = null;
                        view().highlight([]);
                        draw();
                      }}
                    >
                      ${t.clearHighlight}
                    </button>
                    <ol class="paths">
                      ${paths.map(
                        (p) =>
                          html`<li>
                            <strong>${t.pathLength(p.length)}</strong>
                            <ol>
                              ${p.edges.map(
                                (e) =>
                                  html`<li>
                                    ${edgeTitle(e)}
                                    ${
                                      e.evidence.length
                                        ? html`<button
                                            class="evidence-button"
                                            @click=${() => openEvidence(e)}
                                          >
                                            ${t.evidenceButton(e.articles)}
                                          </button>`
                                        : nothing
                                    }
                                  </li>`,
                              )}
                            </ol>
                          </li>`,
                      )}
                    </ol>`
                : nothing
            }
          </section>
        </aside>
      </div>
      <section aria-labelledby="network-rows-title" class="network-rows">
        <h2 id="network-rows-title">${t.nodes} <span class="count">${nodes.size}</span></h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${t.nodes}>
          <table class="network-nodes">
            <thead>
              <tr>
                <th scope="col">${t.name}</th>
                <th scope="col">${t.kind}</th>
                <th scope="col"></th>
              </tr>
            </thead>
            <tbody>
              ${[...nodes.values()].map(
                (n) =>
                  html`<tr>
                    <td><a href=${pathOf(n.kind, n.id)}>${n.label}</a></td>
                    <td>
                      ${t[({ person: 'Person', body: 'Organization', document: 'Document', event: 'Event', post: 'Position' } as const)[n.kind]]}
                    </td>
                    <td>
                      <button
                        class="secondary expand-button"
                        data-node=${n.id}
                        ?disabled=${expanded.has(n.id)}
                        @click=${() => expand(n.id)}
                      >
                        ${expanded.has(n.id) ? t.expanded : t.expand}<span class="visually-hidden"
                          >: ${n.label}</span
                        >
                      </button>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <h2>${t.edges} <span class="count">${shownEdges().length}</span></h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${t.edges}>
          <table>
            <thead>
              <tr>
                <th scope="col">${t.edges}</th>
                <th scope="col">${t.firstSeen}</th>
                <th scope="col">${t.lastSeen}</th>
                <th scope="col">${t.evidence}</th>
              </tr>
            </thead>
            <tbody>
              ${shownEdges().map(
                (e) =>
                  html`<tr>
                    <td>${edgeTitle(e)}</td>
                    <td>${formatDate(e.firstSeen)}</td>
                    <td>${formatDate(e.lastSeen)}</td>
                    <td>
                      ${e.evidence.length ? html`<button class="evidence-button" @click=${() => openEvidence(e)}>${t.evidenceButton(e.articles)}</button>` : '–'}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>`;

  draw();
  const container = main.querySelector<HTMLElement>('#network-canvas')!;
  current = new NetworkView(container, {
    onNodeClick: (nodeId) => {
      selected = nodes.get(nodeId) ?? null;
      draw();
      void expand(nodeId);
    },
    onEdgeClick: openEvidence,
  });
  expanded.add(first.center.id);
  merge(first.nodes, first.edges);
  const drawn = nextRender(current);
  current.add([first.center, ...first.nodes], first.edges);
  await drawn;
  draw();
}

export function unmountNetworkPage(): void {
  current?.kill();
  current = null;
}

export { KIND_OF_TYPENAME };
