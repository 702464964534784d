import { previousPeriod, schoolYearArgument } from '../../../shared/src/school-year';
import { BadUserInputError } from '../../../shared/src/errors';
import {
  AwardPeriod,
  AwardsComparison,
  Boundaries,
  CampaignComparison,
  CampaignEdition,
  EditionCityResult,
  ResultGrouping,
} from '../entities/comparison.types';
import type { CatalogService } from './catalog.service';
import { onBoundaries } from './comparison-boundaries';
import type { ProvincialUnitService } from './provincial-units.service';
import { completeness, Completeness, expectedCities } from './comparison-completeness';
import { compareCities, INDICATORS } from './comparison-math';
import type { RegistryService } from './registry.service';

/** A period is a school year ("2022-2023") or a calendar year ("2023"). */
export function periodArgument(period: string, argument = 'period'): string {
  if (/^\d{4}$/.test(period)) return period;
  try {
    return schoolYearArgument(period, argument);
  } catch {
    throw new BadUserInputError(
      `${argument} must be a school year like 2022-2023 or a calendar year like 2023`,
      {
        argument,
      },
    );
  }
}

/**
 * Comparisons computed by the hub from the figures the cities provide (@requires): the cities'
 * own records never leave their subgraphs except as these figures. Each says whether every city it
 * expected answered (see comparison-completeness.ts); ranks are among the cities that did.
 */
export class ComparisonService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly registry: RegistryService,
    private readonly provincialUnits: ProvincialUnitService,
  ) {}

  async campaignComparison(
    edition: CampaignEdition,
    boundaries = Boundaries.AS_REPORTED,
    groupedBy = ResultGrouping.EDUCATION_UNION,
  ): Promise<CampaignComparison> {
    const jointCities = await this.catalog.jointCities(edition.campaignCode);
    const expected = expectedCities(await this.registry.codes(), jointCities);
    const successorOf =
      boundaries === Boundaries.TODAY
        ? await this.provincialUnits.successorsOfMerged()
        : new Map<string, string>();
    const figures = groupedBy === ResultGrouping.EDUCATION_SECTOR ? sectorFigures(edition) : edition;
    return { ...campaignComparison(figures, jointCities, expected, boundaries, successorOf), groupedBy };
  }

  async awardsComparison(period: AwardPeriod): Promise<AwardsComparison> {
    return awardsComparison(period, expectedCities(await this.registry.codes()));
  }

  /** Whether every registered city contributed its figures to a city-wide list (e.g. per school level). */
  async coverage(contributions: { cityCode: string }[] = []): Promise<Completeness> {
    return completeness(
      expectedCities(await this.registry.codes()),
      contributions.map(({ cityCode }) => cityCode),
    );
  }
}

/** An edition whose city figures are the sector totals the cities contributed. */
function sectorFigures(edition: CampaignEdition): CampaignEdition {
  return {
    ...edition,
    cityResults: edition.sectorResults,
    previousCityResults: edition.previousSectorResults,
    predecessorResults: edition.predecessorSectorResults,
    previousPredecessorResults: edition.previousPredecessorSectorResults,
  };
}

/**
 * The comparison of an edition among its joint cities (all when none), against the `expected` ones,
 * from the figures in its city results (the caller says whose reports those are: `groupedBy`).
 */
export function campaignComparison(
  edition: CampaignEdition,
  jointCities: string[],
  expected: string[],
  boundaries = Boundaries.AS_REPORTED,
  successorOf: ReadonlyMap<string, string> = new Map(),
): Omit<CampaignComparison, 'groupedBy'> {
  const keep = (results: EditionCityResult[] = []) =>
    jointCities.length ? results.filter((result) => jointCities.includes(result.cityCode)) : results;
  const now = onBoundaries(edition.cityResults, edition.predecessorResults, successorOf, boundaries);
  const before = onBoundaries(
    edition.previousCityResults,
    edition.previousPredecessorResults,
    successorOf,
    boundaries,
  );
  const current = keep(now.results);
  const previous = keep(before.results);
  const indicators = compareCities(current, previous);
  const cities = current.map((figures) => ({
    cityCode: figures.cityCode,
    reported: figures.reported,
    figures,
    indicators: indicators.get(figures.cityCode) ?? [],
    formedFrom: now.formedFrom.get(figures.cityCode) ?? [figures.cityCode],
  }));
  const leaders = INDICATORS.map((indicator) => {
    const leader = cities.find((city) => city.indicators.find((i) => i.indicator === indicator)?.rank === 1);
    const value = leader?.indicators.find((i) => i.indicator === indicator)?.value ?? null;
    return { indicator, cityCode: leader?.cityCode ?? null, value };
  });
  return {
    campaignCode: edition.campaignCode,
    period: edition.period,
    previousPeriod: previousPeriod(edition.period),
    cities,
    leaders,
    boundaries,
    ...completeness(
      expected,
      (edition.cityResults ?? []).map(({ cityCode }) => cityCode),
    ),
  };
}

/** Awards by kind × issuer level × recipient type, city by city, against the `expected` cities. */
export function awardsComparison(period: AwardPeriod, expected: string[]): AwardsComparison {
  const cities = period.cityAwards ?? [];
  const rows = new Map<string, AwardsComparison['rows'][number]>();
  for (const { lines } of cities) {
    for (const line of lines) {
      const key = `${line.kind}|${line.issuerLevel}|${line.recipientType}`;
      if (!rows.has(key)) {
        rows.set(key, {
          kind: line.kind,
          issuerLevel: line.issuerLevel,
          recipientType: line.recipientType,
          cities: cities.map(({ cityCode }) => ({ cityCode, recipients: 0 })),
        });
      }
    }
  }
  cities.forEach(({ lines }, index) => {
    for (const line of lines)
      rows.get(`${line.kind}|${line.issuerLevel}|${line.recipientType}`)!.cities[index].recipients +=
        line.recipients;
  });
  return {
    period: period.period,
    cityCodes: cities.map(({ cityCode }) => cityCode),
    rows: [...rows.values()].sort((a, b) =>
      `${a.kind}${a.issuerLevel}${a.recipientType}`.localeCompare(
        `${b.kind}${b.issuerLevel}${b.recipientType}`,
      ),
    ),
    ...completeness(
      expected,
      cities.map(({ cityCode }) => cityCode),
    ),
  };
}
