import { DataSource } from 'typeorm';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import type { Identity } from '../../shared/src/identity';
import { IDENTITY_HEADER } from '../../shared/src/internal-identity';
import { buildCooperationSchema } from './schema';
import type { CityReferenceCheck } from './services/city-references';
import { CooperationContext, createCooperationContext } from './services/cooperation-context';

/** The cooperation subgraph, ready to be listened on (see main.ts). */
export async function createCooperationServer(
  db: DataSource,
  /** The gateway identity check for the hub (createInternalIdentityVerifier). */
  verifyIdentity: (header: string | undefined) => Promise<Identity>,
  /** Where writes check the cities' records they point to (city-references.ts). */
  references: CityReferenceCheck,
) {
  const apollo = await startSubgraphApollo<CooperationContext>(await buildCooperationSchema());
  const app = createGraphQLApp({
    apollo,
    context: async (request) =>
      createCooperationContext(db, await verifyIdentity(request.get(IDENTITY_HEADER)), references),
    health: async () => {
      await db.query('SELECT 1');
      return { status: 'ok', service: 'cooperation' };
    },
  });
  return { app, apollo };
}
