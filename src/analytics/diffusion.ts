// How a directive spread (issue 14 item 3, decision 0022): from the bodies that took a document
// up and the first date of each kind of evidence, the level of each body, its lag after the
// document's issue date, and the counts per level, province and month a dashboard charts.
import { nameKey } from '../../ingest/text/normalise.ts';
import type { OrganizationNode } from '../api/model.ts';

export type GovernmentLevel = 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type DiffusionEvidence = 'IMPLEMENTS' | 'EVENT';

export const LEVEL_ORDER: readonly GovernmentLevel[] = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'];

/** One body as document-diffusion.cypher reads it. */
export interface DiffusionRow {
  organization: OrganizationNode;
  /** The earliest article saying it implements the document; null when none is dated. */
  implementsFrom: string | null;
  evidence: number;
  /** The earliest dated meeting it organized about the document. */
  eventFrom: string | null;
}

export interface DiffusionBody {
  organization: OrganizationNode;
  level: GovernmentLevel;
  province: string | null;
  firstEvidence: string | null;
  firstEvidenceKind: DiffusionEvidence;
  lagDays: number | null;
  evidenceCount: number;
}

// Words of a body's (folded) name that place it below the province. Commune words first: "Đảng ủy
// xã X, huyện Y" is a commune's. "thị xã" is a district-level town, so it is tested before "xã".
const COMMUNE = /(^|\s)(xa|phuong|thi tran)(\s|$)/;
const DISTRICT = /(^|\s)(huyen|quan|thi xa|huyen uy|quan uy|thi uy)(\s|$)/;
const CITY = /(^|\s)(thanh uy|thanh pho)\s+(.+)$/;

/**
 * The level of government of a body: no province is CENTRAL (the Politburo, ministries, central
 * commissions); words of its name place it in a district or a commune; a city ("Thành ủy Đồng
 * Hới") that is not the province itself is a district-level city; the rest of a province's bodies
 * are PROVINCE.
 */
export function levelOf(org: Pick<OrganizationNode, 'name' | 'province'>): GovernmentLevel {
  const province = org.province ?? null;
  if (!province) return 'CENTRAL';
  const name = nameKey(org.name);
  const withoutTown = name.replace(/(^|\s)thi xa(\s|$)/g, ' ');
  if (COMMUNE.test(withoutTown)) return 'COMMUNE';
  if (DISTRICT.test(name)) return 'DISTRICT';
  const city = CITY.exec(name);
  if (city && !city[3]!.includes(nameKey(province))) return 'DISTRICT';
  return 'PROVINCE';
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
}

const earliest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a <= b ? a : b;

/** The bodies, earliest first evidence first (undated last), then by name. */
export function diffusionBodies(rows: DiffusionRow[], issuedOn: string | null): DiffusionBody[] {
  return rows
    .map((r): DiffusionBody => {
      const first = earliest(r.implementsFrom, r.eventFrom);
      return {
        organization: r.organization,
        level: levelOf(r.organization),
        province: r.organization.province ?? null,
        firstEvidence: first,
        // A meeting on the same day as the first article is usually that article's subject: IMPLEMENTS wins ties.
        firstEvidenceKind:
          r.eventFrom !== null && (r.implementsFrom === null || r.eventFrom < r.implementsFrom)
            ? 'EVENT'
            : 'IMPLEMENTS',
        lagDays: first !== null && issuedOn ? daysBetween(issuedOn, first) : null,
        evidenceCount: r.evidence,
      };
    })
    .sort(
      (a, b) =>
        (a.firstEvidence ?? '9999').localeCompare(b.firstEvidence ?? '9999') ||
        a.organization.name.localeCompare(b.organization.name, 'vi') ||
        a.organization.id.localeCompare(b.organization.id),
    );
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function byLevel(bodies: DiffusionBody[]) {
  return LEVEL_ORDER.map((level) => {
    const of = bodies.filter((b) => b.level === level);
    return {
      level,
      bodies: of.length,
      firstEvidence: of.reduce<string | null>((min, b) => earliest(min, b.firstEvidence), null),
      medianLagDays: median(of.flatMap((b) => (b.lagDays === null ? [] : [b.lagDays]))),
    };
  }).filter((l) => l.bodies > 0);
}

export function byProvince(bodies: DiffusionBody[], issuedOn: string | null) {
  const provinces = new Map<string, { province: string; bodies: number; firstEvidence: string | null }>();
  for (const b of bodies) {
    if (!b.province) continue;
    const p = provinces.get(b.province) ?? { province: b.province, bodies: 0, firstEvidence: null };
    p.bodies++;
    p.firstEvidence = earliest(p.firstEvidence, b.firstEvidence);
    provinces.set(b.province, p);
  }
  return [...provinces.values()]
    .map((p) => ({
      ...p,
      lagDays: p.firstEvidence && issuedOn ? daysBetween(issuedOn, p.firstEvidence) : null,
    }))
    .sort(
      (a, b) =>
        (a.firstEvidence ?? '9999').localeCompare(b.firstEvidence ?? '9999') ||
        a.province.localeCompare(b.province, 'vi'),
    );
}

/** Bodies by month of first evidence, every month from the first to the last (empty ones at 0). */
export function monthly(bodies: DiffusionBody[]) {
  const counts = new Map<string, number>();
  for (const b of bodies) {
    if (!b.firstEvidence) continue;
    const month = b.firstEvidence.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const series: { month: string; bodies: number; cumulative: number }[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  const last = months.at(-1)!;
  let cumulative = 0;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const n = counts.get(key) ?? 0;
    cumulative += n;
    series.push({ month: key, bodies: n, cumulative });
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return series;
}
