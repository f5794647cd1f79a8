// The resolver's candidates read from folded name contexts (decision 0046) must resolve every
// mention exactly as candidates built from each stored mention did: a candidate is the union of
// its mentions' contexts, so folding them first must change no answer. Random mentions (names,
// ids, provinces, bodies, seats, dates within and beyond SAME_TIME_DAYS, undated ones) are stored
// both ways and every random query must resolve to the same id with the same conflicts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersonRegistry, type PersonContext } from '../../ingest/resolve/person-registry.ts';
import type { MentionRow, ResolvedArticle } from '../../ingest/resolve/resolved-article.ts';
import { personNameContextRowsOf } from '../../ingest/load/person-name-contexts.ts';

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const subset = <T>(xs: readonly T[]) => fc.uniqueArray(pick(xs), { maxLength: 2 }).map((a) => [...a].sort());
const PROVINCES = ['Đồng Tháp', 'Lạng Sơn', 'Hà Nội'];
const ORGS = ['org:tinh-uy-dong-thap', 'org:bo-tai-chinh', 'org:ubnd-lang-son'];
const SEATS = ['province:Đồng Tháp', 'ministry:tai-chinh', 'province:Lạng Sơn'];
const DATES = [null, '2019-03-01', '2020-06-15', '2023-11-30', '2025-01-02'];

const context: fc.Arbitrary<PersonContext> = fc.record({
  postProvinces: subset(PROVINCES),
  orgIds: subset(ORGS),
  articleProvince: fc.option(pick(PROVINCES), { nil: null }),
  seats: subset(SEATS),
  asOf: pick(DATES),
});
const mention = fc.record({
  nameKey: pick(['nguyen van a', 'le thi b']),
  resolvedId: pick(['person:a', 'person:a:lang-son', 'person:b']),
  ctx: context,
});

/** One article per stored mention, as the loader sees them (only the person mentions matter here). */
const articleOf = (m: { nameKey: string; resolvedId: string; ctx: PersonContext }): ResolvedArticle =>
  ({
    mentions: {
      Person: [
        {
          entityId: m.resolvedId,
          resolvedId: m.resolvedId,
          spans: [],
          nameKey: m.nameKey,
          ...m.ctx,
        } as MentionRow,
      ],
    },
  }) as unknown as ResolvedArticle;

describe('person name contexts: folded candidates resolve as per-mention ones', () => {
  it('gives the same id and conflicts for every query', () => {
    fc.assert(
      fc.property(
        fc.array(mention, { maxLength: 12 }),
        fc.array(context, { minLength: 1, maxLength: 4 }),
        (stored, queries) => {
          const perMention = new PersonRegistry();
          for (const m of stored) perMention.add(m.resolvedId, m.nameKey, m.ctx);
          const folded = new PersonRegistry();
          for (const row of personNameContextRowsOf(stored.map(articleOf)))
            folded.addStored(row.resolvedId, row.nameKey, row);
          for (const nameKey of ['nguyen van a', 'le thi b'])
            for (const q of queries)
              expect(folded.resolve(nameKey, q)).toEqual(perMention.resolve(nameKey, q));
        },
      ),
      { numRuns: 300, seed: 46 },
    );
  });

  it('folds one row per (name, id), its lists sorted and distinct, undated seats left out', () => {
    const rows = personNameContextRowsOf(
      [
        {
          nameKey: 'x',
          resolvedId: 'person:x',
          ctx: {
            postProvinces: ['Hà Nội'],
            orgIds: ['org:b'],
            articleProvince: 'Hà Nội',
            seats: ['s'],
            asOf: '2024-01-01',
          },
        },
        {
          nameKey: 'x',
          resolvedId: 'person:x',
          ctx: {
            // Code-unit order, as Cypher's ORDER BY sorts them: 'u' before 'à'.
            postProvinces: ['Huế', 'Hà Nội'],
            orgIds: ['org:a'],
            articleProvince: null,
            seats: ['s'],
            asOf: null,
          },
        },
        {
          nameKey: 'x',
          resolvedId: 'person:x',
          ctx: { postProvinces: [], orgIds: [], articleProvince: 'Huế', seats: [], asOf: '2025-05-05' },
        },
      ].map(articleOf),
    );
    expect(rows).toEqual([
      {
        id: 'x|person:x',
        nameKey: 'x',
        resolvedId: 'person:x',
        // Code-unit order, as Cypher's ORDER BY sorts them: 'u' before 'à'.
        postProvinces: ['Huế', 'Hà Nội'],
        orgIds: ['org:a', 'org:b'],
        seenIn: ['Huế', 'Hà Nội'],
        seats: ['s'],
        // 2025-05-05 gave no seat, the undated mention no date.
        seatDates: ['2024-01-01'],
      },
    ]);
  });
});
