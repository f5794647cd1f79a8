// The resolver map handed to Apollo: one module per part of the schema.
import type { Resolvers } from '../generated/graphql.ts';
import { analyticsResolvers } from './analytics.ts';
import { dashboardQuery } from './dashboards.ts';
import { edgeResolvers } from './edges.ts';
import { entityResolvers } from './entities.ts';
import { integrityResolvers } from './integrity.ts';
import { Mutation, curationResolvers } from './mutation.ts';
import { networkResolvers } from './network.ts';
import { Query } from './query.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Mutation,
  ...entityResolvers,
  ...edgeResolvers,
  ...curationResolvers,
  ...integrityResolvers,
  ...analyticsResolvers,
  ...networkResolvers,
  // Types several modules resolve fields of: their field maps together (after the spreads above).
  Query: { ...Query, ...dashboardQuery, ...networkResolvers.Query },
  Person: { ...entityResolvers.Person, ...analyticsResolvers.Person, ...networkResolvers.Person },
  Position: { ...entityResolvers.Position, ...analyticsResolvers.Position },
  Organization: {
    ...entityResolvers.Organization,
    ...analyticsResolvers.Organization,
    ...networkResolvers.Organization,
  },
  Document: { ...entityResolvers.Document, ...networkResolvers.Document },
};
