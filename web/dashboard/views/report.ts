import { TREND_INDICATORS, trendIndicator } from '../data/indicators';
import { INDICATOR_NAMES, LABOR_INDICATORS, type LaborIndicator, type MonthlyReport } from '../data/model';
import type { YearSeries } from '../data/year-series';
import { drawAmountsChart, drawProgressChart, drawTrendChart } from './charts';
import { el, on, replaceChildren } from './dom';
import { monthEnd, monthLabel } from './format';
import { missingBanner } from './missing';
import { departmentTable, progressTable } from './tables';

function select(id: string, options: [string, string][], value: string, change: (v: string) => void): HTMLSelectElement {
  const node = el('select', { id }, ...options.map(([v, label]) => el('option', { value: v, selected: v === value }, label)));
  on(node, 'change', () => change(node.value));
  return node;
}

/** The month's report: tables, then charts; the trend chart fills in when its months arrive. */
export function reportView(report: MonthlyReport, series: Promise<YearSeries>, countyLink: (code: string) => string): HTMLElement {
  const progressBox = el('div', { class: 'chart', 'data-chart': 'progress' });
  const amountsBox = el('div', { class: 'chart', 'data-chart': 'amounts' });
  const trendBox = el('div', { class: 'chart', 'data-chart': 'trend' }, el('p', { class: 'loading' }, '正在读取各月数字…'));
  let progressKey: LaborIndicator = 'reemployed';
  let trendId = 'reemployed';

  const progressSelect = select(
    'progress-indicator',
    LABOR_INDICATORS.map((k) => [k, INDICATOR_NAMES[k]]),
    progressKey,
    (v) => {
      progressKey = v as LaborIndicator;
      drawProgressChart(progressBox, report, progressKey);
    },
  );
  const trendSelect = select(
    'trend-indicator',
    TREND_INDICATORS.map((i) => [i.id, `${i.label}（${i.unit}）`]),
    trendId,
    (v) => {
      trendId = v;
      // A failed series already says so in the box; choosing again changes nothing.
      series.then(
        (s) => drawTrendChart(trendBox, s, trendIndicator(trendId)),
        () => undefined,
      );
    },
  );

  const view = el(
    'section',
    { class: 'report-view', 'data-view': 'report' },
    el('h2', {}, `${monthLabel(report.year, report.month)} 就业再就业工作进度`),
    el(
      'p',
      { class: 'asof' },
      `数据截至 ${monthEnd(report.year, report.month)}；进度要求 = 年度目标 × 月份 ÷ 12（向上取整）；差距 = 累计 − 进度要求。`,
    ),
    missingBanner(report),
    el('h3', {}, '一、目标任务进度'),
    el('div', { class: 'table-wrap' }, progressTable(report, countyLink)),
    el('h3', {}, '二、部门政策落实'),
    el('div', { class: 'table-wrap' }, departmentTable(report, countyLink)),
    el('h3', {}, '三、图表'),
    el(
      'div',
      { class: 'charts' },
      el('figure', {}, el('label', {}, '指标 ', progressSelect), progressBox),
      el('figure', {}, amountsBox),
      el('figure', { class: 'wide' }, el('label', {}, '指标 ', trendSelect), trendBox),
    ),
  );
  // Charts need their boxes laid out (a width) before they draw.
  requestAnimationFrame(() => {
    if (report.counties.length === 0) return;
    drawProgressChart(progressBox, report, progressKey);
    drawAmountsChart(amountsBox, report);
  });
  series.then(
    (s) => {
      replaceChildren(trendBox);
      if (s.counties.length > 0) drawTrendChart(trendBox, s, trendIndicator(trendId));
    },
    () => replaceChildren(trendBox, el('p', { class: 'problem' }, '各月数字读取失败。')),
  );
  return view;
}
