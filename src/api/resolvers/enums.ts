// The graph stores kinds in kebab case ("party-committee", "working-visit"); GraphQL enums are
// upper snake case. A kind the schema does not know yet is shown as OTHER rather than failing.
export function enumOf<T extends string>(graphValue: unknown, known: readonly T[]): T {
  const candidate = String(graphValue ?? '')
    .toUpperCase()
    .replace(/-/g, '_') as T;
  return known.includes(candidate) ? candidate : ('OTHER' as T);
}

export function graphKind<T extends string>(enumValue: T): string {
  return enumValue.toLowerCase().replace(/_/g, '-');
}

export const ORGANIZATION_KINDS = [
  'PARTY_CENTRAL',
  'PARTY_COMMITTEE',
  'PARTY_COMMISSION',
  'PARTY_ORGANISATION',
  'STANDING_COMMITTEE',
  'INSPECTION_COMMITTEE',
  'MINISTRY',
  'DEPARTMENT',
  'GOVERNMENT',
  'PEOPLE_COUNCIL',
  'PEOPLE_COMMITTEE',
  'NATIONAL_ASSEMBLY',
  'NA_DELEGATION',
  'FRONT_OR_UNION',
  'PRESS',
  'OTHER',
] as const;

export const EVENT_KINDS = [
  'CONFERENCE',
  'CONGRESS',
  'WORKING_VISIT',
  'SESSION',
  'CEREMONY',
  'OTHER',
] as const;
