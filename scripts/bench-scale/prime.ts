import { gatewaySigningKeyEnv, requireGatewaySigningKey } from '../../services/shared/src/gateway-keys';
import { ANONYMOUS } from '../../services/shared/src/identity';
import {
  cityAudience,
  IDENTITY_HEADER,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';
import type { DemoKeys } from '../demo-keys';
import type { ScaleFederation } from './federation';
import { EDITION, json } from './scenarios';

/** What a comparison asks each city for (rule 3), and the union and chair the overview asks for. */
const CITY_WORK = `query Prime($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on CampaignEdition { cityResults { cityCode reported members participants } }
  ... on City { educationUnion { name chair { fullName } } } } }`;

/** Signs the identity a city accepts: the gateway's, addressed to that city. */
export async function gatewayIdentityFor(keys: DemoKeys, cityCode: string): Promise<string> {
  const key = requireGatewaySigningKey(
    gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY_FILE: keys.gatewaySigningKeyFile }),
  );
  return signInternalIdentity(ANONYMOUS, key, cityAudience(cityCode));
}

/**
 * A city's first request compiles its schema's resolvers and prepares its statements, which takes
 * seconds on a busy machine: 34 of them at once through the gateway exceed its CITY_TIMEOUT_MS, the
 * comparison comes back incomplete and each city's circuit breaker counts a failure. So every city
 * is asked once directly, one after the other, for the work the scenarios give it, before the
 * gateway is asked anything. Not measured.
 */
export async function primeCities(federation: ScaleFederation, keys: DemoKeys): Promise<void> {
  const started = Date.now();
  for (const [code, url] of Object.entries(federation.cityUrls)) {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: await gatewayIdentityFor(keys, code),
      },
      body: json(CITY_WORK, {
        representations: [
          { __typename: 'CampaignEdition', ...EDITION },
          { __typename: 'City', code },
        ],
      }),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (!response.ok || answer.errors) {
      throw new Error(`city ${code} could not be primed: ${JSON.stringify(answer).slice(0, 1_000)}`);
    }
  }
  console.log(`  cities primed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
