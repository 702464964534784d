import type { Tracer } from '@opentelemetry/api';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { mountDataVersion } from '../../shared/src/data-version';
import { createGraphQLApp, startSubgraphApollo } from '../../shared/src/http-service';
import type { Identity } from '../../shared/src/identity';
import { IDENTITY_HEADER } from '../../shared/src/internal-identity';
import { watchDatabasePool } from '../../shared/src/metrics';
import { databaseState } from '../../shared/src/readiness';
import { schemaHash } from '../../shared/src/schema-fingerprint';
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
  /** The hub's spans (tracing.ts); absent when tracing is off. */
  tracer?: Tracer,
) {
  const service = 'cooperation';
  const schema = await buildCooperationSchema();
  const apollo = await startSubgraphApollo<CooperationContext>(schema, service);
  watchDatabasePool(service, db);
  const identityOf = (request: Request) => verifyIdentity(request.get(IDENTITY_HEADER));
  const app = createGraphQLApp({
    service,
    apollo,
    tracer,
    // What the gateway checks its cache of the hub's public answers against, as for a city's.
    beforeGraphQL: (web) => mountDataVersion(web, db, identityOf, schemaHash(schema)),
    context: async (request) => createCooperationContext(db, await identityOf(request), references),
    health: async () => {
      const database = await databaseState(db, service);
      return { status: database === 'ok' ? 'ok' : 'down', service, database };
    },
  });
  return { app, apollo };
}
