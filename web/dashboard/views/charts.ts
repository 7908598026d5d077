import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TitleComponent,
  type TitleComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, getInstanceByDom, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { yuanToWan } from '../money';
import type { TrendIndicator } from '../data/indicators';
import { INDICATOR_NAMES, type LaborIndicator, type MonthlyReport } from '../data/model';
import { pointsOf, type YearSeries } from '../data/year-series';

// Only what the three charts use, so the bundle carries no other chart types.
use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption | TooltipComponentOption
>;

const FONT = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

/**
 * Draws into `container` (replacing an earlier chart there) and marks it rendered for
 * tests and screenshots. No animation: a printed or captured chart is always complete.
 * Tooltips render on the canvas (richText): HTML tooltips would need inline styles.
 */
function draw(container: HTMLElement, option: Option): void {
  getInstanceByDom(container)?.dispose();
  container.removeAttribute('data-rendered');
  const chart = init(container, undefined, { renderer: 'canvas' });
  chart.on('finished', () => container.setAttribute('data-rendered', 'true'));
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 56, right: 16, top: 72, bottom: 32 },
    ...option,
    title: { top: 0, textStyle: { fontSize: 14 }, ...option.title },
    legend: { top: 26, type: 'scroll', ...option.legend },
  });
  container.setAttribute('data-series', String(Array.isArray(option.series) ? option.series.length : 0));
  const title = Array.isArray(option.title) ? option.title[0]?.text : option.title?.text;
  container.setAttribute('data-title', title ?? '');
  const resize = new ResizeObserver(() => (chart.isDisposed() ? resize.disconnect() : chart.resize()));
  resize.observe(container);
}

const percent = (part: number, whole: number) => Math.round((part * 1000) / whole) / 10;

/**
 * 时间过半、任务过半: each county's share of its yearly target done by the month's end,
 * against the share of the year gone (the pro-rated schedule), for one indicator.
 */
export function drawProgressChart(container: HTMLElement, report: MonthlyReport, key: LaborIndicator): void {
  const areas = report.counties.filter((a) => a.labor);
  const schedule = percent(report.month, 12);
  draw(container, {
    title: { text: `${INDICATOR_NAMES[key]}：目标完成率与时序进度` },
    xAxis: { type: 'category', data: areas.map((a) => a.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '%', max: (extent) => Math.max(100, Math.ceil(extent.max / 10) * 10) },
    series: [
      {
        name: '目标完成率',
        type: 'bar',
        data: areas.map((a) => (a.labor?.targets?.[key] ? percent(a.labor.yearToDate[key], a.labor.targets[key]) : null)),
      },
      { name: `时序进度 ${schedule}%`, type: 'line', symbol: 'none', data: areas.map(() => schedule) },
    ],
  });
}

/** 贷款与减免金额: year-to-date loans, tax relief and fee exemptions by county, in 万元 (fixed colours, so a missing department does not recolour the rest). */
export function drawAmountsChart(container: HTMLElement, report: MonthlyReport): void {
  const names = report.counties.map((a) => a.name);
  const series: BarSeriesOption[] = [];
  if (!report.missing.includes('finance'))
    series.push({
      name: '小额担保贷款',
      type: 'bar',
      itemStyle: { color: '#5470c6' },
      data: report.counties.map((a) => (a.finance ? yuanToWan(a.finance.yearToDate.amount) : null)),
    });
  if (!report.missing.includes('tax'))
    series.push({
      name: '税收减免',
      type: 'bar',
      itemStyle: { color: '#91cc75' },
      data: report.counties.map((a) => (a.tax ? yuanToWan(a.tax.yearToDate.amount) : null)),
    });
  if (!report.missing.includes('commerce'))
    series.push({
      name: '收费减免',
      type: 'bar',
      itemStyle: { color: '#ee6666' },
      data: report.counties.map((a) => (a.commerce ? yuanToWan(a.commerce.yearToDate.feeExemptedAmount) : null)),
    });
  draw(container, {
    title: { text: '贷款发放与减免金额（年累计）' },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '万元' },
    series,
  });
}

/**
 * 月度趋势: an indicator month by month, the counties stacked and the city's own figure
 * (the graph's city row) as a line over them; with `onlyCounty`, that county alone. Points
 * of a department that did not answer are gaps, not zeros.
 */
export function drawTrendChart(container: HTMLElement, series: YearSeries, indicator: TrendIndicator, onlyCounty?: string): void {
  const counties = series.counties.filter((a) => !onlyCounty || a.code === onlyCounty);
  const bars: BarSeriesOption[] = counties.map((area) => ({
    name: area.name,
    type: 'bar',
    stack: 'counties',
    data: pointsOf(area, indicator, series.months),
  }));
  const city: LineSeriesOption[] =
    series.city && !onlyCounty
      ? [
          {
            name: `${series.city.name}（全市）`,
            type: 'line',
            itemStyle: { color: '#c00000' },
            data: pointsOf(series.city, indicator, series.months),
          },
        ]
      : [];
  draw(container, {
    title: { text: `${series.year}年 ${indicator.label}（按月${onlyCounty ? '' : '，各县区叠加，折线为全市'}）` },
    // The business date's month is still running: say so rather than let it read as a slump.
    xAxis: {
      type: 'category',
      data: series.months.map((m, i) =>
        series.partialThrough && i === series.months.length - 1 ? `${m}月（至${Number(series.partialThrough.slice(8, 10))}日）` : `${m}月`,
      ),
    },
    yAxis: { type: 'value', name: indicator.unit },
    series: [...bars, ...city],
  });
  container.setAttribute('data-points', String(series.months.length));
}
