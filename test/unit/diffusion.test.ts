// The level of a body, lags and the monthly series of a directive's diffusion (decision 0022),
// on bodies named here.
import { describe, expect, it } from 'vitest';
import {
  byLevel,
  daysBetween,
  diffusionBodies,
  levelOf,
  monthly,
  type DiffusionRow,
} from '../../src/analytics/diffusion.ts';

const org = (name: string, province: string | null = null) => ({
  __typename: 'Organization' as const,
  id: `org:${name}`,
  name,
  province,
});

describe('levelOf', () => {
  it.each([
    ['Bộ Chính trị', null, 'CENTRAL'],
    ['Bộ Giáo dục và Đào tạo', null, 'CENTRAL'],
    ['Tỉnh ủy Quảng Bình', 'Quảng Bình', 'PROVINCE'],
    ['Thành ủy Hà Nội', 'Hà Nội', 'PROVINCE'],
    ['Ủy ban nhân dân tỉnh Hà Giang', 'Hà Giang', 'PROVINCE'],
    ['Huyện ủy Lệ Thủy', 'Quảng Bình', 'DISTRICT'],
    ['Quận ủy Ba Đình', 'Hà Nội', 'DISTRICT'],
    ['Thị ủy Ba Đồn', 'Quảng Bình', 'DISTRICT'],
    ['Ủy ban nhân dân thị xã Ba Đồn', 'Quảng Bình', 'DISTRICT'],
    ['Thành ủy Đồng Hới', 'Quảng Bình', 'DISTRICT'],
    ['Đảng ủy xã Sen Thủy', 'Quảng Bình', 'COMMUNE'],
    ['Đảng ủy phường Hải Thành', 'Quảng Bình', 'COMMUNE'],
    ['Ủy ban nhân dân thị trấn Kiến Giang', 'Quảng Bình', 'COMMUNE'],
  ])('%s (%s) is %s', (name, province, level) => {
    expect(levelOf({ name, province })).toBe(level);
  });
});

describe('diffusion', () => {
  const rows: DiffusionRow[] = [
    {
      organization: org('Tỉnh ủy Quảng Bình', 'Quảng Bình'),
      implementsFrom: '2024-07-01',
      evidence: 2,
      eventFrom: '2024-07-01',
    },
    {
      organization: org('Tỉnh ủy Hà Tĩnh', 'Hà Tĩnh'),
      implementsFrom: '2024-07-06',
      evidence: 1,
      eventFrom: '2024-07-05',
    },
    {
      organization: org('Ban Tổ chức Trung ương'),
      implementsFrom: '2024-06-20',
      evidence: 1,
      eventFrom: null,
    },
    {
      organization: org('Huyện ủy Lệ Thủy', 'Quảng Bình'),
      implementsFrom: '2024-09-30',
      evidence: 1,
      eventFrom: null,
    },
  ];

  it('dates each body by its earliest evidence, a same-day article before a meeting', () => {
    const bodies = diffusionBodies(rows, '2024-06-14');
    expect(bodies.map((b) => [b.organization.name, b.firstEvidence, b.firstEvidenceKind, b.lagDays])).toEqual(
      [
        ['Ban Tổ chức Trung ương', '2024-06-20', 'IMPLEMENTS', 6],
        ['Tỉnh ủy Quảng Bình', '2024-07-01', 'IMPLEMENTS', 17],
        ['Tỉnh ủy Hà Tĩnh', '2024-07-05', 'EVENT', 21],
        ['Huyện ủy Lệ Thủy', '2024-09-30', 'IMPLEMENTS', 108],
      ],
    );
    expect(byLevel(bodies).map((l) => [l.level, l.bodies, l.medianLagDays])).toEqual([
      ['CENTRAL', 1, 6],
      ['PROVINCE', 2, 19],
      ['DISTRICT', 1, 108],
    ]);
  });

  it('has no lag without an issue date', () => {
    expect(diffusionBodies(rows, null).every((b) => b.lagDays === null)).toBe(true);
  });

  it('fills the months between the first and the last with zeros, for a chart', () => {
    expect(monthly(diffusionBodies(rows, null))).toEqual([
      { month: '2024-06', bodies: 1, cumulative: 1 },
      { month: '2024-07', bodies: 2, cumulative: 3 },
      { month: '2024-08', bodies: 0, cumulative: 3 },
      { month: '2024-09', bodies: 1, cumulative: 4 },
    ]);
  });

  it('counts days across a year end and a leap day', () => {
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
  });
});
