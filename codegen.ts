// GraphQL Code Generator: resolver signatures are generated from schema/schema.graphql so the
// compiler checks every resolver against the SDL. Run `npm run codegen` after editing the schema;
// the generated file is committed so a fresh clone typechecks without running it.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        // Resolvers receive what the data layer returns (graph rows), not the GraphQL shapes.
        mappers: {
          Person: '../model.ts#PersonNode',
          Organization: '../model.ts#OrganizationNode',
          Document: '../model.ts#DocumentNode',
          Event: '../model.ts#EventNode',
          Position: '../model.ts#PositionNode',
          Article: '../model.ts#ArticleNode',
          Evidence: '../model.ts#EvidenceRow',
          PersonClaimEdge: '../model.ts#ClaimEdgeRow<PersonNode>',
          EventClaimEdge: '../model.ts#ClaimEdgeRow<EventNode>',
          OrganizationClaimEdge: '../model.ts#ClaimEdgeRow<OrganizationNode>',
          DocumentClaimEdge: '../model.ts#ClaimEdgeRow<DocumentNode>',
          HeldPositionEdge: '../model.ts#HeldPositionEdgeRow',
          OfficialEdge: '../model.ts#OfficialEdgeRow',
          MentionEdge: '../model.ts#MentionEdgeRow<ArticleNode>',
          ArticleMentionEdge: '../model.ts#ArticleMentionEdgeRow',
          Tenure: '../../analytics/tenures.ts#TenureRow',
          TenureEvent: '../../analytics/tenures.ts#TenureEventRow',
          Path: '../model.ts#PathRow',
          PathStep: '../model.ts#PathStepRow',
          SearchHit: '../model.ts#SearchHitRow',
          Curation: '../model.ts#CurationRow',
          ReviewItem: '../review-queue.ts#ReviewItem as ReviewItemRow',
          IntegrityExample: '../../check/integrity.ts#IntegrityExample as IntegrityExampleRow',
          Diffusion: '../network-model.ts#DiffusionRow',
          DiffusionBody: '../network-model.ts#DiffusionBodyRow',
          CoParticipantEdge: '../network-model.ts#CoParticipantEdgeRow',
          BodyLinkEdge: '../network-model.ts#BodyLinkEdgeRow',
          Centrality: '../network-model.ts#CentralityRow',
          Community: '../network-model.ts#CommunityRow',
          NetworkAnalysis: '../network-model.ts#NetworkAnalysisRow',
        },
        scalars: { Date: 'string', DateTime: 'string' },
        contextType: '../context.ts#ApiContext',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};
export default config;
