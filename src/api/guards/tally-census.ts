// The figures the cost guard prices the counts by (decision 0038): eventCounts reads the event
// tallies of its range, so it costs their number — known only from the graph. The guard prices an
// operation before it runs and synchronously, so the server keeps the census in memory, read again
// when it is older than a period (a pass over the tallies, not the events) and awaited before an
// operation that asks for a count is priced. A census that cannot be read leaves the last one, or
// none: without one the counts are priced by the months of their range, as before.
import { childLog } from '../../../ingest/base/log.ts';

const log = childLog('tally-census');

export interface TallyCensus {
  /** Event tallies per month 'YYYY-MM' ('' for the undated events' tallies). */
  eventTalliesByMonth: ReadonlyMap<string, number>;
  /** Holder profiles (HolderTally nodes): what an unnarrowed holderCounts reads. */
  holderProfiles: number;
}

/** The event tallies of the whole months from `monthFrom` to `monthTo` ('' for an open end); the undated ones only when both ends are open (all time). */
export function eventTalliesBetween(census: TallyCensus, monthFrom: string, monthTo: string): number {
  let total = 0;
  for (const [month, tallies] of census.eventTalliesByMonth) {
    if (month === '') {
      if (monthFrom === '' && monthTo === '') total += tallies;
      continue;
    }
    if ((monthFrom === '' || month >= monthFrom) && (monthTo === '' || month <= monthTo)) total += tallies;
  }
  return total;
}

/** The census as the graph answers tally-census.cypher: a row { months: [{month, tallies}], holderProfiles }. */
export function censusOf(row: Record<string, unknown> | undefined): TallyCensus {
  const months = (row?.months as { month: string; tallies: number }[] | undefined) ?? [];
  return {
    eventTalliesByMonth: new Map(months.map((m) => [m.month ?? '', Number(m.tallies)])),
    holderProfiles: Number(row?.holderProfiles ?? 0),
  };
}

/** The census kept in memory: read again when older than `maxAgeMs`, one read at a time. */
export class TallyCensusCache {
  private census: TallyCensus | null = null;
  private readAt = -Infinity;
  private reading: Promise<TallyCensus | null> | null = null;

  constructor(
    private readonly read: () => Promise<TallyCensus>,
    private readonly maxAgeMs = 30_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The census, read first if it is older than the period; the last one (or null) if the read fails. */
  async current(): Promise<TallyCensus | null> {
    if (this.now() - this.readAt < this.maxAgeMs) return this.census;
    this.reading ??= this.read()
      .then((census) => {
        this.census = census;
        this.readAt = this.now();
        return census;
      })
      .catch((err: unknown) => {
        // Not read again before the period ends: a graph that cannot answer is not asked per request.
        this.readAt = this.now();
        log.warn({ err }, 'tally census not read: the counts are priced by the months of their range');
        return this.census;
      })
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }
}
