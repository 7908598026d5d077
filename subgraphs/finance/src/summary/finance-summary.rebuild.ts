import type { EntityManager } from 'typeorm';
import { addToMonthlySummary, MonthlyDeltas } from '../../../../shared/monthly-summary';
import type { SubsidyKind } from '../subsidy/subsidy.enums';
import { FINANCE_SUMMARY_COLUMNS, type FinanceSummaryColumn } from './finance-monthly-summary.entity';
import { SUBSIDY_AMOUNT_COLUMN } from './finance-summary.rules';

type Row = Record<string, string | number | null>;

/**
 * Recomputes finance_monthly_summary from the loans and payments (the migration's
 * backfill, the demo seed's and the scale loader's last step), in `tx`: one GROUP BY each
 * for disbursements, closings and payments, by the rules of finance-summary.rules.ts,
 * then every row rewritten.
 */
export async function rebuildFinanceSummary(tx: EntityManager): Promise<void> {
  const total = new MonthlyDeltas<FinanceSummaryColumn>();
  const add = (rows: Row[], column: FinanceSummaryColumn, value: string, sign = 1) => {
    for (const r of rows) total.add(String(r.countyCode), `${String(r.ym)}-01`, column, sign * Number(r[value] ?? 0));
  };
  const byMonth = (table: string, alias: string, day: string) =>
    tx
      .createQueryBuilder()
      .from(table, alias)
      .select(`${alias}.countyCode`, 'countyCode')
      .addSelect(`SUBSTR(${day}, 1, 7)`, 'ym')
      .groupBy(`${alias}.countyCode`)
      .addGroupBy(`SUBSTR(${day}, 1, 7)`);
  // A loan closed before its disbursement is never outstanding (loanShare).
  const disbursed: Row[] = await byMonth('loan', 'l', 'l.disbursedOn')
    .addSelect('COUNT(*)', 'loans')
    .addSelect('SUM(l.amount)', 'amount')
    .addSelect('SUM(CASE WHEN l.closedOn IS NOT NULL AND l.closedOn < l.disbursedOn THEN 0 ELSE l.amount END)', 'opened')
    .where('l.disbursedOn IS NOT NULL')
    .getRawMany();
  add(disbursed, 'loansDisbursed', 'loans');
  add(disbursed, 'loansDisbursedAmount', 'amount');
  add(disbursed, 'outstandingChange', 'opened');
  const closed: Row[] = await byMonth('loan', 'l', 'l.closedOn')
    .addSelect('SUM(l.amount)', 'amount')
    .where('l.disbursedOn IS NOT NULL AND l.closedOn IS NOT NULL AND l.closedOn >= l.disbursedOn')
    .getRawMany();
  add(closed, 'outstandingChange', 'amount', -1);
  const paid: Row[] = await byMonth('subsidy_payment', 'p', 'p.paidOn')
    .addSelect('p.kind', 'kind')
    .addSelect('COUNT(*)', 'payments')
    .addSelect('SUM(p.amount)', 'amount')
    .addGroupBy('p.kind')
    .getRawMany();
  add(paid, 'subsidyPayments', 'payments');
  for (const r of paid) {
    const column = SUBSIDY_AMOUNT_COLUMN[r.kind as SubsidyKind];
    if (column) total.add(String(r.countyCode), `${String(r.ym)}-01`, column, Number(r.amount ?? 0));
  }
  await tx.createQueryBuilder().delete().from('finance_monthly_summary').execute();
  await addToMonthlySummary(tx, 'finance_monthly_summary', FINANCE_SUMMARY_COLUMNS, total);
}
