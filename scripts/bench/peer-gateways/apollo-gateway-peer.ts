import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';
import { IDENTITY_HEADER } from '../../../services/shared/src/internal-identity';
import { CITIES_SUBGRAPH, COOPERATION_SUBGRAPH } from '../../../services/shared/src/subgraphs';
import { benchIdentityHeader } from './identity-headers';

interface PeerContext {
  /** The pre-signed identity for each subgraph, as the bench client sent it. */
  identities?: Record<string, string | undefined>;
}

/** Plain @apollo/gateway's data source, which only passes on the identity the client brought for it. */
class BenchIdentityDataSource extends RemoteGraphQLDataSource<PeerContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PeerContext>): void {
    const identity = (context as PeerContext).identities?.[this.subgraph];
    if (identity) request.http?.headers.set(IDENTITY_HEADER, identity);
  }
}

/**
 * The plain @apollo/gateway peer of `npm run bench`, in its own process as the other two gateways
 * are: ApolloServer's standalone server and ApolloGateway with their defaults over SUPERGRAPH_FILE,
 * on PORT; nothing of ours but the header it forwards.
 */
async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_FILE!, 'utf8'),
    buildService: ({ name, url }) => new BenchIdentityDataSource(name, url!),
  });
  const server = new ApolloServer<PeerContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(process.env.PORT) },
    context: async ({ req }) => {
      const identities: Record<string, string | undefined> = {};
      for (const name of [CITIES_SUBGRAPH, COOPERATION_SUBGRAPH]) {
        const value = req.headers[benchIdentityHeader(name)];
        identities[name] = Array.isArray(value) ? value[0] : value;
      }
      return { identities };
    },
  });
  console.log(`plain @apollo/gateway ready at ${url}`);
  process.once('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
