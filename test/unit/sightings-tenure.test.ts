// A holder only ever seen in a post has the tenure its HOLDS statements give (tenuresOf), and the
// summary of their sightings (first, last, how many) is all that tenure needs but its evidence:
// organization-leaders.cypher reads the summary instead of every statement (decision 0061).
import { describe, expect, it } from 'vitest';
import { sightingsTenure, tenuresOf, type Statement } from '../../src/analytics/tenures.ts';
import type { PersonNode, PositionNode } from '../../src/api/model.ts';

const person: PersonNode = { __typename: 'Person', id: 'person:a', name: 'Lê Văn A' };
const position: PositionNode = { __typename: 'Position', id: 'position:b', name: 'Bí thư', role: 'Bí thư' };

const sighting = (asOf: string | null, articleId: string, start = 0): Statement => ({
  kind: 'HOLDS',
  statedOn: null,
  articleId,
  sentence: `Bí thư Lê Văn A (${articleId}).`,
  sentenceIndex: 0,
  start,
  end: start + 6,
  asOf,
  extractor: null,
});

describe('sightingsTenure', () => {
  it('equals the tenure of the statements it summarises, but for the evidence left to read', () => {
    const statements = [
      sighting('2021-05-02', 'article:c'),
      sighting('2019-01-10', 'article:b'),
      sighting(null, 'article:undated'),
      sighting('2023-11-30', 'article:a', 4),
      sighting('2019-01-10', 'article:a'),
    ];
    const [fromStatements, ...more] = tenuresOf(person, position, statements);
    expect(more).toEqual([]);
    const fromSummary = sightingsTenure(
      person,
      position,
      { firstSeen: '2019-01-10', lastSeen: '2023-11-30', evidence: statements.length },
      [position.id],
    );
    expect({ ...fromSummary, evidence: fromStatements!.evidence }).toEqual({
      ...fromStatements,
      evidenceCount: statements.length,
      sightingsOf: [position.id],
    });
    expect(fromSummary!.evidenceCount).toBe(fromStatements!.evidence.length);
  });

  it('gives no tenure when no sighting is dated, as tenuresOf does', () => {
    expect(tenuresOf(person, position, [sighting(null, 'article:x')])).toEqual([]);
    expect(
      sightingsTenure(person, position, { firstSeen: null, lastSeen: null, evidence: 1 }, [position.id]),
    ).toBeNull();
  });
});
