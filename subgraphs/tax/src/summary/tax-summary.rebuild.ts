import type { EntityManager } from 'typeorm';
import { addToMonthlySummary } from '../../../../shared/monthly-summary';
import { TAX_SUMMARY_COLUMNS } from './tax-monthly-summary.entity';
import { reliefShare, type SummaryRelief } from './tax-summary.rules';

const CHUNK = 10_000;
type Row = Record<string, string | number | Date | null>;
const day = (value: Row[string]) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

/**
 * Recomputes tax_monthly_summary from the reliefs (the migration's backfill, and the bulk
 * seeder's last step), in `tx`: every row is deleted and written again.
 */
export async function rebuildTaxSummary(tx: EntityManager): Promise<void> {
  const reliefs: SummaryRelief[] = [];
  for (let after = 0; ;) {
    const rows: Row[] = await tx
      .createQueryBuilder()
      .from('tax_relief', 'r')
      .select('r.id', 'id')
      .addSelect(['r.countyCode AS countyCode', 'r.personId AS personId', 'r.enterpriseCreditCode AS enterpriseCreditCode'])
      .addSelect(['r.grantedOn AS grantedOn', 'r.amount AS amount'])
      .where('r.id > :after', { after })
      .orderBy('r.id', 'ASC')
      .limit(CHUNK)
      .getRawMany();
    if (rows.length === 0) break;
    for (const r of rows) {
      reliefs.push({
        countyCode: String(r.countyCode),
        personId: r.personId === null ? null : Number(r.personId),
        enterpriseCreditCode: r.enterpriseCreditCode === null ? null : String(r.enterpriseCreditCode),
        grantedOn: day(r.grantedOn),
        amount: Number(r.amount),
      });
    }
    after = Number(rows[rows.length - 1].id);
  }
  await tx.createQueryBuilder().delete().from('tax_monthly_summary').execute();
  await addToMonthlySummary(tx, 'tax_monthly_summary', TAX_SUMMARY_COLUMNS, reliefShare(reliefs));
}
