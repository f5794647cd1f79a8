// province-events.cypher's parameters (decision 0069): the seek of a province's events is bounded
// by the cursor's date on the side the order moves away from, and open otherwise.
import { describe, expect, it } from 'vitest';
import { provinceEventsParams } from '../../src/api/resolvers/dashboards.ts';

const NONE = { afterKey: '', afterName: '', afterId: '' };
const AFTER = { afterKey: '2024-03-05', afterName: 'Hội nghị', afterId: 'event:1' };

describe('provinceEventsParams', () => {
  it('opens both ends on a first page, either order', () => {
    for (const desc of [true, false])
      expect(provinceEventsParams('Đồng Tháp', desc, NONE, 20, true)).toMatchObject({
        province: 'Đồng Tháp',
        desc,
        upper: '9999-12-31',
        lower: '',
        afterId: '',
        withTotal: true,
      });
  });

  it("bounds newest first from above and oldest first from below by the cursor's date", () => {
    expect(provinceEventsParams('Đồng Tháp', true, AFTER, 20, false)).toMatchObject({
      upper: '2024-03-05',
      lower: '',
      ...AFTER,
      withTotal: false,
    });
    expect(provinceEventsParams('Đồng Tháp', false, AFTER, 20, false)).toMatchObject({
      upper: '9999-12-31',
      lower: '2024-03-05',
    });
    // After an undated event (its key is ''), newest first reads only the undated ones.
    expect(provinceEventsParams('Đồng Tháp', true, { ...AFTER, afterKey: '' }, 20, false).upper).toBe('');
  });

  it('sends the page size as a Neo4j integer', () => {
    expect(provinceEventsParams('Đồng Tháp', true, NONE, 20, true).limit.toNumber()).toBe(20);
  });
});
