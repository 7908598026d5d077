import { Between, type EntityManager } from 'typeorm';
import { addToMonthlySummary, MonthlyDeltas } from '../../../../shared/monthly-summary';
import { TaxRelief } from '../relief/tax-relief.entity';
import { TAX_SUMMARY_COLUMNS, type TaxSummaryColumn } from './tax-monthly-summary.entity';
import { reliefShare, type SummaryRelief } from './tax-summary.rules';

const asSummary = (r: TaxRelief): SummaryRelief & { id: number } => ({ ...r, amount: Number(r.amount) });

/**
 * Brings tax_monthly_summary in step with a relief just granted in `tx`: its amount, and
 * its person's and enterprise's counts (their reliefs of the year with it, less without).
 */
export async function summarizeRelief(tx: EntityManager, relief: TaxRelief): Promise<void> {
  const deltas = new MonthlyDeltas<TaxSummaryColumn>().add(relief.countyCode, relief.grantedOn, 'amount', Number(relief.amount));
  const year = relief.grantedOn.slice(0, 4);
  const holders = [
    relief.personId === null ? null : { personId: relief.personId },
    relief.enterpriseCreditCode === null ? null : { enterpriseCreditCode: relief.enterpriseCreditCode },
  ];
  for (const holder of holders) {
    if (!holder) continue;
    const reliefs = (
      await tx.find(TaxRelief, {
        where: { ...holder, countyCode: relief.countyCode, grantedOn: Between(`${year}-01-01`, `${year}-12-31`) },
        select: { id: true, countyCode: true, grantedOn: true, amount: true },
      })
    ).map((r) => ({ ...asSummary(r), personId: null, enterpriseCreditCode: null, ...holder }));
    deltas.merge(reliefShare(reliefs, false)).merge(
      reliefShare(
        reliefs.filter((r) => r.id !== relief.id),
        false,
      ),
      -1,
    );
  }
  await addToMonthlySummary(tx, 'tax_monthly_summary', TAX_SUMMARY_COLUMNS, deltas);
}
