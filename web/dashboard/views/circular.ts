import type { Circular, CircularArea, CircularSummary, Loaded } from '../data/circulars';
import { INDICATOR_NAMES, type LaborIndicator } from '../data/model';
import { formatCount, formatYuan } from '../money';
import { el, on } from './dom';
import { monthEnd, monthLabel } from './format';
import { chineseDate, dutyTable, RULE_NAMES, sectionProblem } from './office-lists';

export const LETTERHEAD = '淮安市就业再就业工作联席会议办公室';

const READ_SCOPES = 'report:read 或 labor:read';

function publishedAt(iso: string): string {
  // Shown in the reader's time zone: the moment the office pressed "publish".
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

/**
 * The published circulars (通报) of the year, newest first, every version of a month: a
 * month re-published after a correction keeps its earlier versions readable. Publishing
 * is the office's (`publishCircular`, joint:write), not the dashboard's.
 */
export function circularsView(year: number, list: Loaded<CircularSummary[]>, open: (c: CircularSummary) => string): HTMLElement {
  const body = !list.ok
    ? sectionProblem('通报', list.problem, READ_SCOPES)
    : list.value.length === 0
      ? el(
          'p',
          { class: 'empty', 'data-empty': 'circulars' },
          `${year}年尚未发布通报。通报由联席会议办公室发布（publishCircular，需 joint:write 权限）。`,
        )
      : el(
          'ul',
          { class: 'circular-list' },
          ...list.value.map((c) =>
            el(
              'li',
              { 'data-circular': c.id, 'data-version': c.version },
              el('a', { href: open(c) }, `关于${monthLabel(c.year, c.month)}全市就业再就业工作进展情况的通报`),
              el('span', { class: 'tag' }, `第${c.version}版`),
              el('span', { class: 'when' }, `发布日期 ${chineseDate(c.businessDate)}（${publishedAt(c.publishedAt)}）`),
            ),
          ),
        );
  return el(
    'section',
    { class: 'circulars-view', 'data-view': 'circulars' },
    el('h2', {}, `${year}年 通报 Circulars`),
    el('p', { class: 'asof' }, '已发布的通报内容冻结：各部门此后的更正不改变它；同月再次发布为新的版次，旧版次仍可查阅。'),
    body,
  );
}

function percentOf(done: number, target: number | null): string {
  return target ? `，为年度目标${formatCount(target)}人的${((done * 100) / target).toFixed(1)}%` : '';
}

function summary(city: CircularArea | undefined, month: number): HTMLElement {
  if (!city) return el('p', {}, '全市汇总数字暂缺。');
  return el(
    'p',
    { class: 'summary' },
    `1月至${month}月，全市实现就业再就业${formatCount(city.reemployedYearToDate)}人${percentOf(city.reemployedYearToDate, city.reemployedTarget)}；`,
    `困难人员再就业${formatCount(city.hardshipReemployedYearToDate)}人${percentOf(city.hardshipReemployedYearToDate, city.hardshipReemployedTarget)}；`,
    `月末登记失业${formatCount(city.registeredUnemployed)}人。`,
    `发放再就业优惠证${formatCount(city.certificatesIssuedYearToDate)}张，有效${formatCount(city.certificatesValid)}张；`,
    `发放小额担保贷款${formatCount(city.loanCountYearToDate)}笔、${formatYuan(city.loanAmountYearToDate)}元；`,
    `减免税收${formatYuan(city.reliefAmountYearToDate)}元、惠及${formatCount(city.reliefPersonsYearToDate)}人；`,
    `新登记个体工商户${formatCount(city.individualBusinessesYearToDate)}户，减免收费${formatCount(city.feeExemptionsYearToDate)}户；`,
    `拨付各项补贴${formatYuan(city.subsidyAmountYearToDate)}元。`,
  );
}

function behindList(circular: Circular): HTMLElement {
  if (circular.countiesBehindSchedule.length === 0) return el('p', {}, '各县区均达到时序进度。');
  return el(
    'ol',
    { class: 'behind-list', 'data-list': 'behind' },
    ...circular.countiesBehindSchedule.map((gap) => {
      const names = gap.indicators.map(
        (k) => INDICATOR_NAMES[k as LaborIndicator] ?? (k === 'registeredUnemploymentRate' ? '城镇登记失业率' : k),
      );
      const gaps = [
        gap.reemployedGap ? `实现就业再就业差${formatCount(gap.reemployedGap)}人` : null,
        gap.hardshipReemployedGap ? `困难人员再就业差${formatCount(gap.hardshipReemployedGap)}人` : null,
      ].filter(Boolean);
      return el(
        'li',
        { 'data-county': gap.code },
        el('strong', {}, gap.name),
        `：${names.join('、')}滞后于时序进度${gaps.length ? `，其中${gaps.join('，')}` : ''}。`,
      );
    }),
  );
}

function findingsList(circular: Circular, areaName: (code: string | null) => string): HTMLElement {
  if (circular.openFindings.length === 0) return el('p', { 'data-list': 'findings' }, '发布时无未整改的核查发现。');
  return el(
    'ol',
    { class: 'findings-list', 'data-list': 'findings' },
    ...circular.openFindings.map((f) =>
      el(
        'li',
        { 'data-finding': f.id },
        el('strong', {}, `${areaName(f.countyCode)} · ${RULE_NAMES[f.rule] ?? f.rule}`),
        `（${chineseDate(f.detectedAt)}发现）：${f.summary}`,
      ),
    ),
  );
}

const AREA_COLUMNS: [keyof CircularArea, string, 'count' | 'money'][] = [
  ['reemployedTarget', '再就业目标', 'count'],
  ['reemployedYearToDate', '再就业累计', 'count'],
  ['hardshipReemployedTarget', '困难人员目标', 'count'],
  ['hardshipReemployedYearToDate', '困难人员累计', 'count'],
  ['registeredUnemployed', '登记失业', 'count'],
  ['certificatesIssuedYearToDate', '发证累计', 'count'],
  ['certificatesValid', '有效证', 'count'],
  ['loanCountYearToDate', '贷款笔数', 'count'],
  ['loanAmountYearToDate', '贷款金额(元)', 'money'],
  ['loanOutstandingAmount', '贷款余额(元)', 'money'],
  ['reliefPersonsYearToDate', '减免人数', 'count'],
  ['reliefAmountYearToDate', '减免税额(元)', 'money'],
  ['individualBusinessesYearToDate', '个体工商户', 'count'],
  ['feeExemptionsYearToDate', '收费减免户', 'count'],
  ['subsidyAmountYearToDate', '补贴金额(元)', 'money'],
];

/** 附表: every area's frozen figures, the city last as the table's total row. */
function areasTable(circular: Circular): HTMLTableElement {
  const counties = circular.areas.filter((a) => a.code !== '320800');
  const city = circular.areas.find((a) => a.code === '320800');
  const row = (area: CircularArea, total: boolean) =>
    el(
      'tr',
      { 'data-county': area.code, class: total ? 'total' : undefined },
      el('th', { scope: 'row', class: 'area' }, area.name),
      ...AREA_COLUMNS.map(([field, , kind]) => {
        const value = area[field];
        if (value === null) return el('td', { class: 'num none' }, '未下达');
        return el('td', { class: 'num', 'data-field': field }, kind === 'money' ? formatYuan(String(value)) : formatCount(Number(value)));
      }),
    );
  return el(
    'table',
    { class: 'report circular-areas', 'data-table': 'circular-areas' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, '县区'), ...AREA_COLUMNS.map(([, label]) => el('th', { scope: 'col' }, label))),
    ),
    el('tbody', {}, ...counties.map((a) => row(a, false)), city ? row(city, true) : null),
  );
}

/**
 * A published circular as printed: the city's letterhead line, title, data date, the
 * date it was issued and its version; the overall progress, the counties behind schedule,
 * the open findings and the late duties as frozen at publication; the areas' figures as an
 * annex. The print stylesheet lays it out on A4 (the annex on a landscape page of its own).
 */
export function circularView(circular: Circular, back: string): HTMLElement {
  const print = el('button', { type: 'button', class: 'print-button' }, '打印 Print');
  on(print, 'click', () => window.print());
  const names = new Map(circular.areas.map((a) => [a.code, a.name]));
  const areaName = (code: string | null) => (code ? (names.get(code) ?? code) : '市级');
  const title = `关于${monthLabel(circular.year, circular.month)}全市就业再就业工作进展情况的通报`;
  return el(
    'section',
    { class: 'circular-view', 'data-view': 'circular', 'data-circular': circular.id },
    el('p', { class: 'screen-only' }, el('a', { href: back }, '← 返回通报列表'), ' ', print),
    el(
      'article',
      { class: 'sheet' },
      el('header', { class: 'letterhead' }, el('p', { class: 'issuer' }, LETTERHEAD), el('hr', { class: 'rule' })),
      el('h1', { class: 'title' }, title),
      el(
        'p',
        { class: 'meta', 'data-meta': 'version' },
        `数据截至 ${monthEnd(circular.year, circular.month)} · 发布日期 ${chineseDate(circular.businessDate)} · 第${circular.version}版`,
      ),
      el('p', {}, '各县（区）人民政府，市各有关部门：'),
      el('p', {}, `现将${monthLabel(circular.year, circular.month)}全市就业再就业工作进展情况通报如下。`),
      el('h2', {}, '一、总体进度'),
      summary(
        circular.areas.find((a) => a.code === '320800'),
        circular.month,
      ),
      el('h2', {}, '二、进度滞后的县区'),
      behindList(circular),
      el('h2', {}, '三、未整改的核查发现'),
      findingsList(circular, areaName),
      el('h2', {}, '四、逾期未完成的责任事项'),
      circular.lateDuties.length === 0 ? el('p', {}, '无。') : dutyTable(circular.lateDuties, areaName),
      el('p', {}, '请进度滞后的县区和逾期未完成责任事项的单位抓紧落实，并于下月通报前报送整改情况。'),
      el('footer', { class: 'signature' }, el('p', {}, LETTERHEAD), el('p', {}, chineseDate(circular.businessDate))),
      el(
        'section',
        { class: 'annex' },
        el('h2', {}, `附表 ${monthLabel(circular.year, circular.month)}各县区就业再就业主要指标（年累计，第${circular.version}版）`),
        areasTable(circular),
      ),
    ),
  );
}

/** A circular id that the graph does not know (or no longer has). */
export function circularMissing(id: string, back: string): HTMLElement {
  return el('section', { class: 'problem', role: 'alert' }, `没有编号为 ${id} 的通报。`, ' ', el('a', { href: back }, '返回通报列表'));
}
