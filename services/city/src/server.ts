import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import { buildCitySchema } from './schema';
import { CityContext, createCityContext } from './services/city-context';

/** The city subgraph for one deployment, ready to be listened on (see main.ts). */
export async function createCityServer(db: DataSource, cityCode: string) {
  const apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  const app = createGraphQLApp({
    apollo,
    context: async () => createCityContext(db, cityCode),
    health: async () => {
      await db.query('SELECT 1');
      return { status: 'ok', service: 'city', cityCode };
    },
  });
  return { app, apollo };
}
