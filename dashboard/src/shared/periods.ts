import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useUrlState } from './url-state';

const PeriodsQuery = graphql(`
  query Periods {
    campaigns {
      code
      editions {
        period
        periodKind
      }
    }
  }
`);

/**
 * The periods the catalog has editions for, newest first, and the one chosen in the URL (the newest
 * school year when none is): the choice a union officer makes first on most views.
 */
export function usePeriodFilter(name = 'period', kind: 'SCHOOL_YEAR' | 'ANY' = 'ANY') {
  const [{ data }] = useQuery({ query: PeriodsQuery });
  const periods = [
    ...new Set(
      (data?.campaigns ?? [])
        .flatMap(({ editions }) => editions)
        .filter(({ periodKind }) => kind === 'ANY' || periodKind === kind)
        .map(({ period }) => period),
    ),
  ].sort((a, b) => b.localeCompare(a));
  const newestSchoolYear = periods.find((period) => /^\d{4}-\d{4}$/.test(period)) ?? periods[0] ?? '';
  const [period, setPeriod] = useUrlState(name, newestSchoolYear);
  return { periods, period, setPeriod, ready: data !== undefined };
}

/** The choices of a period filter: the catalog's periods, and the chosen one even when not among them (a shared link). */
export const periodOptions = (periods: string[], chosen: string) =>
  (periods.includes(chosen) || !chosen ? periods : [chosen, ...periods]).map((period) => ({
    value: period,
    label: period,
  }));
