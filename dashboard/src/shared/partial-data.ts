import type { CombinedError } from 'urql';

export interface CityOutage {
  cityCode: string;
  /** Where in the answer the city's data is missing (GraphQL path). */
  path: (string | number)[];
}

/**
 * Codes of a city that answered nothing for its part: unreachable, or running a release that lacks a
 * field asked (CITY_SCHEMA_BEHIND). Either way the other cities' data stands.
 */
const CITY_PART_MISSING = new Set(['CITY_UNAVAILABLE', 'CITY_SCHEMA_BEHIND']);

/** The cities whose part is missing, from the gateway's CITY_UNAVAILABLE and CITY_SCHEMA_BEHIND errors. */
export function cityOutages(error: CombinedError | undefined): CityOutage[] {
  return (error?.graphQLErrors ?? [])
    .filter(
      (e) => CITY_PART_MISSING.has(String(e.extensions?.code)) && typeof e.extensions.cityCode === 'string',
    )
    .map((e) => ({ cityCode: e.extensions.cityCode as string, path: [...(e.path ?? [])] }));
}

export const unavailableCityCodes = (error: CombinedError | undefined) => [
  ...new Set(cityOutages(error).map(({ cityCode }) => cityCode)),
];

/** Errors other than a city outage: the view cannot trust its data. */
export const seriousErrors = (error: CombinedError | undefined) =>
  error?.networkError
    ? [error.networkError.message]
    : (error?.graphQLErrors ?? [])
        .filter((e) => !CITY_PART_MISSING.has(String(e.extensions?.code)))
        .map((e) => e.message);
