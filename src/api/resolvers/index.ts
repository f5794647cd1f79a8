// The resolver map handed to Apollo: one module per part of the schema.
import type { Resolvers } from '../generated/graphql.ts';
import { analyticsResolvers } from './analytics.ts';
import { dashboardQuery } from './dashboards.ts';
import { edgeResolvers } from './edges.ts';
import { entityResolvers } from './entities.ts';
import { integrityResolvers } from './integrity.ts';
import { Mutation, curationResolvers } from './mutation.ts';
import { Query } from './query.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...dashboardQuery },
  Mutation,
  ...entityResolvers,
  ...edgeResolvers,
  ...curationResolvers,
  ...integrityResolvers,
  ...analyticsResolvers,
  // Types both modules resolve fields of: their field maps together.
  Person: { ...entityResolvers.Person, ...analyticsResolvers.Person },
  Position: { ...entityResolvers.Position, ...analyticsResolvers.Position },
  Organization: { ...entityResolvers.Organization, ...analyticsResolvers.Organization },
};
