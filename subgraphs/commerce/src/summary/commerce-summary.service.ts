import type { EntityManager } from 'typeorm';
import { addToMonthlySummary, MonthlyDeltas } from '../../../../shared/monthly-summary';
import type { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseKind } from '../enterprise/enterprise.enums';
import { PRIVATE_ECONOMY_KINDS } from '../registration-stats/registration-stats.queries';
import { COMMERCE_SUMMARY_COLUMNS, type CommerceSummaryColumn } from './commerce-monthly-summary.entity';

const apply = (tx: EntityManager, deltas: MonthlyDeltas<CommerceSummaryColumn>) =>
  addToMonthlySummary(tx, 'commerce_monthly_summary', COMMERCE_SUMMARY_COLUMNS, deltas);

type Entry = Pick<Enterprise, 'countyCode' | 'kind' | 'registeredOn'>;

/**
 * Brings commerce_monthly_summary in step with a change of an entry's staff, in `tx`:
 * `from` the count it had (0 for a new entry) `to` the one from `effectiveOn`. Counts only
 * move forward in time, so the change belongs to `effectiveOn`'s month and on.
 */
export function summarizeEmployees(tx: EntityManager, entry: Entry, from: number, to: number, effectiveOn: string): Promise<void> {
  if (!PRIVATE_ECONOMY_KINDS.includes(entry.kind)) return Promise.resolve();
  return apply(tx, new MonthlyDeltas<CommerceSummaryColumn>().add(entry.countyCode, effectiveOn, 'employeesChange', to - from));
}

/** A new entry on the register: counted in its registration month, with its first staff count. */
export async function summarizeRegistration(tx: EntityManager, entry: Entry & { employeeCount: number }): Promise<void> {
  const column = entry.kind === EnterpriseKind.INDIVIDUAL_BUSINESS ? 'individualBusinesses' : 'enterprises';
  const deltas = new MonthlyDeltas<CommerceSummaryColumn>().add(entry.countyCode, entry.registeredOn, column);
  if (PRIVATE_ECONOMY_KINDS.includes(entry.kind)) deltas.add(entry.countyCode, entry.registeredOn, 'employeesChange', entry.employeeCount);
  await apply(tx, deltas);
}
