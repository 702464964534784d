import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import type { Identity } from '../../shared/src/identity';
import { IDENTITY_HEADER } from '../../shared/src/internal-identity';
import { buildCitySchema } from './schema';
import { CityContext, CitySettings, createCityContext, DEFAULT_CITY_SETTINGS } from './services/city-context';

/** The city subgraph for one deployment, ready to be listened on (see main.ts). */
export async function createCityServer(
  db: DataSource,
  cityCode: string,
  /** The gateway identity check for this city (createInternalIdentityVerifier). */
  verifyIdentity: (header: string | undefined) => Promise<Identity>,
  settings: CitySettings = DEFAULT_CITY_SETTINGS,
) {
  const apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  const app = createGraphQLApp({
    apollo,
    context: async (request) =>
      createCityContext(db, cityCode, await verifyIdentity(request.get(IDENTITY_HEADER)), settings),
    health: async () => {
      await db.query('SELECT 1');
      return { status: 'ok', service: 'city', cityCode };
    },
  });
  return { app, apollo };
}
