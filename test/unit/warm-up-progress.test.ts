import { describe, expect, it } from 'vitest';
import { WarmUpProgress } from '../../src/api/warm-up.ts';

// What /readyz reads (src/api/server.ts): 503 "warming" only while the start's warm-up runs; the
// re-plan after an outage runs behind a server that was ready (decision 0084, amended).
describe('WarmUpProgress and readiness', () => {
  it('holds readiness during the first warm-up and reports its counts', () => {
    const progress = new WarmUpProgress();
    expect(progress.holdsReadiness).toBe(false);
    progress.begin(23);
    progress.queries.total = 95;
    progress.queries.done = 40;
    progress.operations.done = 3;
    expect(progress.holdsReadiness).toBe(true);
    expect(progress.report()).toEqual({ status: 'warming', queries: '40 of 95', operations: '3 of 23' });
    progress.end();
    expect(progress.holdsReadiness).toBe(false);
  });

  it('does not hold readiness while the plans are made again after an outage', () => {
    const progress = new WarmUpProgress();
    progress.begin(23);
    progress.end();
    progress.begin(23);
    expect(progress.warming).toBe(true);
    expect(progress.holdsReadiness).toBe(false);
    expect(progress.report()).toEqual({ status: 'warming', queries: '0 of 0', operations: '0 of 23' });
  });

  it('does not hold readiness for the re-plan of a server that skipped its warm-up at start', () => {
    const progress = new WarmUpProgress();
    progress.skipStart();
    progress.begin(0);
    expect(progress.warming).toBe(true);
    expect(progress.holdsReadiness).toBe(false);
  });

  it('keeps holding readiness when an outage interrupts the first warm-up', () => {
    const progress = new WarmUpProgress();
    progress.begin(23);
    // The recovery's warm-up begins before the first one ended.
    progress.begin(23);
    expect(progress.holdsReadiness).toBe(true);
  });
});
