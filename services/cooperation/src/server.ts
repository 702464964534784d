import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import { buildCooperationSchema } from './schema';
import { CooperationContext, createCooperationContext } from './services/cooperation-context';

/** The cooperation subgraph, ready to be listened on (see main.ts). */
export async function createCooperationServer(db: DataSource) {
  const apollo = await startSubgraphApollo<CooperationContext>(await buildCooperationSchema());
  const app = createGraphQLApp({
    apollo,
    context: async () => createCooperationContext(db),
    health: async () => {
      await db.query('SELECT 1');
      return { status: 'ok', service: 'cooperation' };
    },
  });
  return { app, apollo };
}
