import type { CombinedError } from 'urql';

export interface CityOutage {
  cityCode: string;
  /** Where in the answer the city's data is missing (GraphQL path). */
  path: (string | number)[];
}

/** The cities that could not be reached, from the gateway's CITY_UNAVAILABLE errors. */
export function cityOutages(error: CombinedError | undefined): CityOutage[] {
  return (error?.graphQLErrors ?? [])
    .filter((e) => e.extensions?.code === 'CITY_UNAVAILABLE' && typeof e.extensions.cityCode === 'string')
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
        .filter((e) => e.extensions?.code !== 'CITY_UNAVAILABLE')
        .map((e) => e.message);
