import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import langVI from 'echarts/i18n/langVI-obj.js';
import { type MutableRefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Only the chart kinds the views draw are bundled (ECharts is tree-shaken through echarts/core).
echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);
echarts.registerLocale('VI', langVI);

export type ChartInstance = echarts.ECharts;

export interface ChartProps {
  title: string;
  option: EChartsCoreOption;
  height?: number;
  /** Receives the live chart, e.g. to put its picture into a PDF. */
  instanceRef?: MutableRefObject<ChartInstance | null>;
}

/** An ECharts chart with a text alternative: ECharts' aria description plus a labelled figure. */
export function Chart({ title, option, height = 320, instanceRef }: ChartProps) {
  const { t, i18n } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, {
      renderer: 'canvas',
      locale: i18n.language === 'en' ? 'EN' : 'VI',
    });
    chart.current = instance;
    if (instanceRef) instanceRef.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
      if (instanceRef) instanceRef.current = null;
    };
  }, [i18n.language, instanceRef]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
  }, [option, i18n.language]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={element} role="img" aria-label={t('chart', { title })} style={{ height, width: '100%' }} />
    </figure>
  );
}
