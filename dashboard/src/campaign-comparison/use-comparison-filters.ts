import { useQuery } from 'urql';
import { useUrlState } from '../shared/url-state';
import type { Boundaries, ResultGrouping } from '../gql/graphql';
import { CampaignCatalogQuery } from './campaign-comparison.operations';

export const BOUNDARIES: Boundaries[] = ['AS_REPORTED', 'TODAY'];
export const GROUPINGS: ResultGrouping[] = ['EDUCATION_UNION', 'EDUCATION_SECTOR'];

/**
 * The campaign and the edition, both in the URL (`?campaign=hai-tot&period=2022-2023`). Without them:
 * the first campaign of the catalog that has editions, and its newest edition. The boundaries and the
 * grouping too (`&boundaries=TODAY&grouping=EDUCATION_SECTOR`), as reported and by union by default.
 */
export function useComparisonFilters() {
  const [{ data, fetching, error }] = useQuery({ query: CampaignCatalogQuery });
  const campaigns = (data?.campaigns ?? []).filter(({ editions }) => editions.length > 0);
  const [campaignCode, setCampaign] = useUrlState('campaign', campaigns[0]?.code ?? '');
  const chosen = campaigns.find(({ code }) => code === campaignCode);
  // Editions come oldest first; the choice lists them newest first.
  const periods = (chosen?.editions ?? []).map(({ period }) => period).reverse();
  const [urlPeriod, setPeriod] = useUrlState('period', periods[0] ?? '');
  // A period the campaign has no edition for (e.g. kept from another campaign) falls back to its newest.
  const period = chosen && !periods.includes(urlPeriod) ? (periods[0] ?? '') : urlPeriod;
  const [boundaries, setBoundaries] = useUrlState('boundaries', 'AS_REPORTED');
  const [grouping, setGrouping] = useUrlState('grouping', 'EDUCATION_UNION');
  return {
    boundaries: (BOUNDARIES.find((value) => value === boundaries) ?? 'AS_REPORTED') as Boundaries,
    setBoundaries,
    grouping: (GROUPINGS.find((value) => value === grouping) ?? 'EDUCATION_UNION') as ResultGrouping,
    setGrouping,
    campaigns,
    campaignCode,
    setCampaign,
    periods,
    period,
    setPeriod,
    ready: data !== undefined,
    fetching,
    error,
  };
}
