import type {
  CampaignComparisonViewQuery,
  ComparisonEditionFiguresFragment,
  ComparisonStandingsFragment,
  Indicator,
} from '../gql/graphql';

export type Campaign = NonNullable<CampaignComparisonViewQuery['campaign']>;
type ChosenEdition = { period: string; comparison?: Comparison; sectorComparison?: Comparison };
export type Comparison = ComparisonStandingsFragment;
/** An edition with the one comparison the page asked for (by union or by sector). */
export interface Edition {
  period: string;
  comparison: Comparison;
}
export type Figures = ComparisonEditionFiguresFragment;
type Standing = Comparison['cities'][number];
export type IndicatorFigure = Standing['indicators'][number];

/** The editions with the comparison asked for, whichever of the two fields brought it. */
export const chosenComparisons = (editions: readonly ChosenEdition[]): Edition[] =>
  editions.flatMap(({ period, comparison, sectorComparison }) => {
    const chosen = comparison ?? sectorComparison;
    return chosen ? [{ period, comparison: chosen }] : [];
  });

/** The order the page shows them in: taking part first, then its results, then awards and target. */
export const INDICATORS: Indicator[] = [
  'PARTICIPATION_RATE',
  'INITIATIVES_PER_100_MEMBERS',
  'GRADE_A_SHARE',
  'AWARDS_PER_100_MEMBERS',
  'ACHIEVEMENT_AGAINST_TARGET',
];

export type CityStatus = 'reported' | 'notReported' | 'unavailable';

/** A city as the comparison shows it: it answered (with a report or without) or it could not be reached. */
export interface CityEntry {
  code: string;
  name: string;
  status: CityStatus;
  standing?: Standing;
}

export interface IndicatorRow {
  indicator: Indicator;
  city: CityEntry;
  figure?: IndicatorFigure;
}

export interface FigureRow {
  city: CityEntry;
  period: string;
  figures?: Figures;
}

/**
 * The cities of one edition: those that answered (ranked among themselves by the hub) and those the
 * hub says are missing or whose data came back as CITY_UNAVAILABLE, in the graph's city order.
 */
export function cityEntries(
  edition: Edition,
  cities: { code: string; name: string }[],
  unavailable: string[],
): CityEntry[] {
  const nameOf = (code: string) => cities.find((city) => city.code === code)?.name ?? code;
  const answered: CityEntry[] = edition.comparison.cities.map((standing) => ({
    code: standing.cityCode,
    name: nameOf(standing.cityCode),
    status: standing.reported ? 'reported' : 'notReported',
    standing,
  }));
  const missing = [...new Set([...edition.comparison.missingCities, ...unavailable])]
    .filter((code) => !answered.some((entry) => entry.code === code))
    .map((code): CityEntry => ({ code, name: nameOf(code), status: 'unavailable' }));
  const order = (code: string) => {
    const index = cities.findIndex((city) => city.code === code);
    return index === -1 ? cities.length : index;
  };
  return [...answered, ...missing].sort((a, b) => order(a.code) - order(b.code));
}

export const figureOf = (entry: CityEntry, indicator: Indicator) =>
  entry.standing?.indicators.find((figure) => figure.indicator === indicator);

export const indicatorRows = (entries: CityEntry[]): IndicatorRow[] =>
  INDICATORS.flatMap((indicator) =>
    entries.map((city) => ({ indicator, city, figure: figureOf(city, indicator) })),
  );

/**
 * Each city's raw figures for the edition and the one before, as the comparison added them up (on its
 * boundaries, by its grouping); nothing for a missing city, or for a previous period with no edition.
 */
export const figureRows = (edition: Edition, editions: Edition[], entries: CityEntry[]): FigureRow[] => {
  const previous = editions.find(({ period }) => period === edition.comparison.previousPeriod);
  const figuresOf = (of: Edition | undefined, code: string) =>
    of?.comparison.cities.find((standing) => standing.cityCode === code)?.figures;
  return entries.flatMap((city) => [
    { city, period: edition.period, figures: figuresOf(edition, city.code) },
    { city, period: edition.comparison.previousPeriod, figures: figuresOf(previous, city.code) },
  ]);
};

/** One city's value of an indicator in every edition, oldest first (null: no value that edition). */
export const trendOf = (editions: Edition[], cityCode: string, indicator: Indicator) =>
  editions.map(
    (edition) =>
      edition.comparison.cities
        .find((standing) => standing.cityCode === cityCode)
        ?.indicators.find((figure) => figure.indicator === indicator)?.value ?? null,
  );

export const hasValue = (entries: CityEntry[], indicator: Indicator) =>
  entries.some((entry) => typeof figureOf(entry, indicator)?.value === 'number');
