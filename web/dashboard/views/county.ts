import { TREND_INDICATORS, trendIndicator } from '../data/indicators';
import { type AreaReport, INDICATOR_NAMES, LABOR_INDICATORS, type MonthlyReport } from '../data/model';
import type { YearSeries } from '../data/report-source';
import { drawTrendChart } from './charts';
import { el, on, replaceChildren } from './dom';
import { countCell, missingCell, moneyCell, monthEnd, monthLabel, signed } from './format';
import { missingBanner } from './missing';

function progressRows(area: AreaReport): HTMLTableRowElement[] {
  const labor = area.labor;
  return LABOR_INDICATORS.map((key) => {
    if (!labor)
      return el('tr', {}, el('th', { scope: 'row' }, INDICATOR_NAMES[key]), ...Array.from({ length: 5 }, () => missingCell('labor')));
    const expected = labor.expectedYearToDate?.[key] ?? null;
    const behind = labor.behindSchedule.includes(key);
    return el(
      'tr',
      { 'data-indicator': key },
      el('th', { scope: 'row' }, INDICATOR_NAMES[key]),
      labor.targets ? countCell(labor.targets[key], `targets.${key}`, 'labor') : el('td', { class: 'num none' }, '未下达'),
      countCell(labor.month[key], `employmentProgress.month.${key}`, 'labor'),
      countCell(labor.yearToDate[key], `employmentProgress.yearToDate.${key}`, 'labor'),
      expected === null
        ? el('td', { class: 'num none' }, '—')
        : countCell(expected, `employmentProgress.expectedYearToDate.${key}`, 'labor'),
      el(
        'td',
        { class: behind ? 'num gap behind' : 'num gap', 'data-behind': behind ? 'true' : 'false' },
        expected === null ? '—' : signed(labor.yearToDate[key] - expected),
        behind ? el('span', { class: 'behind-mark' }, ' 滞后') : null,
      ),
    );
  });
}

function pair(label: string, month: HTMLTableCellElement, ytd: HTMLTableCellElement): HTMLTableRowElement {
  return el('tr', {}, el('th', { scope: 'row' }, label), month, ytd);
}

function departmentRows(area: AreaReport): HTMLTableRowElement[] {
  const { labor, finance, tax, commerce } = area;
  return [
    pair(
      '再就业优惠证发放（张）',
      countCell(labor?.certificates.issuedInMonth, 'certificateStats.issuedInMonth', 'labor'),
      countCell(labor?.certificates.issuedYearToDate, 'certificateStats.issuedYearToDate', 'labor'),
    ),
    pair(
      '小额担保贷款（笔）',
      countCell(finance?.month.count, 'loanStats.month.count', 'finance'),
      countCell(finance?.yearToDate.count, 'loanStats.yearToDate.count', 'finance'),
    ),
    pair(
      '小额担保贷款（元）',
      moneyCell(finance?.month.amount, 'loanStats.month.amount', 'finance'),
      moneyCell(finance?.yearToDate.amount, 'loanStats.yearToDate.amount', 'finance'),
    ),
    pair(
      '税收减免人数',
      countCell(tax?.month.persons, 'taxReliefStats.month.persons', 'tax'),
      countCell(tax?.yearToDate.persons, 'taxReliefStats.yearToDate.persons', 'tax'),
    ),
    pair(
      '税收减免户数（企业）',
      countCell(tax?.month.enterprises, 'taxReliefStats.month.enterprises', 'tax'),
      countCell(tax?.yearToDate.enterprises, 'taxReliefStats.yearToDate.enterprises', 'tax'),
    ),
    pair(
      '税收减免金额（元）',
      moneyCell(tax?.month.amount, 'taxReliefStats.month.amount', 'tax'),
      moneyCell(tax?.yearToDate.amount, 'taxReliefStats.yearToDate.amount', 'tax'),
    ),
    pair(
      '新登记个体工商户',
      countCell(commerce?.month.individualBusinesses, 'registrationStats.month.individualBusinesses', 'commerce'),
      countCell(commerce?.yearToDate.individualBusinesses, 'registrationStats.yearToDate.individualBusinesses', 'commerce'),
    ),
    pair(
      '新登记企业',
      countCell(commerce?.month.enterprises, 'registrationStats.month.enterprises', 'commerce'),
      countCell(commerce?.yearToDate.enterprises, 'registrationStats.yearToDate.enterprises', 'commerce'),
    ),
    pair(
      '收费减免户数',
      countCell(commerce?.month.feeExemptions, 'registrationStats.month.feeExemptions', 'commerce'),
      countCell(commerce?.yearToDate.feeExemptions, 'registrationStats.yearToDate.feeExemptions', 'commerce'),
    ),
    pair(
      '收费减免金额（元）',
      moneyCell(commerce?.month.feeExemptedAmount, 'registrationStats.month.feeExemptedAmount', 'commerce'),
      moneyCell(commerce?.yearToDate.feeExemptedAmount, 'registrationStats.yearToDate.feeExemptedAmount', 'commerce'),
    ),
  ];
}

/**
 * Late duties and open consistency findings come with the joint office's API (issue 12).
 * Until then the slot says so plainly: an empty list here would read as "no problems".
 */
function pendingSlot(): HTMLElement {
  return el(
    'section',
    { class: 'pending', 'data-slot': 'duties-findings' },
    el('h3', {}, '逾期事项与一致性核查 (late duties · consistency findings)'),
    el(
      'p',
      {},
      '尚未接入：联席会议办公室的责任事项与跨部门核查接口（issue 12）上线后，这里列出本县区逾期未完成的责任事项，以及未整改的核查发现（每条附所涉记录的链接）。',
    ),
    el('p', { class: 'note' }, '此处没有数据，不代表没有问题。'),
  );
}

export function countyView(report: MonthlyReport, code: string, series: Promise<YearSeries>, back: string): HTMLElement {
  const area = report.counties.find((a) => a.code === code);
  if (!area) return el('section', { class: 'problem', role: 'alert' }, `没有县区 ${code} 的数字。`, el('a', { href: back }, '返回报表'));
  const trendBox = el('div', { class: 'chart', 'data-chart': 'county-trend' }, el('p', { class: 'loading' }, '正在读取各月数字…'));
  let trendId = 'reemployed';
  const trendSelect = el(
    'select',
    { id: 'county-trend-indicator' },
    ...TREND_INDICATORS.map((i) => el('option', { value: i.id, selected: i.id === trendId }, `${i.label}（${i.unit}）`)),
  );
  const redraw = () => void series.then((s) => drawTrendChart(trendBox, s, trendIndicator(trendId), code));
  on(trendSelect, 'change', () => {
    trendId = trendSelect.value;
    redraw();
  });
  series.then(
    () => {
      replaceChildren(trendBox);
      redraw();
    },
    () => replaceChildren(trendBox, el('p', { class: 'problem' }, '各月数字读取失败。')),
  );
  const rate = area.labor?.registeredUnemploymentRate;
  return el(
    'section',
    { class: 'county-view', 'data-view': 'county', 'data-county': code },
    el('p', {}, el('a', { href: back }, '← 返回全市报表')),
    el('h2', {}, `${area.name} · ${monthLabel(report.year, report.month)}`),
    el(
      'p',
      { class: 'asof' },
      `数据截至 ${monthEnd(report.year, report.month)}。城镇登记失业率：${rate === null || rate === undefined ? '—' : `${rate.toFixed(2)}%`}${area.labor?.targets ? `（控制目标 ≤${area.labor.targets.registeredUnemploymentRate}%）` : ''}`,
    ),
    missingBanner(report),
    el('h3', {}, '目标任务进度'),
    el(
      'table',
      { class: 'report county-progress', 'data-table': 'county-progress' },
      el('thead', {}, el('tr', {}, ...['指标', '年度目标', '本月', '累计', '进度要求', '差距'].map((t) => el('th', { scope: 'col' }, t)))),
      el('tbody', {}, ...progressRows(area)),
    ),
    el('h3', {}, '部门政策落实'),
    el(
      'table',
      { class: 'report county-departments', 'data-table': 'county-departments' },
      el('thead', {}, el('tr', {}, ...['项目', '本月', '年累计'].map((t) => el('th', { scope: 'col' }, t)))),
      el('tbody', {}, ...departmentRows(area)),
    ),
    el('figure', { class: 'wide' }, el('label', {}, '指标 ', trendSelect), trendBox),
    pendingSlot(),
  );
}
