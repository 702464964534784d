/**
 * Whether a cross-city aggregate heard from every city it should have (issues 11 and 12): a dashboard
 * must never publish a ranking of the cities that answered as if it were the ranking of all of them.
 *
 * Two different things must not be confused:
 * - a city that answered but has no report for the edition is *not reported* (it is in the
 *   comparison with `reported: false` and null indicators) — the answer is complete;
 * - a city that did not answer at all (down, too slow, or unknown to the gateway) is *missing* — the
 *   answer is incomplete, whatever the others said.
 *
 * The city subgraph makes the two distinguishable: whenever a city answers, its contribution to a
 * city-wide entity holds exactly one entry carrying its `cityCode`, even with nothing to report
 * (`EditionCityResult { reported: false }`, `CityAwards { lines: [] }`, `CityLevelFigure` with zeros;
 * see services/city/src/resolvers/comparison-contributions.resolver.ts). The shard router
 * concatenates the answering cities' entries and leaves a failed city's out (with CITY_UNAVAILABLE), so
 * the `cityCode`s present in the @requires data are exactly the cities that answered.
 */
export interface Completeness {
  /** True when every expected city answered (whether or not it reported). */
  complete: boolean;
  /** Expected cities that did not answer, in the order of `expected` (the registry's). */
  missingCities: string[];
}

/**
 * The cities an aggregate should hear from: the campaign's joint cities when it has any, otherwise
 * every city in the registry. `registry` is in registry order, and the result follows it; a joint city
 * the registry no longer lists is kept, at the end.
 */
export function expectedCities(registry: readonly string[], jointCities: readonly string[] = []): string[] {
  if (jointCities.length === 0) return [...new Set(registry)];
  const joint = new Set(jointCities);
  const listed = registry.filter((code) => joint.has(code));
  return [...new Set([...listed, ...jointCities.filter((code) => !registry.includes(code))])];
}

/** Which expected cities are absent from the cities that answered. */
export function completeness(expected: readonly string[], answered: Iterable<string>): Completeness {
  const present = new Set(answered);
  const missingCities = [...new Set(expected)].filter((code) => !present.has(code));
  return { complete: missingCities.length === 0, missingCities };
}
