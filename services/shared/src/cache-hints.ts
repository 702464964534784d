/**
 * Apollo's cache hints (`@cacheControl`): a subgraph marks what anyone may be given from a shared
 * cache, and its answer then carries `Cache-Control: max-age=…, public` exactly when every field asked
 * is so marked (Apollo's cache-control plugin takes the most restrictive hint; an object field without
 * one is not cacheable). The gateway keeps such answers of a city and checks them against the city's
 * data version before every use (gateway/src/city-answer-reuse.ts), so the age only bounds how long an
 * unused answer stays.
 *
 * Mark only what is the same for every caller: a field that hides or shows data by role must never
 * sit under a public hint.
 */
export const PUBLIC_FOR_AN_HOUR = '@cacheControl(maxAge: 3600, scope: PUBLIC)';

/** For a type only ever reached under a public one (a comparison's figures): as cacheable as its parent. */
export const AS_CACHEABLE_AS_PARENT = '@cacheControl(inheritMaxAge: true)';

/** The directive's definition, as Apollo documents it for subgraphs. */
export const CACHE_CONTROL_DEFINITIONS = `
  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }

  directive @cacheControl(
    maxAge: Int
    scope: CacheControlScope
    inheritMaxAge: Boolean
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;
