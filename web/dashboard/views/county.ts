import type { Duty, Loaded } from '../data/circulars';
import { TREND_INDICATORS, trendIndicator } from '../data/indicators';
import type { CountyFindings, Finding, RecordRef } from '../data/office';
import { RECORD_KINDS } from '../data/records';
import { type AreaReport, INDICATOR_NAMES, LABOR_INDICATORS, type MonthlyReport } from '../data/model';
import type { YearSeries } from '../data/year-series';
import { drawTrendChart } from './charts';
import { el, on, replaceChildren } from './dom';
import { countCell, missingCell, moneyCell, monthEnd, monthLabel, signed } from './format';
import { missingBanner } from './missing';
import { chineseDate, dutyTable, RULE_NAMES, sectionProblem } from './office-lists';

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

export interface CountyOffice {
  duties: Promise<Loaded<Duty[]>>;
  findings: Promise<Loaded<CountyFindings>>;
  /** Where a record a finding names opens (the dashboard's record view). */
  recordLink: (ref: RecordRef) => string;
}

const READ_SCOPES = 'report:read 或 labor:read';
const RECORD_SCOPES = 'labor:read、finance:read、tax:read、commerce:read';

/** Fills a section when its request answers; until then it says it is reading. */
function section(slot: string, title: string, content: Promise<HTMLElement>): HTMLElement {
  const box = el(
    'section',
    { class: 'office-section', 'data-slot': slot },
    el('h3', {}, title),
    el('p', { class: 'loading' }, '正在读取…'),
  );
  void content.then(
    (node) => {
      replaceChildren(box, el('h3', {}, title), node);
      box.setAttribute('data-loaded', 'true');
    },
    () => {
      replaceChildren(box, el('h3', {}, title), el('p', { class: 'problem' }, '读取失败。'));
      box.setAttribute('data-loaded', 'true');
    },
  );
  return box;
}

function dutiesSection(area: AreaReport, duties: Promise<Loaded<Duty[]>>): HTMLElement {
  return section(
    'late-duties',
    '逾期未完成的责任事项 (late duties)',
    duties.then((loaded) => {
      if (!loaded.ok) return sectionProblem('责任事项', loaded.problem, READ_SCOPES);
      if (loaded.value.length === 0) return el('p', { 'data-empty': 'late-duties' }, `${area.name}没有逾期未完成的责任事项。`);
      return el(
        'div',
        { class: 'table-wrap' },
        dutyTable(loaded.value, () => area.name),
      );
    }),
  );
}

function recordLinks(finding: Finding, link: (ref: RecordRef) => string): HTMLElement {
  return el(
    'ul',
    { class: 'record-links' },
    ...(finding.records ?? []).map((ref) =>
      el(
        'li',
        {},
        el(
          'a',
          { href: link(ref), 'data-record': `${ref.kind}/${ref.key}` },
          `${RECORD_KINDS[ref.kind]?.label ?? `${ref.kind} (${ref.department})`} ${ref.key}`,
        ),
      ),
    ),
  );
}

function findingsSection(area: AreaReport, findings: Promise<Loaded<CountyFindings>>, link: (ref: RecordRef) => string): HTMLElement {
  return section(
    'findings',
    '未整改的核查发现 (open consistency findings)',
    findings.then((loaded) => {
      if (!loaded.ok) return sectionProblem('核查发现', loaded.problem, READ_SCOPES);
      const { findings: list, recordsRefused } = loaded.value;
      const refused = recordsRefused
        ? el(
            'div',
            { class: 'section-problem', role: 'note', 'data-problem': 'records-forbidden' },
            el('p', {}, '当前令牌无权查看核查发现所涉的记录（涉及个人）：需要同时含 ', el('code', {}, RECORD_SCOPES), ' 的令牌。'),
            el('p', { class: 'detail' }, '网关的答复：', recordsRefused),
          )
        : null;
      if (list.length === 0) return el('div', {}, el('p', { 'data-empty': 'findings' }, `${area.name}没有未整改的核查发现。`));
      return el(
        'div',
        {},
        refused,
        el(
          'ol',
          { class: 'findings-list' },
          ...list.map((f) =>
            el(
              'li',
              { 'data-finding': f.id },
              el('strong', {}, RULE_NAMES[f.rule] ?? f.rule),
              `（${chineseDate(f.detectedAt)}发现）：${f.summary}`,
              f.records ? recordLinks(f, link) : null,
            ),
          ),
        ),
      );
    }),
  );
}

export function countyView(
  report: MonthlyReport,
  code: string,
  series: Promise<YearSeries>,
  back: string,
  office: CountyOffice,
): HTMLElement {
  const area = report.counties.find((a) => a.code === code);
  if (!area) return el('section', { class: 'problem', role: 'alert' }, `没有县区 ${code} 的数字。`, el('a', { href: back }, '返回报表'));
  const trendBox = el('div', { class: 'chart', 'data-chart': 'county-trend' }, el('p', { class: 'loading' }, '正在读取各月数字…'));
  let trendId = 'reemployed';
  const trendSelect = el(
    'select',
    { id: 'county-trend-indicator' },
    ...TREND_INDICATORS.map((i) => el('option', { value: i.id, selected: i.id === trendId }, `${i.label}（${i.unit}）`)),
  );
  const redraw = (): void =>
    void series.then(
      (s) => drawTrendChart(trendBox, s, trendIndicator(trendId), code),
      () => undefined, // the box already says the months could not be read
    );
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
    dutiesSection(area, office.duties),
    findingsSection(area, office.findings, office.recordLink),
  );
}
