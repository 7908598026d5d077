import type { Duty, SectionProblem } from '../data/circulars';
import { DEPARTMENT_NAMES, type Department } from '../data/departments';
import { el } from './dom';

/** The joint office's consistency rules (ConsistencyRule), as the office names them. */
export const RULE_NAMES: Record<string, string> = {
  BENEFIT_WITHOUT_VALID_CERTIFICATE: '无有效优惠证享受政策',
  BENEFIT_BEFORE_CERTIFICATE: '发证前享受政策',
  COUNTED_BY_TWO_DEPARTMENTS: '两部门重复统计',
  SUBSIDY_WITHOUT_HIRE: '补贴无对应录用记录',
  WELFARE_POST_PRIORITY_SKIPPED: '公益性岗位未优先安置困难人员',
};

const STATE_NAMES: Record<string, string> = { OPEN: '未到期', LATE: '逾期未完成', DONE: '已完成', DONE_LATE: '逾期完成' };

export function departmentName(department: string): string {
  return DEPARTMENT_NAMES[department as Department] ?? department;
}

/** 2003-08-15 → 2003年8月15日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Duties as a table: who answers, what, by when, where it stands. */
export function dutyTable(duties: Duty[], areaName: (code: string | null) => string): HTMLTableElement {
  return el(
    'table',
    { class: 'report duties', 'data-table': 'late-duties' },
    el('thead', {}, el('tr', {}, ...['县区', '部门', '责任事项', '责任单位', '期限', '状态'].map((t) => el('th', { scope: 'col' }, t)))),
    el(
      'tbody',
      {},
      ...duties.map((d) =>
        el(
          'tr',
          { 'data-duty': d.code, 'data-county': d.countyCode ?? 'city' },
          el('td', {}, areaName(d.countyCode)),
          el('td', {}, departmentName(d.department)),
          el('td', { class: 'wrap' }, d.title),
          el('td', { class: 'wrap' }, d.answerer),
          el('td', {}, chineseDate(d.deadline)),
          el('td', { class: d.state === 'LATE' ? 'behind' : undefined }, d.state ? (STATE_NAMES[d.state] ?? d.state) : '状态暂缺'),
        ),
      ),
    ),
  );
}

/**
 * What a section shows when the joint office would not answer it: a refusal names the
 * scope the section needs, an outage says the office is not answering. Either way the
 * rest of the page stands, and the reader is told the section is not "nothing to report".
 */
export function sectionProblem(section: string, problem: SectionProblem, scopes: string): HTMLElement {
  return el(
    'div',
    { class: 'section-problem', role: 'note', 'data-problem': problem.kind },
    problem.kind === 'forbidden'
      ? el('p', {}, `当前令牌无权查看${section}：需要含 `, el('code', {}, scopes), ' 的令牌。')
      : el('p', {}, `联席会议办公室的服务暂时没有响应，${section}暂缺。`),
    el('p', { class: 'detail' }, '网关的答复：', problem.message),
  );
}
