import { DEPARTMENT_NAMES } from '../data/departments';
import type { MonthlyReport } from '../data/model';
import { el } from './dom';

/** Says which departments' figures are missing; everything else on the page stands. */
export function missingBanner(report: MonthlyReport): HTMLElement | null {
  if (report.missing.length === 0) return null;
  const names = report.missing.map((d) => DEPARTMENT_NAMES[d]).join('、');
  const laborDown = report.missing.includes('labor') && report.counties.length === 0;
  return el(
    'div',
    { class: 'missing-banner', role: 'alert', 'data-missing-departments': report.missing.join(' ') },
    el('strong', {}, '部门数据暂缺：'),
    names,
    laborDown
      ? '。县区名单由劳动保障局提供，该局恢复前无法列出各县区数字。'
      : '。这些部门的服务暂时没有响应，相应栏目以 “—” 标出；其余部门的数字照常显示。',
  );
}
