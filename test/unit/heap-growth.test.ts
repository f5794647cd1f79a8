// The heap bound `kg ingest` sets for itself (src/cli/heap-growth.ts, decision 0055) is left alone
// when the user sized the heap. Its effect on peak RSS and rate is measured by bench/ingest-growth.ts,
// not here (memory figures go in benchmarks).
import { describe, expect, it } from 'vitest';
import { boundHeapGrowth, userSizedHeap } from '../../src/cli/heap-growth.ts';

describe('heap growth bound', () => {
  it('is the user’s when they sized the heap in node flags or NODE_OPTIONS', () => {
    expect(userSizedHeap([], undefined)).toBe(false);
    expect(userSizedHeap(['--import', 'tsx'], '--enable-source-maps')).toBe(false);
    expect(userSizedHeap(['--max-old-space-size=256'], undefined)).toBe(true);
    expect(userSizedHeap([], '--max_old_space_size=512 --trace-gc')).toBe(true);
    expect(userSizedHeap([], '--max-heap-size=300')).toBe(true);
    expect(userSizedHeap(['--heap-growing-percent=80'], '')).toBe(true);
    expect(boundHeapGrowth(50, [], '--max-old-space-size=256')).toBe(false);
  });
});
