import { Dispatcher, fetch } from 'undici';
import { DATA_VERSION_PATH } from '../../services/shared/src/data-version';
import type { GatewaySigningKey } from '../../services/shared/src/gateway-keys';
import { ANONYMOUS } from '../../services/shared/src/identity';
import {
  cityAudience,
  IDENTITY_HEADER,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';

/** A city's data version and the hash of the schema it serves: what a cached answer is checked against. */
export interface DataStamp {
  version: number;
  schemaHash: string;
}

/**
 * What the gateway knows of each city's data version (services/shared/src/data-version.ts): asked at
 * most once per `ttlMs` per city, however many requests want it meanwhile, and forgotten at once when
 * a write to that city passes through this gateway, so that the very next read sees the write.
 * A write made elsewhere (another gateway replica, an import on the city's own server) is seen
 * within `ttlMs`.
 */
export class CityDataVersions {
  private readonly known = new Map<string, { stamp: DataStamp | undefined; checkedAt: number }>();
  private readonly pending = new Map<string, Promise<DataStamp | undefined>>();
  /** Bumped by forget(): an answer to a question asked before a write must not be kept after it. */
  private readonly generations = new Map<string, number>();

  constructor(
    /** Resolves the version, or undefined for a city that keeps none; rejects when it cannot be reached. */
    private readonly askCity: (cityCode: string) => Promise<DataStamp | undefined>,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The city's data version and schema hash, no older than `ttlMs`; undefined for a city that keeps none (a release
   * from before data versions). Rejects, and remembers nothing, when the city cannot be reached.
   * In the second half of a version's life it is still given, and asked again in the background: under
   * steady traffic no request waits for a version check (in the 34-city benchmark the requests that
   * did made the comparison's p95), and none is given a version older than `ttlMs`.
   */
  current(cityCode: string): Promise<DataStamp | undefined> {
    const known = this.known.get(cityCode);
    const age = known ? this.now() - known.checkedAt : Infinity;
    if (known && age < this.ttlMs) {
      if (age >= this.ttlMs / 2 && !this.pending.has(cityCode)) {
        // A failure here is not the reader's: the next one past the TTL asks, and the breaker counts that.
        this.askNow(cityCode).catch(() => undefined);
      }
      return Promise.resolve(known.stamp);
    }
    return this.pending.get(cityCode) ?? this.askNow(cityCode);
  }

  private askNow(cityCode: string): Promise<DataStamp | undefined> {
    const generation = this.generations.get(cityCode) ?? 0;
    const checkedAt = this.now();
    const answer = this.askCity(cityCode).then((stamp) => {
      if ((this.generations.get(cityCode) ?? 0) === generation) {
        this.known.set(cityCode, { stamp, checkedAt });
      }
      return stamp;
    });
    const settled = answer.finally(() => {
      if (this.pending.get(cityCode) === settled) this.pending.delete(cityCode);
    });
    this.pending.set(cityCode, settled);
    return settled;
  }

  /** A write to the city went through: whatever was known or being asked is out of date. */
  forget(cityCode: string): void {
    this.known.delete(cityCode);
    this.pending.delete(cityCode);
    this.generations.set(cityCode, (this.generations.get(cityCode) ?? 0) + 1);
  }
}

/** Where a city answers its data version, beside its /graphql. */
export function dataVersionUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, DATA_VERSION_PATH);
}

/** A deployment whose data version the gateway asks: a city (`city:HN`) or the hub (`cooperation`). */
export interface VersionedDeployment {
  code: string;
  url: string;
  /** Whom the identity is signed for; a city's own audience when absent. */
  audience?: string;
}

/**
 * How the gateway asks a deployment its data version: `GET /data-version` with an identity signed
 * for that deployment alone, as for every other request to it.
 */
export function dataVersionAsker(
  deployments: readonly VersionedDeployment[],
  key: GatewaySigningKey,
  dispatcher: Dispatcher,
  timeoutMs: number,
): (code: string) => Promise<DataStamp | undefined> {
  const known = new Map(
    deployments.map(({ code, url, audience }) => [
      code,
      { url: dataVersionUrlOf(url), audience: audience ?? cityAudience(code) },
    ]),
  );
  return async (code) => {
    const deployment = known.get(code);
    if (!deployment) return undefined; // not a configured city: the router answers it unavailable anyway
    const identity = await signInternalIdentity(ANONYMOUS, key, deployment.audience);
    // A timeout or a refused connection rejects: the city is unreachable, which the breaker counts.
    const response = await fetch(deployment.url, {
      headers: { [IDENTITY_HEADER]: identity },
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => null)) as {
      version?: unknown;
      schemaHash?: unknown;
    } | null;
    // A deployment that answers without a version (an older release: 404) is asked its data every time.
    if (!response.ok || typeof body?.version !== 'number') return undefined;
    return { version: body.version, schemaHash: typeof body.schemaHash === 'string' ? body.schemaHash : '' };
  };
}
