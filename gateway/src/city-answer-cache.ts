import { createHash } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import { Counter, register } from 'prom-client';
import { logger } from '../../services/shared/src/logging';
import type { RouterResponse } from './city-answer';

/** A city's answer as kept: the data version it was read at (or after), and the answer itself. */
export interface CachedAnswer {
  version: number;
  response: RouterResponse;
}

export interface AnswerCacheSettings {
  /** REDIS_URL: one cache shared by every gateway replica; absent, each gateway keeps its own in memory. */
  redisUrl?: string;
  /** CITY_CACHE_ENTRIES: how many answers the in-memory cache keeps (least recently used go first). */
  maxEntries: number;
}

/**
 * A cached answer is a GraphQL response: JSON with no Buffer or Date to revive. Keyv's default
 * (de)serialiser parses with a reviver, which made reading a hit the gateway's largest single cost in
 * the 34-city profile (9% of its busy time); the engine's own JSON.parse is several times faster.
 */
const plainJson = {
  serialize: (data: unknown) => JSON.stringify(data),
  deserialize: (text: string) => JSON.parse(text) as never,
};

/** How long lookups are skipped after the cache failed. */
const PAUSE_AFTER_ERROR_MS = 5_000;

export type CacheOutcome = 'hit' | 'miss' | 'stale' | 'stored';

export const cityCacheEvents =
  (register.getSingleMetric('hub_city_cache_total') as Counter<'city' | 'outcome'> | undefined) ??
  new Counter({
    name: 'hub_city_cache_total',
    help: "The gateway's cache of public answers, by city (or cooperation, the hub) and outcome (hit, miss, stale, stored)",
    labelNames: ['city', 'outcome'] as const,
  });

/**
 * The cities' public answers (what a city marks `Cache-Control: public`: comparison figures, the
 * officials of its education union), kept by city and question and checked against the city's data
 * version before use. Keyv over an LRU map by default, over Redis when REDIS_URL is set; the cache
 * failing (Redis down) makes every lookup a miss, never an error.
 */
export class CityAnswerCache {
  /** After a cache error (Redis down), lookups are skipped for a while instead of waiting on it. */
  private pausedUntil = 0;

  private constructor(
    private readonly store: Keyv<CachedAnswer>,
    private readonly connect: () => Promise<unknown> = async () => undefined,
  ) {
    store.on('error', (error: unknown) => {
      if (Date.now() >= this.pausedUntil) logger().warn({ err: error }, 'city answer cache unavailable');
      this.pausedUntil = Date.now() + PAUSE_AFTER_ERROR_MS;
    });
  }

  static create(settings: AnswerCacheSettings): CityAnswerCache {
    // v2: values are plain JSON (see plainJson); entries written by another format are never read.
    const namespace = 'union-hub:city-answers:v2';
    if (!settings.redisUrl) {
      // Keyv passes a TTL as a third argument, which LRUCache takes for options: Keyv checks expiry itself.
      const lru = new LRUCache<string, string>({ max: settings.maxEntries });
      const store = {
        get: (key: string) => lru.get(key),
        set: (key: string, value: string) => void lru.set(key, value),
        delete: (key: string) => lru.delete(key),
        clear: () => lru.clear(),
        has: (key: string) => lru.has(key),
      };
      return new CityAnswerCache(new Keyv<CachedAnswer>({ store, namespace, ...plainJson }));
    }
    // Never blocking a request on Redis: no queue of commands while disconnected, a short connect
    // deadline, and the client's own reconnection with back-off.
    const store = new KeyvRedis<CachedAnswer>(settings.redisUrl, {
      throwOnConnectError: false,
      throwOnErrors: false,
      connectionTimeout: 1_000,
    });
    store.namespace = namespace;
    const options = (store.client as { options?: { disableOfflineQueue?: boolean } }).options;
    if (options) options.disableOfflineQueue = true;
    const keyv = new Keyv<CachedAnswer>(store, { namespace, useKeyPrefix: false, ...plainJson });
    return new CityAnswerCache(keyv, () => store.getClient());
  }

  /** Connects before the first request (concurrent first commands would each try to connect). */
  async ready(): Promise<void> {
    await this.connect().catch(() => undefined);
  }

  /** The key of one question to one city: its operation text and variables, never who asked. */
  static keyOf(cityCode: string, query: string, variables: Record<string, unknown>): string {
    return createHash('sha256')
      .update(`${cityCode}\u0000${query}\u0000${JSON.stringify(variables)}`)
      .digest('base64url');
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    if (Date.now() < this.pausedUntil) return undefined;
    try {
      return (await this.store.get(key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, answer: CachedAnswer, ttlMs: number): Promise<void> {
    if (Date.now() < this.pausedUntil) return;
    try {
      await this.store.set(key, answer, ttlMs);
    } catch {
      // a cache that cannot store is a cache that misses
    }
  }

  async close(): Promise<void> {
    await this.store.disconnect().catch(() => undefined);
  }
}

/** `max-age` of a `Cache-Control: public` answer, in ms; 0 when it may not be shared. */
export function publicMaxAgeMs(cacheControl: string | null | undefined): number {
  if (!cacheControl || !/(^|,)\s*public\s*(,|$)/i.test(cacheControl)) return 0;
  if (/(^|,)\s*(no-store|private)\s*(,|$)/i.test(cacheControl)) return 0;
  const maxAge = /(^|,)\s*max-age=(\d+)/i.exec(cacheControl)?.[2];
  return maxAge ? Number(maxAge) * 1_000 : 0;
}
