import { toFen } from '../money';
import type { Department } from './departments';
import { INDICATOR_NAMES, LABOR_INDICATORS } from './model';

/** The County series fields the trend reads (element i is month i+1), with what each asks of a month. */
export const SERIES_FIELDS = {
  employmentSeries: { department: 'labor', selection: `month { ${LABOR_INDICATORS.join(' ')} }` },
  certificateSeries: { department: 'labor', selection: 'issuedInMonth' },
  loanSeries: { department: 'finance', selection: 'month { count amount }' },
  subsidySeries: { department: 'finance', selection: 'month { count amount }' },
  taxReliefSeries: { department: 'tax', selection: 'month { persons enterprises amount }' },
  registrationSeries: { department: 'commerce', selection: 'month { individualBusinesses enterprises feeExemptions feeExemptedAmount }' },
} as const satisfies Record<string, { department: Department; selection: string }>;

export type SeriesField = keyof typeof SERIES_FIELDS;

/** One month of a series as the graph answers it: the month's part of the stats. */
export type SeriesElement = Record<string, unknown>;

/** A monthly figure the trend chart can show: which series holds it and how to read it from a month. */
export interface TrendIndicator {
  id: string;
  label: string;
  unit: string;
  field: SeriesField;
  read: (element: SeriesElement) => number;
}

function monthPart(element: SeriesElement): Record<string, unknown> {
  const month = element.month;
  return typeof month === 'object' && month !== null ? (month as Record<string, unknown>) : element;
}

const count = (key: string) => (element: SeriesElement) => Number(monthPart(element)[key] ?? 0);

/** 万元 with two decimals, from a Money string in yuan. */
const wan = (key: string) => (element: SeriesElement) => Math.round(toFen(String(monthPart(element)[key] ?? '0')) / 10_000) / 100;

export const TREND_INDICATORS: TrendIndicator[] = [
  ...LABOR_INDICATORS.map((key) => ({ id: key, label: INDICATOR_NAMES[key], unit: '人', field: 'employmentSeries' as const, read: count(key) })),
  { id: 'certificatesIssued', label: '再就业优惠证发放', unit: '张', field: 'certificateSeries', read: count('issuedInMonth') },
  { id: 'loanCount', label: '小额担保贷款发放笔数', unit: '笔', field: 'loanSeries', read: count('count') },
  { id: 'loanAmount', label: '小额担保贷款发放金额', unit: '万元', field: 'loanSeries', read: wan('amount') },
  { id: 'subsidyAmount', label: '各项补贴拨付金额', unit: '万元', field: 'subsidySeries', read: wan('amount') },
  { id: 'taxReliefPersons', label: '税收减免人数', unit: '人', field: 'taxReliefSeries', read: count('persons') },
  { id: 'taxReliefAmount', label: '税收减免金额', unit: '万元', field: 'taxReliefSeries', read: wan('amount') },
  { id: 'individualBusinesses', label: '新登记个体工商户', unit: '户', field: 'registrationSeries', read: count('individualBusinesses') },
  { id: 'feeExemptions', label: '收费减免户数', unit: '户', field: 'registrationSeries', read: count('feeExemptions') },
];

export function trendIndicator(id: string): TrendIndicator {
  return TREND_INDICATORS.find((i) => i.id === id) ?? TREND_INDICATORS[2];
}
