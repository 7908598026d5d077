import { formatCount, formatYuan } from '../money';
import { DEPARTMENT_NAMES, type Department } from '../data/departments';
import { el } from './dom';

/** A figure cell; `field` names where the figure sits in the API's answer (tests compare by it). */
export function countCell(value: number | null | undefined, field: string, department: Department): HTMLTableCellElement {
  if (value === null || value === undefined) return missingCell(department);
  return el('td', { class: 'num', 'data-field': field }, formatCount(value));
}

export function moneyCell(value: string | null | undefined, field: string, department: Department): HTMLTableCellElement {
  if (value === null || value === undefined) return missingCell(department);
  return el('td', { class: 'num', 'data-field': field }, formatYuan(value));
}

export function missingCell(department: Department): HTMLTableCellElement {
  return el('td', { class: 'num missing', title: `${DEPARTMENT_NAMES[department]} 数据暂缺`, 'data-missing': department }, '—');
}

export function monthLabel(year: number, month: number): string {
  return `${year}年${month}月`;
}

/** The last day of the month, as the report's "as of" date. */
export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}年${month}月${day}日`;
}

export function signed(n: number): string {
  return n > 0 ? `+${formatCount(n)}` : formatCount(n);
}
