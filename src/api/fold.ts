// One round trip for a root entity and the pages its fields ask for (issue 15, decision 0032).
// Resolved level by level, `document(code:) { issuer implementedBy { edges { evidence { article } } } }`
// costs four Cypher statements in a row: the document, its issuer and implementers, then the
// evidence's articles. Here the root field's resolver looks ahead at its selection, finds the paged
// relation fields of src/api/relation-pages.ts, and reads the root, every such page (with its total
// and evidence, as asked) and the cited articles in one statement built from the same named queries
// (queries/templates/folded-*.cypher). It then primes the request's DataLoaders with what it read
// under the keys the child resolvers ask, so they resolve from memory and the answer is the one the
// level-by-level path gives.
// Only realm-free helpers of graphql-js here (Kind strings, untyped values): its type predicates
// (isObjectType, getArgumentValues) refuse the schema's objects when a test runner has loaded
// graphql-js twice (ESM and CommonJS), and the schema's own methods are enough.
import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cypherFolder } from '../../ingest/base/cypher-files.ts';
import { projectRoot } from '../config.ts';
import type { ApiContext } from './context.ts';
import type { NamedCypher } from './cypher.ts';
import { int, type Row } from './graph-reader.ts';
import { evidenceLimitOf, pageFromRow, pageParams } from './loaders.ts';
import type { ArticleNode, EventNode, GraphNode } from './model.ts';
import { selectsIdOnly, type SelectionInfo } from './paging.ts';
import { relationPageOf, type FoldableType, type RelationPage } from './relation-pages.ts';
import { nodeOf } from './rows.ts';

const templateFile = cypherFolder(pathToFileURL(`${path.join(projectRoot, 'queries', 'templates')}/`));
const REQUEST = templateFile('folded-request').statement;
const PAGE = templateFile('folded-page').statement;
const NODE_ROOTS = templateFile('folded-node-roots').statement;
const LIST_ROOTS = templateFile('folded-list-roots').statement;
const EVENT_PARTICIPANTS = templateFile('folded-event-participants').statement;

/**
 * The root field's own query: rows with a `node` column (nodes-by-id, documents-by-code), or, with
 * `list`, a keyset list's one row `{total, page, hasMore}` whose page items are the roots (events-list).
 */
export interface RootQuery {
  query: NamedCypher;
  params: Record<string, unknown>;
  list?: boolean;
}

/** Whether a relation query can be folded: its rows carry `hasMore` (the summary-paged claim relations do). */
const foldable = (page: RelationPage) => /\bAS hasMore\s*$/.test(page.relation.query.text);

/**
 * A block of a named query that a folded statement leaves out when its parameter is off: the
 * block's first line ends with `// unless $name: <replacement>` and its last with `// end unless`.
 * Run as it is (by the loaders, or by a user), the block stays and its own guard (`WHERE $name`)
 * skips its work; a folded statement, whose text is built per shape, replaces it by the
 * replacement when `$name` is false or 0 — the planner cannot drop a branch on a parameter's
 * value, and each guarded subquery still cost an Apply per row and most of its planning
 * (decision 0073: the events page's database CPU −14 %, its planning 1.5 s → 0.5 s).
 */
const UNLESS = /^([ \t]*)[^\n]*?\/\/ unless \$(\w+): ([^\n]+)\n[\s\S]*?\/\/ end unless[ \t]*$/gm;

/** Whether a parameter switches its `// unless` blocks on: true, or a number (a driver Integer too) other than 0. */
function switchedOn(value: unknown): boolean {
  if (value !== null && typeof value === 'object' && 'toNumber' in value)
    return (value as { toNumber(): number }).toNumber() !== 0;
  return Boolean(value);
}

/**
 * A block of a named query that a folded statement writes for the value of a string parameter
 * (decision 0079): its first line ends with one or more `// when $name = 'VALUE': <replacement>`
 * markers and its last with `// end when`. A folded statement writes the replacement of the first
 * marker whose parameter has that value in place of the block; run as it is, or for a value no
 * marker names, the block stays. A relationship type cannot be a parameter: `document-organizations`
 * read both relations' types and filtered, or sought in one `UNION` branch per type, and each cost
 * its plan and its operators whichever relation was asked.
 */
const WHEN = /^([ \t]*)[^\n]*?\/\/ when \$\w+ = '[^'\n]*': [^\n]*\n[\s\S]*?\/\/ end when[ \t]*$/gm;
const WHEN_MARKER = /\/\/ when \$(\w+) = '([^'\n]*)': (.*?)(?=\s*\/\/ when \$|\s*$)/gm;

/** A switch of a folded text: an `// unless $name` block (on when the value is), or a `// when $name = 'value'` line (on when it equals). */
interface Switch {
  name: string;
  value?: string;
}
const isOn = (s: Switch, params: Record<string, unknown>) =>
  s.value === undefined ? switchedOn(params[s.name]) : params[s.name] === s.value;

/**
 * The switches of a query's `// unless` blocks and `// when` lines, in order (part of a folded
 * statement's shape). Read once per query: the shape's key is built on every folded request.
 */
const switchesOfQuery = new WeakMap<NamedCypher, Switch[]>();
function switchesOf(query: NamedCypher): Switch[] {
  let switches = switchesOfQuery.get(query);
  if (!switches)
    switchesOfQuery.set(
      query,
      (switches = [
        ...[...query.text.matchAll(UNLESS)].map((m) => ({ name: m[2]! })),
        ...[...query.text.matchAll(WHEN_MARKER)].map((m) => ({ name: m[1]!, value: m[2]! })),
      ]),
    );
  return switches;
}

/**
 * The query's text with each `// unless $name` block replaced where `params[name]` is off, and
 * each `// when` block by the replacement of its first marker whose value `params` holds.
 */
export function specialisedText(text: string, params: Record<string, unknown>): string {
  return text
    .replace(UNLESS, (block, indent: string, name: string, replacement: string) =>
      switchedOn(params[name]) ? block : `${indent}${replacement}`,
    )
    .replace(WHEN, (block, indent: string) => {
      const opening = block.slice(0, block.indexOf('\n'));
      for (const [, name, value, replacement] of opening.matchAll(WHEN_MARKER))
        if (params[name!] === value) return `${indent}${replacement}`;
      return block;
    });
}

/**
 * Under a list's roots (`rootNodes`, folded-list-roots.cypher), a page query's opening
 * `UNWIND $ids AS parentId MATCH (x:<type> {id: parentId})` reads the roots' nodes as they are:
 * the same nodes in the same order, without an index seek each (decision 0073).
 */
const SEEK_BY_ID = /^UNWIND \$ids AS parentId\nMATCH \((\w+):(\w+) \{id: parentId\}\)$/m;

function fromRootNodes(text: string, type: string): string {
  return text.replace(SEEK_BY_ID, (seek, variable: string, label: string) =>
    label === type ? `UNWIND rootNodes AS ${variable}\nWITH ${variable}.id AS parentId, ${variable}` : seek,
  );
}

/** A part's parameters renamed with its prefix in its text (prefixedParams renames the values sent). */
function prefixedText(text: string, prefix: string): string {
  return text.replace(/\$([A-Za-z_]\w*)/g, (_m, name: string) => `$${prefix}${name}`);
}

function prefixedParams(params: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in params) out[`${prefix}${key}`] = params[key];
  return out;
}

/** The child fields of `fieldNodes`' selections that run on `type`, by response key (fragments followed). */
function childFields(
  info: GraphQLResolveInfo,
  type: string,
  fieldNodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const byKey = new Map<string, FieldNode[]>();
  const objectType = info.schema.getType(type) as GraphQLObjectType;
  // A fragment on an interface (`... on Node`) applies when the type implements it.
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type) return true;
    const named = info.schema.getType(condition);
    return Boolean(named && info.schema.isSubType(named as never, objectType));
  };
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'Field') {
        const key = sel.alias?.value ?? sel.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), sel]);
      } else if (sel.kind === 'InlineFragment') {
        if (applies(sel.typeCondition?.name.value)) visit(sel.selectionSet);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return byKey;
}

/**
 * The `node` fields under `edges` of a connection field (fragments followed): where a list root's
 * items select their own fields. A list's connection and edge types implement no interface, so
 * every fragment inside applies.
 */
function edgeNodeFields(info: GraphQLResolveInfo): FieldNode[] {
  const within = (set: SelectionSetNode | undefined, name: string): FieldNode[] =>
    (set?.selections ?? []).flatMap((sel) => {
      if (sel.kind === 'Field') return sel.name.value === name ? [sel] : [];
      if (sel.kind === 'InlineFragment') return within(sel.selectionSet, name);
      return within(info.fragments[sel.name.value]?.selectionSet, name);
    });
  return info.fieldNodes
    .flatMap((connection) => within(connection.selectionSet, 'edges'))
    .filter((edges) => (edges.directives ?? []).length === 0)
    .flatMap((edges) => within(edges.selectionSet, 'node'))
    .filter((node) => (node.directives ?? []).length === 0);
}

/**
 * The field's arguments as its resolver receives them, for the scalar arguments of the paged
 * fields: literals and variables (already coerced), the schema's default where none is given.
 */
function argumentsOf(
  definition: GraphQLField<unknown, unknown>,
  field: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of definition.args) {
    const given = field.arguments?.find((a) => a.name.value === arg.name)?.value;
    const unset = !given || (given.kind === Kind.VARIABLE && !(given.name.value in variables));
    if (!unset) args[arg.name] = valueFromASTUntyped(given, variables);
    else if (arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
  }
  return args;
}

/**
 * Whether the field selects the path of nested fields (`edges`, `evidence`, `article`), fragments
 * followed, with a last field for which `counts` holds.
 */
function selectsPath(info: SelectionInfo, names: string[], counts: (last: FieldNode) => boolean): boolean {
  const within = (set: SelectionSetNode | undefined, rest: string[]): boolean =>
    (set?.selections ?? []).some((sel) => {
      if (sel.kind === 'Field')
        return (
          sel.name.value === rest[0] &&
          (rest.length === 1 ? counts(sel) : within(sel.selectionSet, rest.slice(1)))
        );
      if (sel.kind === 'InlineFragment') return within(sel.selectionSet, rest);
      return within(info.fragments[sel.name.value]?.selectionSet, rest);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, names));
}

/** The pages the roots' children (`fieldNodes`' selections) ask of `type`, each once, and whether any shows its evidence's articles. */
function plannedPages(
  info: GraphQLResolveInfo,
  type: FoldableType,
  fieldNodes: readonly FieldNode[],
): { pages: RelationPage[]; withArticles: boolean } {
  const objectType = info.schema.getType(type) as GraphQLObjectType;
  const pages = new Map<string, RelationPage>();
  let withArticles = false;
  for (const nodes of childFields(info, type, fieldNodes).values()) {
    const field = nodes[0]!;
    const spec = relationPageOf(type, field.name.value);
    const definition = objectType.getFields()[field.name.value];
    // @skip / @include are decided by graphql-js; such a field is left to resolve on its own.
    if (!spec || !definition || nodes.some((n) => (n.directives ?? []).length > 0)) continue;
    const child: SelectionInfo = {
      fieldNodes: nodes,
      fragments: info.fragments,
      variableValues: info.variableValues,
    };
    let page: RelationPage;
    try {
      page = spec(argumentsOf(definition, field, info.variableValues), child);
    } catch {
      continue; // an argument out of range: the field's own resolver reports it, in its place
    }
    if (!foldable(page)) continue;
    pages.set(JSON.stringify([page.relation.query.name, page.window, page.params]), page);
    // An article asked by its id alone is answered from the claim's article id (decision 0073).
    withArticles ||= selectsPath(
      child,
      ['edges', 'evidence', 'article'],
      (article) => !selectsIdOnly(article, child),
    );
  }
  return { pages: [...pages.values()], withArticles };
}

/**
 * The one statement reading the root and `pages` of each root (and their evidence's articles), with
 * its parameters. `type` is the roots' label: under a list's roots, the pages that seek their
 * parent by id with that label read the list's nodes instead.
 */
export function foldedStatement(
  root: RootQuery,
  pages: RelationPage[],
  withArticles: boolean,
  type?: string,
): { query: NamedCypher; params: Record<string, unknown> } {
  const rootParams = prefixedParams(root.params, 'root_');
  const unprefixed = pages.map((page) => pageParams(page.window, page.params));
  const pageParamSets = unprefixed.map((params, i) => prefixedParams(params, `p${i}_`));
  return {
    query: foldedQuery(root, pages, unprefixed, type, withArticles),
    params: Object.assign({ withArticles }, rootParams, ...pageParamSets) as Record<string, unknown>,
  };
}

/**
 * The folded statements built so far, by their parts' names: the text depends on the named
 * queries only (a request's values travel as parameters), so a question asked again reuses it
 * rather than rewriting every part's parameters (decision 0054). The shapes are few (one per
 * combination of folded fields); the map is cleared if a client makes it large.
 */
const foldedQueries = new Map<string, NamedCypher>();
const MAX_FOLDED_SHAPES = 256;

/** The folded statement of a shape's key: the one built before, or `build`'s, kept for the next request. */
function foldedShape(key: string, build: () => NamedCypher): NamedCypher {
  const known = foldedQueries.get(key);
  if (known) return known;
  const query = build();
  if (foldedQueries.size >= MAX_FOLDED_SHAPES) foldedQueries.clear();
  foldedQueries.set(key, query);
  return query;
}

/** Which of a query's `// unless` and `// when` switches are on for `params`, one digit each (part of a shape's key). */
function switchKey(query: NamedCypher, params: Record<string, unknown>): string {
  return switchesOf(query)
    .map((s) => (isOn(s, params) ? 1 : 0))
    .join('');
}

/** The root query's text for a folded statement: specialised before its prefix is added, as the markers name the parameters unprefixed. */
function rootTextOf(root: RootQuery): string {
  return prefixedText(specialisedText(root.query.text, root.params), 'root_');
}

function foldedQuery(
  root: RootQuery,
  pages: RelationPage[],
  pageParamSets: Record<string, unknown>[],
  type: string | undefined,
  withArticles: boolean,
): NamedCypher {
  const name = `folded:${root.query.name}+${pages.map((p) => p.relation.query.name).join('+')}`;
  // The shape: the parts, and which of their `// unless` and `// when` switches are on (one digit each).
  const switches = [
    switchKey(root.query, root.params),
    ...pages.map((page, i) => switchKey(page.relation.query, pageParamSets[i]!)),
  ].join('.');
  const fromNodes = root.list && type ? type : '';
  const key = `${name}${root.list ? ':list' : ''}:${fromNodes}:${switches}:${withArticles ? 1 : 0}`;
  return foldedShape(key, () => {
    const rootText = rootTextOf(root);
    const pageTexts = pages.map((page, i) => {
      let text = specialisedText(page.relation.query.text, pageParamSets[i]!);
      if (fromNodes) text = fromRootNodes(text, fromNodes);
      return PAGE.replace('{{statement}}', () =>
        prefixedText(text.replace(/\$ids\b/, 'ids'), `p${i}_`),
      ).replaceAll('{{name}}', `p${i}`);
    });
    // Function replacers: the parts' `$` parameters must not be read as replacement patterns.
    const text = specialisedText(REQUEST, { withArticles })
      .replace('{{root}}', () => rootText)
      .replace('{{roots}}', () => (root.list ? LIST_ROOTS : NODE_ROOTS))
      .replace('{{pages}}', () => pageTexts.join('\n'))
      .replace('{{pageNames}}', pages.map((_, i) => `p${i}`).join(', '));
    return { name, text };
  });
}

/**
 * Reads the roots together with the pages their children (the selections of `fieldNodes`) ask, in
 * one statement, and primes the request's loaders with them. Null when the selection has no page
 * to fold: the caller then reads the root as it always did.
 */
async function foldedRead<N extends GraphNode>(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  type: FoldableType & N['__typename'],
  root: RootQuery,
  fieldNodes: readonly FieldNode[],
  planned = plannedPages(info, type, fieldNodes),
): Promise<{ roots: N[]; list: Row | null } | null> {
  const { pages, withArticles } = planned;
  if (pages.length === 0) return null;

  const statement = foldedStatement(root, pages, withArticles, type);
  const [row] = await ctx.reader.rows(statement.query, statement.params);

  const roots = ((row?.roots as Row[] | undefined) ?? []).map((raw) => nodeOf<N>(type, raw));
  const pageRows = (row?.pages as Row[][] | undefined) ?? [];
  pages.forEach((page, i) => {
    const byParent = new Map((pageRows[i] ?? []).map((r) => [r.parentId as string, r]));
    for (const node of roots)
      ctx.loaders.primePage(page, node.id, pageFromRow(page.relation, page.window, byParent.get(node.id)));
  });
  for (const raw of (row?.articles as Row[] | undefined) ?? [])
    ctx.loaders.primeNode(nodeOf<ArticleNode>('Article', raw));
  return { roots, list: (row?.list as Row | null | undefined) ?? null };
}

/**
 * Reads the root field's nodes together with the pages its children ask, in one statement (a
 * node root: person, organization, document, event). Null when there is no page to fold.
 */
export async function foldedRoots<N extends GraphNode>(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  type: FoldableType & N['__typename'],
  root: RootQuery,
): Promise<N[] | null> {
  return (await foldedRead<N>(ctx, info, type, root, info.fieldNodes))?.roots ?? null;
}

/**
 * A keyset list's page (`root.list`: events-list) read together with the pages its items' fields
 * ask (`edges { node { chairs … } }`), in one statement (decision 0045): the row the list query
 * alone returns, `{total, page, hasMore}`, its page items' pages primed. Null when the items ask
 * no page to fold: the caller then runs the list query as it always did.
 */
export async function foldedList<N extends GraphNode>(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  type: FoldableType & N['__typename'],
  root: RootQuery & { list: true },
): Promise<Row | null> {
  const fieldNodes = edgeNodeFields(info);
  const planned = plannedPages(info, type, fieldNodes);
  const participants = type === 'Event' ? participantPages(planned.pages) : null;
  if (participants) return eventParticipantsList(ctx, root, participants);
  const read = await foldedRead<N>(ctx, info, type, root, fieldNodes, planned);
  if (!read) return null;
  return { ...read.list, page: read.roots };
}

/** The participant pages folded-event-participants.cypher reads, by its columns. */
const PARTICIPANT_COLUMNS = ['chairs', 'attendees', 'organizers'] as const;
type ParticipantPages = Partial<Record<(typeof PARTICIPANT_COLUMNS)[number], RelationPage>>;

/**
 * The events' pages as folded-event-participants.cypher reads them, when every page the items ask
 * is one: the first page of chairs, attendees or organizers (`organizer` is their first edge),
 * showing nodes alone — no total, no evidence, no summary figures — and each relation once (two
 * windows of one relation, under aliases, go the generic way). Null otherwise.
 */
export function participantPages(pages: RelationPage[]): ParticipantPages | null {
  const chosen: ParticipantPages = {};
  for (const page of pages) {
    const { window, params } = page;
    if (window.offset !== 0 || window.withTotal !== false || window.withSummary !== false) return null;
    if (evidenceLimitOf(window) !== 0) return null;
    const column =
      page.relation.query.name === 'event-organizers'
        ? 'organizers'
        : page.relation.query.name === 'event-people' && params.relation === 'CHAIRED'
          ? 'chairs'
          : page.relation.query.name === 'event-people' && params.relation === 'ATTENDED'
            ? 'attendees'
            : null;
    if (!column || chosen[column]) return null;
    chosen[column] = page;
  }
  return pages.length > 0 ? chosen : null;
}

/** The statement of an events page with its participant pages (folded-event-participants.cypher), and its parameters. */
export function eventParticipantsStatement(
  root: RootQuery,
  participants: ParticipantPages,
): { query: NamedCypher; params: Record<string, unknown> } {
  const limits = Object.fromEntries(
    PARTICIPANT_COLUMNS.map((column) => [`${column}Limit`, int(participants[column]?.window.limit ?? 0)]),
  );
  const on = PARTICIPANT_COLUMNS.map((column) => (participants[column] ? 1 : 0)).join('');
  const key = `participants:${root.query.name}:${switchKey(root.query, root.params)}:${on}`;
  const query = foldedShape(key, () => ({
    name: `folded:${root.query.name}+participants`,
    text: specialisedText(EVENT_PARTICIPANTS, limits).replace('{{root}}', () => rootTextOf(root)),
  }));
  return { query, params: { ...prefixedParams(root.params, 'root_'), ...limits } };
}

/**
 * Reads an events page and its participant pages in one statement, one row per event
 * (folded-event-participants.cypher, decision 0078), primes the loaders with the pages the
 * generic folded statement would have given, and returns the list's row `{total, page, hasMore}`.
 */
async function eventParticipantsList(
  ctx: ApiContext,
  root: RootQuery,
  participants: ParticipantPages,
): Promise<Row> {
  const statement = eventParticipantsStatement(root, participants);
  const rows = await ctx.reader.rows(statement.query, statement.params);
  const page: EventNode[] = [];
  for (const row of rows) {
    if (!row.root) continue; // the one row of an empty page
    const event = nodeOf<EventNode>('Event', row.root);
    page.push(event);
    for (const column of PARTICIPANT_COLUMNS) {
      const spec = participants[column];
      if (!spec) continue;
      const nodes = (row[column] as Row[] | undefined) ?? [];
      const edges = nodes.slice(0, spec.window.limit).map((node) => ({ node }));
      ctx.loaders.primePage(
        spec,
        event.id,
        pageFromRow(spec.relation, spec.window, {
          total: 0,
          edges,
          hasMore: nodes.length > spec.window.limit,
        }),
      );
    }
  }
  return { total: rows[0]?.total ?? 0, hasMore: rows[0]?.hasMore ?? false, page };
}
