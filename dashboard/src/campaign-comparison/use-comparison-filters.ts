import { useQuery } from 'urql';
import { useUrlState } from '../shared/url-state';
import { CampaignCatalogQuery } from './campaign-comparison.operations';

/**
 * The campaign and the edition, both in the URL (`?campaign=hai-tot&period=2022-2023`). Without them:
 * the first campaign of the catalog that has editions, and its newest edition.
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
  return {
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
