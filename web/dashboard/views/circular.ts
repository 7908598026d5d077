import { formatCount, formatYuan } from '../money';
import { DEPARTMENT_NAMES } from '../data/departments';
import { INDICATOR_NAMES, LABOR_INDICATORS, type MonthlyReport } from '../data/model';
import { el, on } from './dom';
import { monthEnd, monthLabel } from './format';
import { behindList, departmentTable, progressTable } from './tables';

export const LETTERHEAD = '淮安市就业再就业工作联席会议办公室';

/** 2003-08-15 → 2003年8月15日 */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The circulars (通报). Published, frozen circulars come with issue 12; until then the
 * list offers the month's report from live figures as a draft to print.
 */
export function circularsView(report: MonthlyReport, draftHref: string): HTMLElement {
  return el(
    'section',
    { class: 'circulars-view', 'data-view': 'circulars' },
    el('h2', {}, '通报 Circulars'),
    el(
      'ul',
      { class: 'circular-list' },
      el(
        'li',
        { 'data-circular': 'draft' },
        el('a', { href: draftHref }, `${monthLabel(report.year, report.month)}就业再就业工作进展情况（实时数据打印稿）`),
        el('span', { class: 'tag' }, '草稿 · 未发布'),
      ),
    ),
    el(
      'section',
      { class: 'pending', 'data-slot': 'published-circulars' },
      el('h3', {}, '已发布的通报 (published circulars)'),
      el(
        'p',
        {},
        '尚未接入：联席会议办公室发布通报的接口（issue 12）上线后，这里按月份列出已发布、内容冻结的通报及其各版次，可逐份打开、打印。',
      ),
    ),
  );
}

function summary(report: MonthlyReport): HTMLElement {
  const city = report.city?.labor;
  if (!city) return el('p', {}, '全市汇总数字暂缺。');
  const parts = LABOR_INDICATORS.map((k) => {
    const target = city.targets?.[k];
    return `${INDICATOR_NAMES[k]}${formatCount(city.yearToDate[k])}人${target ? `，为年度目标${formatCount(target)}人的${((city.yearToDate[k] * 100) / target).toFixed(1)}%` : ''}`;
  });
  const finance = report.city?.finance;
  const tax = report.city?.tax;
  const extra = [
    finance ? `发放小额担保贷款${formatCount(finance.yearToDate.count)}笔、${formatYuan(finance.yearToDate.amount)}元` : null,
    tax ? `减免税收${formatYuan(tax.yearToDate.amount)}元、惠及${formatCount(tax.yearToDate.persons)}人` : null,
  ].filter(Boolean);
  return el('p', { class: 'summary' }, `1月至${report.month}月，全市${parts.join('；')}${extra.length ? `；${extra.join('，')}` : ''}。`);
}

/**
 * The printable circular: the city's letterhead line, title, date and version, the
 * counties behind schedule, and both tables. The print stylesheet lays it out on A4.
 */
export function circularView(report: MonthlyReport, issuedOn: string, back: string): HTMLElement {
  const print = el('button', { type: 'button', class: 'print-button' }, '打印 Print');
  on(print, 'click', () => window.print());
  const noLinks = () => null;
  return el(
    'section',
    { class: 'circular-view', 'data-view': 'circular' },
    el('p', { class: 'screen-only' }, el('a', { href: back }, '← 返回通报列表'), ' ', print),
    el(
      'article',
      { class: 'sheet' },
      el('header', { class: 'letterhead' }, el('p', { class: 'issuer' }, LETTERHEAD), el('hr', { class: 'rule' })),
      el('h1', { class: 'title' }, `关于${monthLabel(report.year, report.month)}全市就业再就业工作进展情况的通报`),
      el(
        'p',
        { class: 'meta', 'data-meta': 'version' },
        `数据截至 ${monthEnd(report.year, report.month)} · 生成日期 ${chineseDate(issuedOn)} · 版本：实时数据打印稿（未发布）`,
      ),
      report.missing.length
        ? el(
            'p',
            { class: 'missing-note', 'data-missing-departments': report.missing.join(' ') },
            `注：${report.missing.map((d) => DEPARTMENT_NAMES[d]).join('、')}的数字生成时暂缺，表中以 “—” 标出。`,
          )
        : null,
      el('h2', {}, '一、总体进度'),
      summary(report),
      el('h2', {}, '二、进度滞后的县区'),
      el('p', {}, '以下县区年累计低于时序进度（差 = 进度要求 − 累计）：'),
      behindList(report),
      el('p', {}, '各县区目标任务进度与各部门政策落实情况见附表一、附表二。'),
      el('footer', { class: 'signature' }, el('p', {}, LETTERHEAD), el('p', {}, chineseDate(issuedOn))),
      // Each annex starts a page of its own, so the circular prints as three A4 pages.
      el(
        'section',
        { class: 'annex' },
        el('h2', {}, `附表一 ${monthLabel(report.year, report.month)}各县区目标任务进度`),
        progressTable(report, noLinks),
      ),
      el(
        'section',
        { class: 'annex' },
        el('h2', {}, `附表二 ${monthLabel(report.year, report.month)}各部门政策落实情况（年累计）`),
        departmentTable(report, noLinks),
      ),
    ),
  );
}
