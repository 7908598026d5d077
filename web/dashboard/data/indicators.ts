import { yuanToWan } from '../money';
import type { Department } from './departments';
import { type AreaReport, INDICATOR_NAMES, LABOR_INDICATORS } from './model';

/** A monthly figure the trend chart can show, read from one area's report of the month. */
export interface TrendIndicator {
  id: string;
  label: string;
  unit: string;
  department: Department;
  read: (area: AreaReport) => number | null;
}

export const TREND_INDICATORS: TrendIndicator[] = [
  ...LABOR_INDICATORS.map((key) => ({ id: key, label: INDICATOR_NAMES[key], unit: '人', department: 'labor' as const, read: (a: AreaReport) => a.labor?.month[key] ?? null })),
  { id: 'certificatesIssued', label: '再就业优惠证发放', unit: '张', department: 'labor', read: (a) => a.labor?.certificates.issuedInMonth ?? null },
  { id: 'loanCount', label: '小额担保贷款发放笔数', unit: '笔', department: 'finance', read: (a) => a.finance?.month.count ?? null },
  { id: 'loanAmount', label: '小额担保贷款发放金额', unit: '万元', department: 'finance', read: (a) => (a.finance ? yuanToWan(a.finance.month.amount) : null) },
  { id: 'taxReliefPersons', label: '税收减免人数', unit: '人', department: 'tax', read: (a) => a.tax?.month.persons ?? null },
  { id: 'taxReliefAmount', label: '税收减免金额', unit: '万元', department: 'tax', read: (a) => (a.tax ? yuanToWan(a.tax.month.amount) : null) },
  { id: 'individualBusinesses', label: '新登记个体工商户', unit: '户', department: 'commerce', read: (a) => a.commerce?.month.individualBusinesses ?? null },
  { id: 'feeExemptions', label: '收费减免户数', unit: '户', department: 'commerce', read: (a) => a.commerce?.month.feeExemptions ?? null },
];

export function trendIndicator(id: string): TrendIndicator {
  return TREND_INDICATORS.find((i) => i.id === id) ?? TREND_INDICATORS[2];
}
