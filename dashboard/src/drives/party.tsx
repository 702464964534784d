import type { TFunction } from 'i18next';
import { CityUnavailable } from '../shared/status';

/** A drive party as the graph gives it: an organisation or a unit, each resolved by its own city. */
export interface PartyLike {
  cityCode: string;
  organisation?: { name: string } | null;
  unit?: { name: string } | null;
}

/** How a view knows which cities are down and what they are called. */
export interface CityContext {
  down: Set<string>;
  cityName: (code: string) => string;
}

export const partyName = (party: PartyLike) => party.organisation?.name ?? party.unit?.name ?? null;

/**
 * The party's name as text (tables' sorting and export, charts, PDF). A city that could not be reached
 * leaves the name null: say so rather than show nothing.
 */
export const partyText = (party: PartyLike, { down, cityName }: CityContext, t: TFunction) =>
  partyName(party) ??
  (down.has(party.cityCode) ? t('common:cityUnavailable', { city: cityName(party.cityCode) }) : '—');

/** The party's name, or the CityUnavailable notice in its place. */
export function PartyName({ party, context }: { party: PartyLike; context: CityContext }) {
  const name = partyName(party);
  if (name) return <>{name}</>;
  return context.down.has(party.cityCode) ? (
    <CityUnavailable city={context.cityName(party.cityCode)} />
  ) : (
    <>—</>
  );
}

export const cityContextOf = (
  down: string[],
  cities: { code: string; name: string }[] | undefined,
): CityContext => ({
  down: new Set(down),
  cityName: (code) => cities?.find((city) => city.code === code)?.name ?? code,
});
