import { type AreaReport, INDICATOR_NAMES, LABOR_INDICATORS, type LaborIndicator, type MonthlyReport } from '../data/model';
import { el } from './dom';
import { countCell, missingCell, moneyCell, signed } from './format';

function rows(report: MonthlyReport): AreaReport[] {
  return report.city ? [...report.counties, report.city] : report.counties;
}

function areaHeader(area: AreaReport, link: (code: string) => string | null, isCity: boolean): HTMLTableCellElement {
  const href = isCity ? null : link(area.code);
  return el('th', { scope: 'row', class: 'area' }, href ? el('a', { href }, area.name) : area.name);
}

function progressCells(area: AreaReport, key: LaborIndicator): HTMLTableCellElement[] {
  const labor = area.labor;
  if (!labor) return [missingCell('labor'), missingCell('labor'), missingCell('labor'), missingCell('labor')];
  const expected = labor.expectedYearToDate?.[key] ?? null;
  const behind = labor.behindSchedule.includes(key);
  const gap = expected === null ? null : labor.yearToDate[key] - expected;
  return [
    labor.targets ? countCell(labor.targets[key], `targets.${key}`, 'labor') : el('td', { class: 'num none' }, '未下达'),
    countCell(labor.yearToDate[key], `employmentProgress.yearToDate.${key}`, 'labor'),
    expected === null ? el('td', { class: 'num none' }, '—') : countCell(expected, `employmentProgress.expectedYearToDate.${key}`, 'labor'),
    el(
      'td',
      { class: behind ? 'num gap behind' : 'num gap', 'data-gap': key, 'data-behind': behind ? 'true' : 'false' },
      gap === null ? '—' : signed(gap),
      behind ? el('span', { class: 'behind-mark' }, ' 滞后') : null,
    ),
  ];
}

function rateCells(area: AreaReport): HTMLTableCellElement[] {
  const labor = area.labor;
  if (!labor) return [missingCell('labor'), missingCell('labor')];
  const behind = labor.behindSchedule.includes('registeredUnemploymentRate');
  const rate = labor.registeredUnemploymentRate;
  return [
    el(
      'td',
      {
        class: behind ? 'num behind' : 'num',
        'data-field': rate === null ? undefined : 'employmentProgress.registeredUnemploymentRate',
        'data-behind': behind ? 'true' : 'false',
      },
      rate === null ? '—' : `${rate.toFixed(2)}%`,
      behind ? el('span', { class: 'behind-mark' }, ' 超标') : null,
    ),
    el('td', { class: 'num' }, labor.targets ? `≤${labor.targets.registeredUnemploymentRate}%` : '—'),
  ];
}

/** 目标任务进度表: targets, year to date, the pro-rated schedule, the gap and the mark. */
export function progressTable(report: MonthlyReport, link: (code: string) => string | null): HTMLTableElement {
  return el(
    'table',
    { class: 'report progress', 'data-table': 'progress' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { rowspan: 2, scope: 'col' }, '县区'),
        ...LABOR_INDICATORS.map((k) => el('th', { colspan: 4, scope: 'colgroup' }, INDICATOR_NAMES[k])),
        el('th', { colspan: 2, scope: 'colgroup' }, '城镇登记失业率'),
      ),
      el(
        'tr',
        {},
        ...LABOR_INDICATORS.flatMap(() => ['目标', '累计', '进度要求', '差距'].map((t) => el('th', { scope: 'col' }, t))),
        el('th', { scope: 'col' }, '月末'),
        el('th', { scope: 'col' }, '控制目标'),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows(report).map((area) =>
        el(
          'tr',
          { 'data-county': area.code, class: area === report.city ? 'total' : undefined },
          areaHeader(area, link, area === report.city),
          ...LABOR_INDICATORS.flatMap((k) => progressCells(area, k)),
          ...rateCells(area),
        ),
      ),
    ),
  );
}

function departmentCells(area: AreaReport): HTMLTableCellElement[] {
  const { labor, finance, tax, commerce } = area;
  return [
    countCell(labor?.certificates.issuedInMonth, 'certificateStats.issuedInMonth', 'labor'),
    countCell(labor?.certificates.issuedYearToDate, 'certificateStats.issuedYearToDate', 'labor'),
    countCell(labor?.certificates.valid, 'certificateStats.valid', 'labor'),
    countCell(finance?.yearToDate.count, 'loanStats.yearToDate.count', 'finance'),
    moneyCell(finance?.yearToDate.amount, 'loanStats.yearToDate.amount', 'finance'),
    moneyCell(finance?.outstandingAmount, 'loanStats.outstandingAmount', 'finance'),
    moneyCell(finance?.guaranteeCapacity, 'loanStats.guaranteeCapacity', 'finance'),
    countCell(tax?.yearToDate.persons, 'taxReliefStats.yearToDate.persons', 'tax'),
    countCell(tax?.yearToDate.enterprises, 'taxReliefStats.yearToDate.enterprises', 'tax'),
    moneyCell(tax?.yearToDate.amount, 'taxReliefStats.yearToDate.amount', 'tax'),
    countCell(commerce?.yearToDate.individualBusinesses, 'registrationStats.yearToDate.individualBusinesses', 'commerce'),
    countCell(commerce?.yearToDate.enterprises, 'registrationStats.yearToDate.enterprises', 'commerce'),
    countCell(commerce?.yearToDate.feeExemptions, 'registrationStats.yearToDate.feeExemptions', 'commerce'),
    moneyCell(commerce?.yearToDate.feeExemptedAmount, 'registrationStats.yearToDate.feeExemptedAmount', 'commerce'),
  ];
}

const DEPARTMENT_GROUPS: [string, string[]][] = [
  ['再就业优惠证 (劳动保障)', ['本月发放', '累计发放', '有效']],
  ['小额担保贷款 (财政)', ['累计笔数', '累计金额(元)', '贷款余额(元)', '担保能力(元)']],
  ['税收减免 (税务)', ['累计人数', '累计户数', '累计金额(元)']],
  ['工商登记与收费减免 (工商)', ['个体工商户', '企业', '减免户数', '减免金额(元)']],
];

/** 部门政策落实表: each department's figures for the year to date (certificates also the month). */
export function departmentTable(report: MonthlyReport, link: (code: string) => string | null): HTMLTableElement {
  return el(
    'table',
    { class: 'report departments', 'data-table': 'departments' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { rowspan: 2, scope: 'col' }, '县区'),
        ...DEPARTMENT_GROUPS.map(([name, cols]) => el('th', { colspan: cols.length, scope: 'colgroup' }, name)),
      ),
      el('tr', {}, ...DEPARTMENT_GROUPS.flatMap(([, cols]) => cols.map((c) => el('th', { scope: 'col' }, c)))),
    ),
    el(
      'tbody',
      {},
      ...rows(report).map((area) =>
        el(
          'tr',
          { 'data-county': area.code, class: area === report.city ? 'total' : undefined },
          areaHeader(area, link, area === report.city),
          ...departmentCells(area),
        ),
      ),
    ),
  );
}
