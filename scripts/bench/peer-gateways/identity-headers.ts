import { requireGatewaySigningKey, gatewaySigningKeyEnv } from '../../../services/shared/src/gateway-keys';
import { identityFromClaims } from '../../../services/shared/src/identity';
import {
  cityAudience,
  COOPERATION_AUDIENCE,
  signInternalIdentity,
} from '../../../services/shared/src/internal-identity';
import { CITIES_SUBGRAPH, COOPERATION_SUBGRAPH } from '../../../services/shared/src/subgraphs';
import type { TokenClaims } from '../../demo-keys';
import type { RunningFederation } from '../../local-federation';

/**
 * The header in which the bench client hands a peer gateway the identity for one subgraph; the peer
 * forwards it as IDENTITY_HEADER (scripts/bench/peers/gateway.config.mjs spells the same names).
 */
export const benchIdentityHeader = (subgraph: string): string => `x-bench-identity-${subgraph}`;

/** Who the benchmark client is: a signed-in viewer, so that our gateway verifies a token per request. */
export const BENCH_CLAIMS: TokenClaims = { sub: 'bench-viewer', role: 'viewer' };

/**
 * The headers of every request of one measurement, the same for all three gateways: the client token
 * (which our gateway verifies and turns into identities it signs itself) and, for the peers, which
 * cannot sign, that identity signed in advance for each subgraph. Signed anew per measurement: an
 * identity lives a minute at most (MAX_LIFETIME_SECONDS), longer than a warm-up and run.
 */
export async function benchHeaders(federation: RunningFederation): Promise<Record<string, string>> {
  const key = requireGatewaySigningKey(gatewaySigningKeyEnv(federation.envOf('gateway')));
  const identity = identityFromClaims({ ...BENCH_CLAIMS });
  return {
    'content-type': 'application/json',
    authorization: `Bearer ${await federation.tokenFor(BENCH_CLAIMS, '1h')}`,
    [benchIdentityHeader(CITIES_SUBGRAPH)]: await signInternalIdentity(identity, key, cityAudience('HN')),
    [benchIdentityHeader(COOPERATION_SUBGRAPH)]: await signInternalIdentity(
      identity,
      key,
      COOPERATION_AUDIENCE,
    ),
  };
}
