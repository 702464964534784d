import type { TFunction } from 'i18next';
import type { Indicator } from '../gql/graphql';
import { formatNumber } from '../shared/format';
import { type CityEntry, type Edition, figureOf, trendOf } from './comparison-model';

// Tooltips are HTML: a city or campaign name from the graph is text, never markup.
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const formatFigure = (value: number) => formatNumber(value, 2);
export const formatChange = (value: number) => `${value > 0 ? '+' : ''}${formatFigure(value)}`;

interface BarContext {
  t: TFunction;
  indicator: Indicator;
  entries: CityEntry[];
  previousPeriod: string;
  provisional: boolean;
}

/** The cities' values of one indicator in one edition, each bar labelled with its rank. */
export function barOption({ t, indicator, entries, previousPeriod, provisional }: BarContext) {
  const figures = entries.map((entry) => figureOf(entry, indicator));
  const axisLabel = (entry: CityEntry) => {
    if (entry.status === 'unavailable') return t('axisUnavailable', { city: entry.name });
    return typeof figureOf(entry, indicator)?.value === 'number'
      ? entry.name
      : t('axisNotReported', { city: entry.name });
  };
  const tooltip = (index: number) => {
    const entry = entries[index]!;
    const figure = figures[index];
    const lines = [`<strong>${escapeHtml(entry.name)}</strong>`];
    if (entry.status === 'unavailable')
      lines.push(escapeHtml(t('common:cityUnavailable', { city: entry.name })));
    else if (typeof figure?.value !== 'number') lines.push(escapeHtml(t('common:notReported')));
    else {
      lines.push(escapeHtml(t('tooltipValue', { value: formatFigure(figure.value) })));
      if (figure.rank !== null)
        lines.push(
          escapeHtml(t(provisional ? 'tooltipRankProvisional' : 'tooltipRank', { rank: figure.rank })),
        );
      if (figure.gapToLeader !== null)
        lines.push(escapeHtml(t('tooltipGap', { gap: formatFigure(figure.gapToLeader) })));
      if (figure.change !== null)
        lines.push(escapeHtml(t('tooltipChange', { previousPeriod, change: formatChange(figure.change) })));
    }
    return lines.join('<br/>');
  };
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => tooltip(params[0]?.dataIndex ?? 0),
    },
    grid: { left: 56, right: 24, top: 32, bottom: 56 },
    xAxis: { type: 'category', data: entries.map(axisLabel), axisLabel: { interval: 0, lineHeight: 16 } },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatFigure(value) } },
    series: [
      {
        type: 'bar',
        name: t(`indicator.${indicator}`),
        barMaxWidth: 64,
        // '-' is ECharts' "no value": a city without a value gets no bar, never a bar of 0.
        data: figures.map((figure) => (typeof figure?.value === 'number' ? figure.value : '-')),
        label: {
          show: true,
          position: 'top',
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const figure = figures[dataIndex];
            if (typeof figure?.value !== 'number') return '';
            return figure.rank === null
              ? formatFigure(figure.value)
              : t(provisional ? 'barLabelProvisional' : 'barLabel', {
                  value: formatFigure(figure.value),
                  rank: figure.rank,
                });
          },
        },
      },
    ],
  };
}

/** Every edition of the campaign, one line per city. */
export function trendOption(indicator: Indicator, editions: Edition[], entries: CityEntry[]) {
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => (value === null ? '—' : formatFigure(value)),
    },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: editions.map((edition) => edition.period) },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatFigure(value) } },
    series: entries.map((entry) => ({
      type: 'line',
      name: entry.name,
      connectNulls: false,
      symbolSize: 8,
      data: trendOf(editions, entry.code, indicator).map((value) => value ?? '-'),
    })),
  };
}

export const trendHasValue = (editions: Edition[], entries: CityEntry[], indicator: Indicator) =>
  entries.some((entry) => trendOf(editions, entry.code, indicator).some((value) => value !== null));
