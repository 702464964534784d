import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Identity } from '../../services/shared/src/identity';
import { IDENTITY_HEADER, signInternalIdentity } from '../../services/shared/src/internal-identity';

export interface GatewayContext extends Record<string, unknown> {
  identity: Identity;
  /** Signed once per client request and reused for every subgraph fetch of it. */
  internalToken?: Promise<string>;
}

/** A subgraph data source that passes on the verified identity, signed for the subgraphs. */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: { url: string; fetcher: RemoteGraphQLDataSource['fetcher'] },
    private readonly identitySecret: Uint8Array,
  ) {
    super(config);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const gatewayContext = context as GatewayContext;
    gatewayContext.internalToken ??= signInternalIdentity(gatewayContext.identity, this.identitySecret);
    request.http?.headers.set(IDENTITY_HEADER, await gatewayContext.internalToken);
  }
}
