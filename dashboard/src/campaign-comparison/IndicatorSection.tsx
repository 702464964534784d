import { type MutableRefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../gql/graphql';
import { Chart, type ChartInstance } from '../shared/Chart';
import { barOption, trendHasValue, trendOption } from './chart-options';
import { type CityEntry, type Edition, hasValue } from './comparison-model';
import { NS } from './messages';

export interface IndicatorSectionProps {
  indicator: Indicator;
  edition: Edition;
  editions: Edition[];
  entries: CityEntry[];
  provisional: boolean;
  barRef: MutableRefObject<ChartInstance | null>;
  trendRef: MutableRefObject<ChartInstance | null>;
}

/** One indicator: the cities of this edition as bars (rank, gap, change) beside the trend of all editions. */
export function IndicatorSection({
  indicator,
  edition,
  editions,
  entries,
  provisional,
  barRef,
  trendRef,
}: IndicatorSectionProps) {
  const { t } = useTranslation(NS);
  const label = t(`indicator.${indicator}`);
  const previousPeriod = edition.comparison.previousPeriod;
  const bars = useMemo(
    () => barOption({ t, indicator, entries, previousPeriod, provisional }),
    [t, indicator, entries, previousPeriod, provisional],
  );
  const trend = useMemo(() => trendOption(indicator, editions, entries), [indicator, editions, entries]);
  const id = `indicator-${indicator}`;
  return (
    <section aria-labelledby={id} data-indicator={indicator}>
      <h2 id={id}>{label}</h2>
      <div className="charts">
        {hasValue(entries, indicator) ? (
          <Chart
            title={t('barChart', { indicator: label, period: edition.period })}
            option={bars}
            height={280}
            instanceRef={barRef}
          />
        ) : (
          <p className="muted">{t('noValue', { period: edition.period })}</p>
        )}
        {trendHasValue(editions, entries, indicator) ? (
          <Chart
            title={t('trendChart', { indicator: label })}
            option={trend}
            height={280}
            instanceRef={trendRef}
          />
        ) : (
          <p className="muted">{t('noTrend')}</p>
        )}
      </div>
    </section>
  );
}
