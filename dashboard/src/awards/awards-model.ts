import type { AwardKind, AwardsComparisonViewQuery, IssuerLevel, RecipientType } from '../gql/graphql';

export type AwardPeriod = AwardsComparisonViewQuery['awardPeriod'];
export type AwardRow = AwardPeriod['comparison']['rows'][number];

/** A city's column: it reported awards, answered with none, or could not be reached. */
export interface AwardCity {
  code: string;
  name: string;
  status: 'reported' | 'notReported' | 'unavailable';
}

// Highest distinction first, national issuers before local ones: the order of a review report.
const KINDS: AwardKind[] = [
  'CO_THI_DUA',
  'BANG_KHEN',
  'GIAY_KHEN',
  'CHIEN_SI_THI_DUA_CO_SO',
  'LAO_DONG_TIEN_TIEN',
];
const ISSUERS: IssuerLevel[] = [
  'TONG_LDLD_VIET_NAM',
  'CONG_DOAN_GIAO_DUC_VIET_NAM',
  'LDLD_THANH_PHO',
  'CITY_EDUCATION_UNION',
  'DISTRICT_FEDERATION',
  'GOVERNMENT',
];
const RECIPIENTS: RecipientType[] = ['COLLECTIVE', 'INDIVIDUAL'];

export const sortedRows = (rows: AwardRow[]) =>
  [...rows].sort(
    (a, b) =>
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
      ISSUERS.indexOf(a.issuerLevel) - ISSUERS.indexOf(b.issuerLevel) ||
      RECIPIENTS.indexOf(a.recipientType) - RECIPIENTS.indexOf(b.recipientType),
  );

/**
 * The cities compared: those that answered (a city with no award line at all has not reported, its
 * cells say so instead of 0) and those missing, in the graph's city order.
 */
export function awardCities(
  period: AwardPeriod,
  cities: { code: string; name: string }[],
  unavailable: string[],
): AwardCity[] {
  const nameOf = (code: string) => cities.find((city) => city.code === code)?.name ?? code;
  const answered = period.comparison.cityCodes.map((code): AwardCity => ({
    code,
    name: nameOf(code),
    status: period.cityAwards.some((awards) => awards.cityCode === code && awards.lines.length > 0)
      ? 'reported'
      : 'notReported',
  }));
  const missing = [...new Set([...period.comparison.missingCities, ...unavailable])]
    .filter((code) => !answered.some((city) => city.code === code))
    .map((code): AwardCity => ({ code, name: nameOf(code), status: 'unavailable' }));
  const order = (code: string) => {
    const index = cities.findIndex((city) => city.code === code);
    return index === -1 ? cities.length : index;
  };
  return [...answered, ...missing].sort((a, b) => order(a.code) - order(b.code));
}

/** A city's recipients on one line; nothing for a city that did not report or answer. */
export const recipientsOf = (row: AwardRow, city: AwardCity) =>
  city.status === 'reported'
    ? (row.cities.find((count) => count.cityCode === city.code)?.recipients ?? 0)
    : null;
