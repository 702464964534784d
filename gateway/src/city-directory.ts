import { ConfigurationError } from '../../services/shared/src/errors';
import { CITY_CODE_PATTERN } from '../../services/shared/src/env';

export interface CityEndpoint {
  code: string;
  url: string;
}

/**
 * Parses `CITIES=HN=http://…/graphql,HP=http://…/graphql`. The order given is the order in which
 * city-wide contributions are concatenated, so it is kept.
 */
export function parseCityDirectory(spec: string | undefined): CityEndpoint[] {
  if (!spec?.trim())
    throw new ConfigurationError('CITIES is required, e.g. CITIES=HN=http://127.0.0.1:4101/graphql');
  const cities = spec.split(',').map((entry) => {
    const separator = entry.indexOf('=');
    const code = entry.slice(0, separator).trim();
    const url = entry.slice(separator + 1).trim();
    if (separator < 0 || !CITY_CODE_PATTERN.test(code)) {
      throw new ConfigurationError(`CITIES entry "${entry}" must look like HN=http://host:port/graphql`);
    }
    if (!/^https?:\/\/\S+$/.test(url)) throw new ConfigurationError(`CITIES: ${code} has no http(s) URL`);
    return { code, url };
  });
  const seen = new Set<string>();
  for (const { code } of cities) {
    if (seen.has(code)) throw new ConfigurationError(`CITIES lists ${code} twice`);
    seen.add(code);
  }
  return cities;
}

export function formatCityDirectory(cities: CityEndpoint[]): string {
  return cities.map(({ code, url }) => `${code}=${url}`).join(',');
}
