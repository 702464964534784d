import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import { IDENTITY_HEADER, verifyInternalIdentity } from '../../shared/src/internal-identity';
import { buildCitySchema } from './schema';
import { CityContext, CitySettings, createCityContext, DEFAULT_CITY_SETTINGS } from './services/city-context';

/** The city subgraph for one deployment, ready to be listened on (see main.ts). */
export async function createCityServer(
  db: DataSource,
  cityCode: string,
  identitySecret: Uint8Array,
  settings: CitySettings = DEFAULT_CITY_SETTINGS,
) {
  const apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  const app = createGraphQLApp({
    apollo,
    context: async (request) =>
      createCityContext(
        db,
        cityCode,
        await verifyInternalIdentity(request.get(IDENTITY_HEADER), identitySecret),
        settings,
      ),
    health: async () => {
      await db.query('SELECT 1');
      return { status: 'ok', service: 'city', cityCode };
    },
  });
  return { app, apollo };
}
