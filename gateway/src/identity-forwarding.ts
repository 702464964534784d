import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ErrorCode } from '../../services/shared/src/errors';
import type { GatewaySigningKey } from '../../services/shared/src/gateway-keys';
import type { Identity } from '../../services/shared/src/identity';
import { IDENTITY_HEADER, signInternalIdentity } from '../../services/shared/src/internal-identity';
import {
  currentRequest,
  noteCityAsked,
  REQUEST_ID_HEADER,
} from '../../services/shared/src/request-observation';
import { CityAnswerReuse } from './city-answer-reuse';

export interface GatewayContext extends Record<string, unknown> {
  identity: Identity;
  /** Signed once per client request and deployment (audience), reused for every fetch to it. */
  internalTokens?: Map<string, Promise<string>>;
}

/** Whose token a data source sends: the gateway's key, and the one deployment it is for. */
export interface IdentitySigning {
  key: GatewaySigningKey;
  /** `city:HN`, `cooperation`, …: the deployment behind this data source. */
  audience: string;
}

/**
 * A subgraph data source that passes on the verified identity, signed by the gateway for the one
 * deployment behind it, so that a token sent to one city is refused by every other; and the client
 * request's id, so that the subgraph's log line for it carries the same one. Identical queries in
 * flight for the same identity share one fetch, and with a cache the subgraph's public answers are
 * kept while its data version stays (city-answer-reuse.ts).
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: { url: string; fetcher: RemoteGraphQLDataSource['fetcher'] },
    private readonly signing: IdentitySigning,
    /**
     * `not-shared` behind the city shard router, which shares city fetches itself before its breaker
     * counts them; in-flight sharing alone by default.
     */
    private readonly sharing: CityAnswerReuse | 'not-shared' = new CityAnswerReuse(),
  ) {
    super(config);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const identity = (options.context as Partial<GatewayContext> | undefined)?.identity;
    if (this.sharing === 'not-shared' || !identity) return super.process(options);
    const { request } = options;
    const { audience } = this.signing;
    const answer = await this.sharing.answer(
      audience,
      request.query ?? '',
      request.variables ?? {},
      JSON.stringify(identity),
      {
        fetch: async () => ({ code: audience, response: await super.process(options) }),
        // A failed version check fails the fetch, as the fetch itself would have.
        check: async (call) => ({ result: await call() }),
      },
    );
    // This fetch and check throw rather than answer "unavailable"; said as Apollo would say it anyway.
    if ('unavailable' in answer) {
      return {
        errors: [{ message: `${audience} is unavailable`, extensions: { code: ErrorCode.Internal } }],
      };
    }
    return answer.response;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const gatewayContext = context as GatewayContext;
    const tokens = (gatewayContext.internalTokens ??= new Map());
    const { key, audience } = this.signing;
    let token = tokens.get(audience);
    if (!token) {
      token = signInternalIdentity(gatewayContext.identity, key, audience);
      tokens.set(audience, token);
    }
    request.http?.headers.set(IDENTITY_HEADER, await token);
    const requestId = currentRequest()?.requestId;
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    if (audience.startsWith('city:')) noteCityAsked(audience.slice('city:'.length));
  }
}
