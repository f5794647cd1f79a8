// The Cypher the loader and curation run, read once from the named files in ./cypher. Every
// statement takes its values as parameters; the only text substituted is a relationship type
// taken from the fixed lists below (types cannot be parameters), never anything from input.
import { cypherFolder } from '../base/cypher-files.ts';
import { CLAIM_TYPES, type ClaimType } from '../resolve/resolved-article.ts';

const loadFile = cypherFolder(new URL('./cypher/', import.meta.url));

// Statement text → file name (and claim type), so a debug log can say which statement took how long.
const namesByStatement = new Map<string, string>();

/** The statement of ./cypher/<name>.cypher. */
export const cypher = (name: string): string => {
  const statement = loadFile(name).statement;
  namesByStatement.set(statement, name);
  return statement;
};

/** The file a statement of this folder came from ('other' for text not read here). */
export const statementName = (statement: string): string => namesByStatement.get(statement) ?? 'other';

export const STRUCTURAL_TYPES = ['OF', 'PART_OF', 'POSSIBLY_SAME_AS'] as const;
export type StructuralType = (typeof STRUCTURAL_TYPES)[number];

/** Every relationship type the loader writes: what a curator's merge must move from node to node. */
export const ALL_RELATIONSHIP_TYPES = [...CLAIM_TYPES, ...STRUCTURAL_TYPES, 'MENTIONS'] as const;
export type RelationshipType = (typeof ALL_RELATIONSHIP_TYPES)[number];

const byType = <T extends string>(
  types: readonly T[],
  template: string,
  placeholder: string,
): Record<T, string> =>
  Object.fromEntries(
    types.map((t) => {
      const statement = template.replaceAll(placeholder, t);
      namesByStatement.set(statement, `${namesByStatement.get(template) ?? 'other'} ${t}`);
      return [t, statement];
    }),
  ) as Record<T, string>;

export const Q = {
  articleStates: cypher('article-states'),
  deleteArticleClaims: cypher('delete-article-claims'),
  deleteArticleMentions: cypher('delete-article-mentions'),
  deleteUnheldPositions: cypher('delete-unheld-positions'),
  linkUnresolvedPosts: cypher('link-unresolved-posts'),
  activeCurations: cypher('active-curations'),
  personCandidates: cypher('person-candidates'),
  mergeArticles: cypher('merge-articles'),
  mergePersons: cypher('merge-persons'),
  mergeOrganizations: cypher('merge-organizations'),
  mergeDocuments: cypher('merge-documents'),
  mergeEvents: cypher('merge-events'),
  mergePositions: cypher('merge-positions'),
  mergeMentions: cypher('merge-mentions'),
  mergeClaim: byType<ClaimType>(CLAIM_TYPES, cypher('merge-claim'), 'CLAIM_TYPE'),
  mergeStructural: byType<StructuralType>(STRUCTURAL_TYPES, cypher('merge-structural'), 'REL_TYPE'),
  naiveClaim: byType<ClaimType>(CLAIM_TYPES, cypher('naive-claim'), 'CLAIM_TYPE'),
  addClaimSummaries: byType<ClaimType>(CLAIM_TYPES, cypher('add-claim-summaries'), 'CLAIM_TYPE'),
  recountClaimSummaries: byType<ClaimType>(CLAIM_TYPES, cypher('recount-claim-summaries'), 'CLAIM_TYPE'),
  claimPairsAt: byType<ClaimType>(CLAIM_TYPES, cypher('claim-pairs-at'), 'CLAIM_TYPE'),
  summaryOrderKeys: byType<ClaimType>(CLAIM_TYPES, cypher('summary-order-keys'), 'CLAIM_TYPE'),
} as const;

/** The relationship type of a claim type's per-pair summaries (docs/graph-model.md). */
export const summaryTypeOf = (type: ClaimType): string => `${type}_SUMMARY`;
