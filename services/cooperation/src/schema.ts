import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/src/federated-schema';
import { PartnershipResolver } from './resolvers/partnership.resolver';
import { cooperationReferenceResolvers } from './resolvers/reference-resolvers';
import { RegistryResolver } from './resolvers/registry.resolver';
import { SchoolLevelResolver } from './resolvers/school-level.resolver';

let built: Promise<GraphQLSchema> | undefined;

export function buildCooperationSchema(): Promise<GraphQLSchema> {
  built ??= buildFederatedSchema(
    { resolvers: [RegistryResolver, SchoolLevelResolver, PartnershipResolver] },
    cooperationReferenceResolvers,
  );
  return built;
}
