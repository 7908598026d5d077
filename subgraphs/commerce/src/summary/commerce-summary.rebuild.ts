import type { EntityManager } from 'typeorm';
import { addToMonthlySummary, MonthlyDeltas } from '../../../../shared/monthly-summary';
import { EnterpriseKind } from '../enterprise/enterprise.enums';
import { PRIVATE_ECONOMY_KINDS } from '../registration-stats/registration-stats.queries';
import { COMMERCE_SUMMARY_COLUMNS, type CommerceSummaryColumn } from './commerce-monthly-summary.entity';

type Row = Record<string, string | number | null>;

/**
 * Recomputes commerce_monthly_summary from the register (the migration's backfill, and the
 * bulk seeder's last step), in `tx`: one GROUP BY each for registrations and staff
 * changes (each count less the entry's count before it), then every row rewritten.
 */
export async function rebuildCommerceSummary(tx: EntityManager): Promise<void> {
  const total = new MonthlyDeltas<CommerceSummaryColumn>();
  const add = (rows: Row[], column: CommerceSummaryColumn, value: string) => {
    for (const r of rows) total.add(String(r.countyCode), `${String(r.ym)}-01`, column, Number(r[value] ?? 0));
  };
  const registered: Row[] = await tx
    .createQueryBuilder()
    .from('enterprise', 'e')
    .select('e.countyCode', 'countyCode')
    .addSelect('SUBSTR(e.registeredOn, 1, 7)', 'ym')
    .addSelect('SUM(CASE WHEN e.kind = :individual THEN 1 ELSE 0 END)', 'individual')
    .addSelect('SUM(CASE WHEN e.kind <> :individual THEN 1 ELSE 0 END)', 'others')
    .setParameters({ individual: EnterpriseKind.INDIVIDUAL_BUSINESS })
    .groupBy('e.countyCode')
    .addGroupBy('SUBSTR(e.registeredOn, 1, 7)')
    .getRawMany();
  add(registered, 'individualBusinesses', 'individual');
  add(registered, 'enterprises', 'others');
  const before =
    '(SELECT p.employeeCount FROM employee_count p WHERE p.creditCode = h.creditCode AND ' +
    '(p.effectiveOn < h.effectiveOn OR (p.effectiveOn = h.effectiveOn AND p.id < h.id)) ORDER BY p.effectiveOn DESC, p.id DESC LIMIT 1)';
  const staff: Row[] = await tx
    .createQueryBuilder()
    .from('employee_count', 'h')
    .innerJoin('enterprise', 'e', 'e.creditCode = h.creditCode')
    .select('e.countyCode', 'countyCode')
    .addSelect('SUBSTR(h.effectiveOn, 1, 7)', 'ym')
    .addSelect(`SUM(h.employeeCount - COALESCE(${before}, 0))`, 'employees')
    .where('e.kind IN (:...kinds)', { kinds: PRIVATE_ECONOMY_KINDS })
    .groupBy('e.countyCode')
    .addGroupBy('SUBSTR(h.effectiveOn, 1, 7)')
    .getRawMany();
  add(staff, 'employeesChange', 'employees');
  await tx.createQueryBuilder().delete().from('commerce_monthly_summary').execute();
  await addToMonthlySummary(tx, 'commerce_monthly_summary', COMMERCE_SUMMARY_COLUMNS, total);
}
