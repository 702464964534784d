import { noteCityAsked } from '../../services/shared/src/request-observation';
import type { CityAnswer } from './city-answer';
import { CityAnswerCache, cityCacheEvents, publicMaxAgeMs } from './city-answer-cache';
import type { CityDataVersions, DataStamp } from './city-data-versions';
import { copyOfResponse, InFlight, isMutation } from './in-flight';

/** How the router reaches one city: the fetch, and any other call counted like one (breaker, metrics). */
export interface CityCalls {
  fetch: () => Promise<CityAnswer>;
  check: <T>(call: () => Promise<T>) => Promise<{ result: T } | { unavailable: CityAnswer }>;
}

/**
 * Saves asking a city what it was just asked. Two ways:
 * - **in flight**: the same question from the same identity while an identical fetch runs waits for
 *   that fetch instead of sending another (Hive Gateway does the same);
 * - **cached** (when a cache is configured): an answer the city marked `Cache-Control: public` is kept
 *   with the city's data version read before it was fetched, and given again while the city's version
 *   (CityDataVersions, at most `CITY_VERSION_TTL_MS` old) is not newer. A mutation through the gateway
 *   makes the next read ask the city for its version again, so a write shows in the very next answer.
 * Answers with errors, answers of mutations and non-public answers are never cached.
 */
export class CityAnswerReuse {
  private readonly inFlight = new InFlight<CityAnswer>((answer) =>
    'response' in answer ? { code: answer.code, response: copyOfResponse(answer.response) } : answer,
  );

  constructor(
    private readonly cache?: CityAnswerCache,
    private readonly versions?: CityDataVersions,
    /** Part of every cache key, so that two hubs sharing a Redis server never share answers. */
    private readonly deploymentOf: (cityCode: string) => string = (cityCode) => cityCode,
    /** What a cache hit tells the request's log line (a city's outcome; nothing for the hub). */
    private readonly noteHit: (cityCode: string) => void = noteCityAsked,
  ) {}

  async answer(
    code: string,
    query: string,
    variables: Record<string, unknown>,
    asker: string,
    city: CityCalls,
  ): Promise<CityAnswer> {
    const { fetch } = city;
    if (isMutation(query)) {
      try {
        return await fetch();
      } finally {
        this.versions?.forget(code);
      }
    }
    let stamp: DataStamp | undefined;
    if (this.cache && this.versions) {
      const versions = this.versions;
      const checked = await city.check(() => versions.current(code));
      if ('unavailable' in checked) return checked.unavailable;
      stamp = checked.result;
    }
    // The schema's hash is part of the key: an answer read through another release is not reused.
    const where = `${this.deploymentOf(code)}\u0000${stamp?.schemaHash ?? ''}`;
    const key = CityAnswerCache.keyOf(where, query, variables);
    const version = stamp?.version;
    if (this.cache && version !== undefined) {
      const kept = await this.cache.get(key);
      if (kept && kept.version >= version) {
        cityCacheEvents.inc({ city: code, outcome: 'hit' });
        this.noteHit(code);
        return { code, response: kept.response };
      }
      cityCacheEvents.inc({ city: code, outcome: kept ? 'stale' : 'miss' });
    }
    const answer = await this.inFlight.run(`${key}\u0000${asker}`, fetch);
    if (this.cache && version !== undefined && 'response' in answer) {
      const ttlMs = publicMaxAgeMs(answer.response.http?.headers.get('cache-control'));
      if (ttlMs > 0 && !answer.response.errors?.length && answer.response.data) {
        await this.cache.set(key, { version, response: { data: answer.response.data } }, ttlMs);
        cityCacheEvents.inc({ city: code, outcome: 'stored' });
      }
    }
    return answer;
  }

  async ready(): Promise<void> {
    await this.cache?.ready();
  }

  async close(): Promise<void> {
    await this.cache?.close();
  }
}
