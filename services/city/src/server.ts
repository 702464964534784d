import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import type { Identity } from '../../shared/src/identity';
import { IDENTITY_HEADER } from '../../shared/src/internal-identity';
import { watchDatabasePool } from '../../shared/src/metrics';
import { databaseState } from '../../shared/src/readiness';
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
) {
  const service = `city:${cityCode}`;
  const apollo = await startSubgraphApollo<CityContext>(await buildCitySchema(), service);
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
    bodyLimit,
    authenticate: identityOf,
    context: async (request) => createCityContext(db, cityCode, await identityOf(request), settings),
    health: async () => {
      const database = await databaseState(db, service);
      return { status: database === 'ok' ? 'ok' : 'down', service: 'city', cityCode, database };
    },
  });
  return { app, apollo };
}
