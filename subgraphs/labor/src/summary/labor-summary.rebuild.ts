import type { EntityManager } from 'typeorm';
import { addToMonthlySummary, MonthlyDeltas } from '../../../../shared/monthly-summary';
import { CertificateStatus } from '../certificate/certificate.entity';
import type { EmploymentKind } from '../employment/employment-record.entity';
import { LABOR_SUMMARY_COLUMNS, type LaborSummaryColumn } from './labor-monthly-summary.entity';
import { personShare, type SummaryRecord } from './labor-summary.rules';

const PERSONS_PER_CHUNK = 5000;
type Row = Record<string, string | number | null>;
const day = (value: string | number | Date | null): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** Every person's share (labor-summary.rules.ts), read a chunk of persons at a time. */
async function registryShares(tx: EntityManager, total: MonthlyDeltas<LaborSummaryColumn>): Promise<void> {
  let after = 0;
  for (;;) {
    const persons: Row[] = await tx
      .createQueryBuilder()
      .from('person', 'p')
      .select(['p.id AS id', 'p.countyCode AS countyCode', 'p.registeredOn AS registeredOn'])
      .where('p.id > :after', { after })
      .orderBy('p.id', 'ASC')
      .limit(PERSONS_PER_CHUNK)
      .getRawMany();
    if (persons.length === 0) return;
    const last = Number(persons[persons.length - 1].id);
    const records: Row[] = await tx
      .createQueryBuilder()
      .from('employment_record', 'r')
      .select(['r.personId AS personId', 'r.countyCode AS countyCode', 'r.kind AS kind', 'r.startedOn AS startedOn'])
      .addSelect(['r.endedOn AS endedOn', 'r.hardship AS hardship'])
      .where('r.personId > :after AND r.personId <= :last', { after, last })
      .getRawMany();
    const byPerson = new Map<number, SummaryRecord[]>();
    for (const r of records) {
      const list = byPerson.get(Number(r.personId)) ?? [];
      list.push({
        countyCode: String(r.countyCode),
        kind: r.kind as EmploymentKind,
        startedOn: day(r.startedOn),
        endedOn: r.endedOn === null ? null : day(r.endedOn),
        hardship: Boolean(Number(r.hardship)),
      });
      byPerson.set(Number(r.personId), list);
    }
    for (const p of persons) {
      const person = { countyCode: String(p.countyCode), registeredOn: day(p.registeredOn) };
      // Added straight into the total: a rebuild of a million persons makes no deltas per person.
      personShare(person, byPerson.get(Number(p.id)) ?? [], total);
    }
    after = last;
  }
}

/**
 * Certificates issued and valid: the issues grouped by county and month, and each change
 * that made a certificate valid or not (against the change before it, VALID before the
 * first) grouped by county and the month it happened in.
 */
async function certificateShares(tx: EntityManager, total: MonthlyDeltas<LaborSummaryColumn>): Promise<void> {
  const issued: Row[] = await tx
    .createQueryBuilder()
    .from('reemployment_certificate', 'c')
    .select(['c.countyCode AS countyCode', 'SUBSTR(c.issuedOn, 1, 7) AS ym', 'COUNT(*) AS issued'])
    .groupBy('c.countyCode')
    .addGroupBy('SUBSTR(c.issuedOn, 1, 7)')
    .getRawMany();
  for (const r of issued) {
    total.add(String(r.countyCode), `${String(r.ym)}-01`, 'certificatesIssued', Number(r.issued));
    total.add(String(r.countyCode), `${String(r.ym)}-01`, 'validChange', Number(r.issued));
  }
  const previous =
    '(SELECT p.status FROM certificate_change p WHERE p.number = ch.number AND p.sequence < ch.sequence ORDER BY p.sequence DESC LIMIT 1)';
  const isValid = (status: string) => `CASE WHEN ${status} = :valid THEN 1 ELSE 0 END`;
  const changes: Row[] = await tx
    .createQueryBuilder()
    .from((sub) => {
      return sub
        .from('certificate_change', 'ch')
        .select(['ch.countyCode AS countyCode', 'SUBSTR(ch.changedAt, 1, 7) AS ym'])
        .addSelect(`${isValid('ch.status')} - ${isValid(`COALESCE(${previous}, :valid)`)}`, 'delta');
    }, 'x')
    .select(['x.countyCode AS countyCode', 'x.ym AS ym', 'SUM(x.delta) AS delta'])
    .groupBy('x.countyCode')
    .addGroupBy('x.ym')
    .setParameters({ valid: CertificateStatus.VALID })
    .getRawMany();
  for (const r of changes) total.add(String(r.countyCode), `${String(r.ym)}-01`, 'validChange', Number(r.delta));
}

/**
 * Recomputes labor_monthly_summary from the records (the migration's backfill, and the
 * bulk seeder's last step): every row is deleted and written again, in `tx`.
 */
export async function rebuildLaborSummary(tx: EntityManager): Promise<void> {
  const total = new MonthlyDeltas<LaborSummaryColumn>();
  await registryShares(tx, total);
  await certificateShares(tx, total);
  await tx.createQueryBuilder().delete().from('labor_monthly_summary').execute();
  await addToMonthlySummary(tx, 'labor_monthly_summary', LABOR_SUMMARY_COLUMNS, total);
}
