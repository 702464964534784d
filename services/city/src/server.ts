import type { Tracer } from '@opentelemetry/api';
import type { Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import type { Identity } from '../../shared/src/identity';
import { IDENTITY_HEADER } from '../../shared/src/internal-identity';
import { watchDatabasePool } from '../../shared/src/metrics';
import { mountDataVersion } from '../../shared/src/data-version';
import { databaseState } from '../../shared/src/readiness';
import { SCHEMA_HASH_HEADER, schemaHash } from '../../shared/src/schema-fingerprint';
import { buildCitySchema } from './schema';
import { CityContext, CitySettings, createCityContext, DEFAULT_CITY_SETTINGS } from './services/city-context';

/** The city subgraph for one deployment, ready to be listened on (see main.ts). */
export async function createCityServer(
  db: DataSource,
  cityCode: string,
  /** The gateway identity check for this city (createInternalIdentityVerifier). */
  verifyIdentity: (header: string | undefined) => Promise<Identity>,
  settings: CitySettings = DEFAULT_CITY_SETTINGS,
  /** MAX_BODY_BYTES: an import carries its file in base64 (config.ts). */
  bodyLimit?: string,
  /** The schema to serve: the code's by default; an older release's in tests of version skew. */
  schema?: GraphQLSchema,
  /** This city's spans (tracing.ts); absent when tracing is off. */
  tracer?: Tracer,
) {
  const service = `city:${cityCode}`;
  const served = schema ?? (await buildCitySchema());
  // What the gateway compares with the `cities` subgraph of its supergraph (README, "Version skew").
  const hash = schemaHash(served);
  const apollo = await startSubgraphApollo<CityContext>(served, service);
  watchDatabasePool(service, db);
  // The identity is checked once, before the (possibly large) body is read, and kept for the context.
  const identities = new WeakMap<Request, Promise<Identity>>();
  const identityOf = (request: Request) => {
    const known = identities.get(request) ?? verifyIdentity(request.get(IDENTITY_HEADER));
    identities.set(request, known);
    return known;
  };
  const app = createGraphQLApp({
    service,
    apollo,
    tracer,
    bodyLimit,
    authenticate: identityOf,
    // On every /graphql answer, so that the gateway notices an upgrade between readiness checks.
    beforeGraphQL: (web) => {
      web.use('/graphql', (_request, response, next) => {
        response.setHeader(SCHEMA_HASH_HEADER, hash);
        next();
      });
      // What the gateway checks its cache of this city's public answers against.
      mountDataVersion(web, db, identityOf, hash);
    },
    context: async (request) => createCityContext(db, cityCode, await identityOf(request), settings),
    health: async () => {
      const database = await databaseState(db, service);
      return {
        status: database === 'ok' ? 'ok' : 'down',
        service: 'city',
        cityCode,
        database,
        schema: { hash },
      };
    },
  });
  return { app, apollo };
}
