import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import { IDENTITY_HEADER, verifyInternalIdentity } from '../../shared/src/internal-identity';
import { buildCooperationSchema } from './schema';
import { CooperationContext, createCooperationContext } from './services/cooperation-context';

/** The cooperation subgraph, ready to be listened on (see main.ts). */
export async function createCooperationServer(db: DataSource, identitySecret: Uint8Array) {
  const apollo = await startSubgraphApollo<CooperationContext>(await buildCooperationSchema());
  const app = createGraphQLApp({
    apollo,
    context: async (request) =>
      createCooperationContext(
        db,
        await verifyInternalIdentity(request.get(IDENTITY_HEADER), identitySecret),
      ),
    health: async () => {
      await db.query('SELECT 1');
      return { status: 'ok', service: 'cooperation' };
    },
  });
  return { app, apollo };
}
