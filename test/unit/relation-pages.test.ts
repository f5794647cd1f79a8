// The items of one list ask their relation pages with the same field nodes and variables: they
// share one RelationPage (and the loaders one key), instead of one copy per item (decision 0088).
// What the page reads must still follow the request's arguments and variables.
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { relationPages } from '../../src/api/relation-pages.ts';
import { Loaders } from '../../src/api/loaders.ts';
import type { GraphReader } from '../../src/api/graph-reader.ts';
import type { SelectionInfo } from '../../src/api/paging.ts';

/** The `chairs` field nodes of an events page as graphql hands them to each event's resolver. */
function chairsNodes(query: string): readonly FieldNode[] {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const events = operation.selectionSet.selections[0] as FieldNode;
  const edges = events.selectionSet!.selections[0] as FieldNode;
  const node = edges.selectionSet!.selections[0] as FieldNode;
  const chairs = node.selectionSet!.selections.find((s) => (s as FieldNode).name.value === 'chairs');
  return [chairs as FieldNode];
}

const info = (fieldNodes: readonly FieldNode[], variableValues: Record<string, unknown>): SelectionInfo => ({
  fieldNodes,
  fragments: {},
  variableValues,
});

describe('relationPages', () => {
  const names = chairsNodes('{ events { edges { node { name chairs { edges { node { name } } } } } } }');

  it('gives the items of one list in one request the same page', () => {
    const variables = {};
    const pages = [1, 2, 3].map(() => relationPages.Event.chairs({}, info(names, variables)));
    expect(pages[1]).toBe(pages[0]);
    expect(pages[2]).toBe(pages[0]);
    expect(pages[0]!.window).toMatchObject({ offset: 0, limit: 20, withTotal: false, withEvidence: false });
    expect(pages[0]!.params).toEqual({ relation: 'CHAIRED' });
    expect(relationPages.Event.organizer()).toBe(relationPages.Event.organizer());
  });

  it('reads another request from its own variables, and other arguments as asked', () => {
    const withEvidence = chairsNodes(
      'query($n: Int) { events { edges { node { chairs { totalCount edges { evidence(first: $n) { sentence } } } } } } }',
    );
    const three = relationPages.Event.chairs({}, info(withEvidence, { n: 3 }));
    const seven = relationPages.Event.chairs({}, info(withEvidence, { n: 7 }));
    expect(three.window).toMatchObject({ withTotal: true, withEvidence: true, evidenceFirst: 3 });
    expect(seven.window).toMatchObject({ withTotal: true, withEvidence: true, evidenceFirst: 7 });
    const variables = { n: 3 };
    const five = relationPages.Event.chairs({ first: 5 }, info(withEvidence, variables));
    const ten = relationPages.Event.chairs({ first: 10 }, info(withEvidence, variables));
    expect([five.window.limit, ten.window.limit]).toEqual([5, 10]);
    expect(relationPages.Event.chairs({ first: 5 }, info(withEvidence, variables))).not.toBe(ten);
    expect(relationPages.Event.attendees({}, info(names, {})).params).toEqual({ relation: 'ATTENDED' });
  });
});

describe('Loaders and folded pages', () => {
  const noQuery = {
    rows: () => Promise.reject(new Error('a folded page was read again')),
  } as unknown as GraphReader;
  const names = chairsNodes('{ events { edges { node { chairs { edges { node { name } } } } } } }');

  it('answers a primed page from loadPage and from a loader made afterwards, without a query', async () => {
    const loaders = new Loaders(noQuery);
    const spec = relationPages.Event.chairs({}, info(names, {}));
    const page = { edges: [], totalCount: 0, pageInfo: { hasNextPage: false } } as never;
    loaders.primePage(spec, 'event:1', page);
    // Another request's page of the same shape has the same key: the fold and the resolver meet on it.
    const again = relationPages.Event.chairs({}, info(names, {}));
    expect(again).not.toBe(spec);
    expect(loaders.loadPage(again, 'event:1')).toBe(page);
    await expect(loaders.paged(again.relation, again.window, again.params).load('event:1')).resolves.toBe(
      page,
    );
  });
});
