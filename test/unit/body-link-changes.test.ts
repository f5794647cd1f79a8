// The loader's difference of body links (decision 0053): which ordered pairs of bodies a batch's
// events and people link before and after it, and what that changes per pair.
import { describe, expect, it } from 'vitest';
import { bodyLinkChanges, pairsLinkedBy } from '../../ingest/load/body-links.ts';

const p = (personId: string, ...bodyIds: string[]) => ({ personId, bodyIds });

describe('pairsLinkedBy', () => {
  it('links the bodies of two different participants, never a body with itself', () => {
    expect([...pairsLinkedBy([p('a', 'X'), p('b', 'Y', 'X')])].sort()).toEqual(
      ['X\u0000Y', 'Y\u0000X'].sort(),
    );
  });

  it('does not link the two bodies of one lone participant through the event', () => {
    expect(pairsLinkedBy([p('a', 'X', 'Y')]).size).toBe(0);
  });
});

describe('bodyLinkChanges', () => {
  it('adds one shared event when a new participant brings the first official of a body', () => {
    const changes = bodyLinkChanges(
      [{ eventId: 'e', participants: [p('a', 'X'), p('b', 'Y')] }],
      new Map([['e', new Set(['b'])]]),
      new Map(),
      new Map(),
    );
    expect(changes).toEqual([
      { fromId: 'X', toId: 'Y', events: 1, addPeople: [], dropPeople: [] },
      { fromId: 'Y', toId: 'X', events: 1, addPeople: [], dropPeople: [] },
    ]);
  });

  it('changes nothing when the event already linked the pair', () => {
    const changes = bodyLinkChanges(
      [{ eventId: 'e', participants: [p('a', 'X'), p('b', 'Y'), p('c', 'Y')] }],
      new Map([['e', new Set(['c'])]]),
      new Map(),
      new Map(),
    );
    expect(changes).toEqual([]);
  });

  it('makes a person who gains a second body a shared person, and their events shared events', () => {
    const changes = bodyLinkChanges(
      [{ eventId: 'e', participants: [p('a', 'X', 'Y'), p('b', 'X')] }],
      new Map(),
      new Map([['a', ['X']]]),
      new Map([['a', ['X', 'Y']]]),
    );
    expect(changes).toEqual([
      { fromId: 'X', toId: 'Y', events: 1, addPeople: ['a'], dropPeople: [] },
      { fromId: 'Y', toId: 'X', events: 1, addPeople: ['a'], dropPeople: [] },
    ]);
  });
});
