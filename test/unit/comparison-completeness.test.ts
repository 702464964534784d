import { PeriodKind } from '../../services/cooperation/src/entities/catalog.entity';
import {
  AwardKind,
  AwardPeriod,
  EditionCityResult,
  IssuerLevel,
  RecipientType,
} from '../../services/cooperation/src/entities/comparison.types';
import {
  completeness,
  expectedCities,
} from '../../services/cooperation/src/services/comparison-completeness';
import {
  awardsComparison,
  campaignComparison,
} from '../../services/cooperation/src/services/comparison.service';
import { noFigures } from '../../services/shared/src/result-grouping';

/** A city's answer for an edition: a report with `participants` of 1,000 members, or "no report". */
const answer = (cityCode: string, participants: number | null): EditionCityResult => ({
  cityCode,
  reported: participants !== null,
  ...noFigures(),
  members: 1_000,
  participants,
});

const REGISTRY = ['DN', 'HN', 'HP'];

describe('the cities a comparison expects', () => {
  it('is every registered city, in registry order, for a campaign without joint cities', () => {
    expect(expectedCities(REGISTRY)).toEqual(['DN', 'HN', 'HP']);
    expect(expectedCities(REGISTRY, [])).toEqual(['DN', 'HN', 'HP']);
  });

  it('is the joint cities only, in registry order whatever order they were given in', () => {
    expect(expectedCities(REGISTRY, ['HP', 'HN'])).toEqual(['HN', 'HP']);
  });

  it('keeps a joint city the registry does not list, after the others', () => {
    expect(expectedCities(REGISTRY, ['QN', 'HP'])).toEqual(['HP', 'QN']);
  });
});

describe('the completeness rule', () => {
  it('is complete when every expected city answered', () => {
    expect(completeness(['HN', 'HP'], ['HN', 'HP'])).toEqual({ complete: true, missingCities: [] });
  });

  it('names the expected cities that did not answer, in expected order', () => {
    expect(completeness(['DN', 'HN', 'HP'], ['HN'])).toEqual({
      complete: false,
      missingCities: ['DN', 'HP'],
    });
  });

  it('ignores cities that answered without being expected, and duplicates', () => {
    expect(completeness(['HN'], ['HN', 'QN', 'HN'])).toEqual({ complete: true, missingCities: [] });
    expect(completeness(['HP', 'HP'], [])).toEqual({ complete: false, missingCities: ['HP'] });
  });

  it('is complete when no city was expected', () => {
    expect(completeness([], [])).toEqual({ complete: true, missingCities: [] });
  });
});

describe('comparisons say whether they are complete', () => {
  const edition = (results: EditionCityResult[]) => ({
    campaignCode: 'hai-tot',
    period: '2022-2023',
    periodKind: PeriodKind.SCHOOL_YEAR,
    cityResults: results,
    previousCityResults: [],
  });

  it('treats a city that answered without a report as "not reported", not missing', () => {
    const comparison = campaignComparison(edition([answer('HN', 900), answer('HP', null)]), [], ['HN', 'HP']);
    expect(comparison).toMatchObject({ complete: true, missingCities: [] });
    expect(comparison.cities.map((city) => [city.cityCode, city.reported])).toEqual([
      ['HN', true],
      ['HP', false],
    ]);
  });

  it('ranks the cities that answered and names the silent one missing', () => {
    const comparison = campaignComparison(edition([answer('HN', 900)]), [], ['HN', 'HP']);
    expect(comparison).toMatchObject({ complete: false, missingCities: ['HP'] });
    expect(comparison.cities.map((city) => city.cityCode)).toEqual(['HN']);
    const leader = comparison.leaders.find((l) => l.indicator === 'PARTICIPATION_RATE');
    expect(leader).toEqual({ indicator: 'PARTICIPATION_RATE', cityCode: 'HN', value: 90 });
  });

  it('expects only the joint cities of a joint campaign', () => {
    const comparison = campaignComparison(edition([answer('HP', 500)]), ['HP'], ['HP']);
    expect(comparison).toMatchObject({ complete: true, missingCities: [] });
  });

  it('treats a city with no awards as present (zeros) and a silent one as missing', () => {
    const line = {
      kind: AwardKind.BANG_KHEN,
      issuerLevel: IssuerLevel.LDLD_THANH_PHO,
      recipientType: RecipientType.COLLECTIVE,
      recipients: 4,
    };
    const period: AwardPeriod = {
      period: '2022-2023',
      cityAwards: [
        { cityCode: 'HN', lines: [] },
        { cityCode: 'HP', lines: [line] },
      ],
    };
    const awards = awardsComparison(period, ['DN', 'HN', 'HP']);
    expect(awards).toMatchObject({ cityCodes: ['HN', 'HP'], complete: false, missingCities: ['DN'] });
    expect(awards.rows[0].cities).toEqual([
      { cityCode: 'HN', recipients: 0 },
      { cityCode: 'HP', recipients: 4 },
    ]);
  });
});
