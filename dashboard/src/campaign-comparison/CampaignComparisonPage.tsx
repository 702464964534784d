import { type MutableRefObject, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ChartInstance } from '../shared/Chart';
import { DataTable } from '../shared/DataTable';
import { unavailableCityCodes } from '../shared/partial-data';
import { CompletenessNotice, FilterSelect, QueryState } from '../shared/status';
import { CampaignComparisonQuery, CampaignSectorComparisonQuery } from './campaign-comparison.operations';
import { chosenComparisons, cityEntries, figureRows, INDICATORS, indicatorRows } from './comparison-model';
import { ComparisonBasis, comparisonBasisLines } from './ComparisonBasis';
import { BOUNDARIES, GROUPINGS } from './use-comparison-filters';
import { comparisonPdfTables, exportComparisonPdf } from './comparison-pdf';
import { IndicatorSection } from './IndicatorSection';
import { NS } from './messages';
import { figureColumns, indicatorColumns } from './table-columns';
import { useComparisonFilters } from './use-comparison-filters';
import { periodOptions } from '../shared/periods';

type ChartRef = MutableRefObject<ChartInstance | null>;

export function CampaignComparisonPage() {
  const { t } = useTranslation(NS);
  const filters = useComparisonFilters();
  const { campaignCode, period, boundaries, grouping } = filters;
  const bySector = grouping === 'EDUCATION_SECTOR';
  const [byUnion] = useQuery({
    query: CampaignComparisonQuery,
    variables: { campaignCode, boundaries },
    pause: !campaignCode || bySector,
  });
  const [bySectorResult] = useQuery({
    query: CampaignSectorComparisonQuery,
    variables: { campaignCode, boundaries },
    pause: !campaignCode || !bySector,
  });
  const { data, fetching, error } = bySector ? bySectorResult : byUnion;
  const [exporting, setExporting] = useState(false);
  // One stable ref per chart, so the PDF can take each chart's picture.
  const chartRefs = useMemo(
    () =>
      INDICATORS.map(() => ({ bar: { current: null } as ChartRef, trend: { current: null } as ChartRef })),
    [],
  );

  const campaign = data?.campaign;
  const editions = useMemo(() => chosenComparisons(campaign?.editions ?? []), [campaign]);
  const edition = editions.find((candidate) => candidate.period === period);
  const cities = useMemo(() => data?.cities ?? [], [data]);
  const cityName = (code: string) => cities.find((c) => c.code === code)?.name ?? code;
  const unavailableKey = unavailableCityCodes(error).join(',');
  const entries = useMemo(
    () => (edition ? cityEntries(edition, cities, unavailableKey ? unavailableKey.split(',') : []) : []),
    [edition, cities, unavailableKey],
  );
  const missing = entries.filter((entry) => entry.status === 'unavailable');
  const provisional = edition !== undefined && (!edition.comparison.complete || missing.length > 0);
  const previousPeriod = edition?.comparison.previousPeriod ?? '';
  const completeness = provisional
    ? t('incomplete', { cities: missing.map((entry) => entry.name).join(', ') })
    : t('complete');

  const indicatorCols = useMemo(
    () => indicatorColumns(t, provisional, previousPeriod),
    [t, provisional, previousPeriod],
  );
  const figureCols = useMemo(() => figureColumns(t), [t]);
  const indicatorData = useMemo(() => indicatorRows(entries), [entries]);
  const figureData = useMemo(
    () => (edition ? figureRows(edition, editions, entries) : []),
    [edition, editions, entries],
  );
  const indicatorTitle = t('indicatorsTable', { period });
  const figureTitle = t('figuresTable', { period, previousPeriod });
  const exportPdf = async () => {
    if (!campaign || !edition) return;
    setExporting(true);
    try {
      await exportComparisonPdf({
        t,
        campaignName: campaign.name,
        period,
        previousPeriod,
        basis: comparisonBasisLines(t, edition.comparison, cityName, data?.provincialUnits ?? []),
        completeness,
        charts: INDICATORS.flatMap((indicator, index) => {
          const label = t(`indicator.${indicator}`);
          return [
            { caption: t('barChart', { indicator: label, period }), chart: chartRefs[index]!.bar.current },
            { caption: t('trendChart', { indicator: label }), chart: chartRefs[index]!.trend.current },
          ];
        }),
        tables: comparisonPdfTables({
          t,
          indicatorColumns: indicatorCols,
          indicatorRows: indicatorData,
          figureColumns: figureCols,
          figureRows: figureData,
          figureTitle,
        }),
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="comparison-title">
      <h1 id="comparison-title">{t('title')}</h1>
      <div className="filters no-print">
        <FilterSelect
          label={t('campaign')}
          value={campaignCode}
          onChange={filters.setCampaign}
          options={filters.campaigns.map(({ code, name }) => ({ value: code, label: name }))}
        />
        <FilterSelect
          label={t('period')}
          value={period}
          onChange={filters.setPeriod}
          options={periodOptions(filters.periods, period)}
        />
        <FilterSelect
          label={t('grouping')}
          value={grouping}
          onChange={filters.setGrouping}
          options={GROUPINGS.map((value) => ({ value, label: t(`groupingOption.${value}`) }))}
        />
        <FilterSelect
          label={t('boundaries')}
          value={boundaries}
          onChange={filters.setBoundaries}
          options={BOUNDARIES.map((value) => ({ value, label: t(`boundariesOption.${value}`) }))}
        />
      </div>
      <QueryState
        fetching={fetching || filters.fetching || !filters.ready}
        error={error ?? filters.error}
        hasData={data !== undefined || (filters.ready && !campaignCode)}
      >
        {!campaign ? (
          <p role="status">
            {campaignCode ? t('campaignNotFound', { code: campaignCode }) : t('noEditions')}
          </p>
        ) : !edition ? (
          <p role="status">{t('noEditions')}</p>
        ) : (
          <>
            <p className="lead" data-testid="campaign-name">
              {campaign.launchedBy
                ? t('leadLaunched', { campaign: campaign.name, body: campaign.launchedBy, period })
                : t('lead', { campaign: campaign.name, period })}
            </p>
            <p>{t('intro', { previousPeriod })}</p>
            <ComparisonBasis
              comparison={edition.comparison}
              cityName={cityName}
              units={data?.provincialUnits ?? []}
            />
            <CompletenessNotice
              complete={!provisional}
              text={completeness}
              missingCodes={missing.map((entry) => entry.code)}
              error={error}
              cityName={cityName}
            />
            <div className="actions no-print">
              <button type="button" onClick={() => void exportPdf()} disabled={exporting}>
                {t('common:exportPdf')}
              </button>
              <button type="button" onClick={() => window.print()}>
                {t('common:print')}
              </button>
            </div>
            {INDICATORS.map((indicator, index) => (
              <IndicatorSection
                key={indicator}
                indicator={indicator}
                edition={edition}
                editions={editions}
                entries={entries}
                provisional={provisional}
                barRef={chartRefs[index]!.bar}
                trendRef={chartRefs[index]!.trend}
              />
            ))}
            <h2>{indicatorTitle}</h2>
            <DataTable title={indicatorTitle} columns={indicatorCols} rows={indicatorData} pageSize={50} />
            <h2>{figureTitle}</h2>
            <DataTable title={figureTitle} columns={figureCols} rows={figureData} pageSize={50} />
          </>
        )}
      </QueryState>
    </section>
  );
}
