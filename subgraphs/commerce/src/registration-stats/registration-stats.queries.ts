import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { EmployeeCount } from '../employees/employee-count.entity';
import { EnterpriseKind } from '../enterprise/enterprise.enums';
import { Enterprise } from '../enterprise/enterprise.entity';
import { FeeExemption } from '../fee-exemption/fee-exemption.entity';
import { MANAGEMENT_FEE_MONTHS } from '../fee-exemption/fee-exemption.rules';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { joinPeriods } from '../../../../shared/period-table';
import type { FiguresByPeriod, ReportingPeriod } from '../../../../shared/reporting-period';
import { emptyPeriod, type RegistrationPeriodStats, type RegistrationStats } from './registration-stats.types';

type Row = Record<string, unknown>;

/** The kinds whose staff commerce counts (个体私营经济); other units are the statistics bureau's. */
export const PRIVATE_ECONOMY_KINDS = [EnterpriseKind.INDIVIDUAL_BUSINESS, EnterpriseKind.PRIVATE_ENTERPRISE];

/** Registrations per county, year to date, with the month's share in the same pass. */
function registrations(db: DataSource, counties: string[], periods: ReportingPeriod[]): Promise<Row[]> {
  const inMonth = 'e.registeredOn >= pd.fromDay';
  const query = db
    .getRepository(Enterprise)
    .createQueryBuilder('e')
    .select('e.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  return joinPeriods(query, periods, 'pd', 'e.registeredOn BETWEEN pd.yearFrom AND pd.toDay')
    .addSelect(`SUM(CASE WHEN e.kind = :individual AND ${inMonth} THEN 1 ELSE 0 END)`, 'monthIndividual')
    .addSelect(`SUM(CASE WHEN e.kind <> :individual AND ${inMonth} THEN 1 ELSE 0 END)`, 'monthEnterprises')
    .addSelect('SUM(CASE WHEN e.kind = :individual THEN 1 ELSE 0 END)', 'ytdIndividual')
    .addSelect('SUM(CASE WHEN e.kind <> :individual THEN 1 ELSE 0 END)', 'ytdEnterprises')
    .where('e.countyCode IN (:...counties)', { counties })
    .setParameters({ individual: EnterpriseKind.INDIVIDUAL_BUSINESS })
    .groupBy('e.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<Row>();
}

/**
 * Exemptions count in the period their approval date falls in. A revocation within the
 * exemption (commerce's certificate replica), or the business's closure (the day after its
 * `closedOn`), whichever stops it first, leaves the one-off fees and the management fee of
 * the months begun before it (`exemptionEnd`); a revocation on or before approval leaves
 * nothing. Figures of a period that closed before the end stay as they were circulated.
 */
function exemptions(db: DataSource, counties: string[], periods: ReportingPeriod[]): Promise<Row[]> {
  // A revocation synced before the replica had revokedOn is dated by labor's clock.
  const revokedOn = 'COALESCE(cr.revokedOn, SUBSTR(cr.changedAt, 1, 10))';
  const sqlite = db.options.type === 'better-sqlite3';
  const afterClosure = sqlite ? "DATE(e.closedOn, '+1 day')" : "DATE_FORMAT(DATE_ADD(e.closedOn, INTERVAL 1 DAY), '%Y-%m-%d')";
  // The first day without the exemption: the earlier of the revocation and the day after the closure.
  const revoked = `(CASE WHEN e.closedOn IS NULL THEN ${revokedOn} WHEN cr.number IS NULL OR ${afterClosure} < ${revokedOn} THEN ${afterClosure} ELSE ${revokedOn} END)`;
  const whole = `(${revoked} IS NULL OR ${revoked} > pd.toDay OR ${revoked} > f.validUntil)`;
  const counts = `(${whole} OR ${revoked} > f.validFrom)`;
  const month = (date: string) => `(SUBSTR(${date}, 1, 4) * 12 + SUBSTR(${date}, 6, 2))`;
  const begun = `(${month(revoked)} - ${month('f.validFrom')} + CASE WHEN SUBSTR(${revoked}, 9, 2) > SUBSTR(f.validFrom, 9, 2) THEN 1 ELSE 0 END)`;
  const divide = sqlite ? '/' : 'DIV';
  const share = `(f.managementFee * ${begun}) ${divide} ${MANAGEMENT_FEE_MONTHS}`;
  const waived = `CASE WHEN ${whole} THEN f.registrationFee + f.licenceFee + f.managementFee WHEN ${counts} THEN f.registrationFee + f.licenceFee + ${share} ELSE 0 END`;
  const inMonth = 'f.validFrom >= pd.fromDay';
  const query = db
    .getRepository(FeeExemption)
    .createQueryBuilder('f')
    .leftJoin(CertificateReplica, 'cr', 'cr.number = f.certificateNumber AND cr.status = :revokedStatus', { revokedStatus: 'REVOKED' })
    .leftJoin(Enterprise, 'e', 'e.creditCode = f.enterpriseCreditCode')
    .select('f.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  return joinPeriods(query, periods, 'pd', 'f.validFrom BETWEEN pd.yearFrom AND pd.toDay')
    .addSelect(`SUM(CASE WHEN ${inMonth} AND ${counts} THEN 1 ELSE 0 END)`, 'monthCount')
    .addSelect(`SUM(CASE WHEN ${inMonth} THEN ${waived} ELSE 0 END)`, 'monthAmount')
    .addSelect(`SUM(CASE WHEN ${counts} THEN 1 ELSE 0 END)`, 'ytdCount')
    .addSelect(`SUM(${waived})`, 'ytdAmount')
    .where('f.countyCode IN (:...counties)', { counties })
    .groupBy('f.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<Row>();
}

/**
 * Employees of individual and private businesses at the period's end: per entry the last
 * count recorded on or before that day (no later row of the same entry qualifies).
 */
function privateEconomyEmployees(db: DataSource, counties: string[], periods: ReportingPeriod[]): Promise<Row[]> {
  const later = db
    .getRepository(EmployeeCount)
    .createQueryBuilder('later')
    .select('1')
    .where('later.creditCode = h.creditCode')
    .andWhere('later.effectiveOn <= pd.toDay')
    .andWhere('(later.effectiveOn > h.effectiveOn OR (later.effectiveOn = h.effectiveOn AND later.id > h.id))');
  const query = db
    .getRepository(EmployeeCount)
    .createQueryBuilder('h')
    .innerJoin(Enterprise, 'e', 'e.creditCode = h.creditCode')
    .select('e.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  return joinPeriods(query, periods, 'pd', 'h.effectiveOn <= pd.toDay')
    .addSelect('SUM(h.employeeCount)', 'employees')
    .where('e.countyCode IN (:...counties)', { counties })
    .andWhere('e.kind IN (:...kinds)', { kinds: PRIVATE_ECONOMY_KINDS })
    .andWhere(`NOT EXISTS (${later.getQuery()})`)
    .groupBy('e.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<Row>();
}

function byPeriodCounty(rows: Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [`${String(row.periodId)}|${String(row.countyCode)}`, row]));
}

/**
 * The records path (the report reads registrations and staff from commerce_monthly_summary,
 * exemptions from here): three grouped statements, kept as the recount
 * test/summary-tables.test.ts compares against.
 */
export async function registrationStatsFor(
  db: DataSource,
  counties: string[],
  periods: ReportingPeriod[],
): Promise<FiguresByPeriod<RegistrationStats>> {
  const [registered, exempted, employed] = await Promise.all([
    registrations(db, counties, periods).then(byPeriodCounty),
    exemptions(db, counties, periods).then(byPeriodCounty),
    privateEconomyEmployees(db, counties, periods).then(byPeriodCounty),
  ]);
  const figures = (key: string): RegistrationStats => {
    const r = registered.get(key);
    const month = emptyPeriod();
    const yearToDate = emptyPeriod();
    if (r) {
      Object.assign(month, { individualBusinesses: Number(r.monthIndividual), enterprises: Number(r.monthEnterprises) });
      Object.assign(yearToDate, { individualBusinesses: Number(r.ytdIndividual), enterprises: Number(r.ytdEnterprises) });
    }
    return withExemptions({ month, yearToDate, privateEconomyEmployees: Number(employed.get(key)?.employees ?? 0) }, exempted.get(key));
  };
  return new Map(periods.map((p) => [p.id, new Map(counties.map((code) => [code, figures(`${p.id}|${code}`)]))]));
}

/** `stats` with the fee exemptions of an `exemptions` row (none when absent). */
function withExemptions(stats: RegistrationStats, f: Row | undefined): RegistrationStats {
  if (!f) return stats;
  return {
    ...stats,
    month: { ...stats.month, feeExemptions: Number(f.monthCount), feeExemptedAmount: toFen(f.monthAmount) },
    yearToDate: { ...stats.yearToDate, feeExemptions: Number(f.ytdCount), feeExemptedAmount: toFen(f.ytdAmount) },
  };
}

/**
 * The fee exemptions grouped from the records (one statement) put into figures read from
 * commerce_monthly_summary, which keeps registrations and staff only: a revocation changes
 * what an exemption counts by the period asked (`exemptions`), which a row per month of
 * approval cannot hold.
 */
export async function addExemptionsFromRecords(
  db: DataSource,
  counties: string[],
  periods: ReportingPeriod[],
  fromSummary: FiguresByPeriod<RegistrationStats>,
): Promise<FiguresByPeriod<RegistrationStats>> {
  const exempted = byPeriodCounty(await exemptions(db, counties, periods));
  return new Map(
    [...fromSummary].map(([periodId, byCounty]) => [
      periodId,
      new Map([...byCounty].map(([code, stats]) => [code, withExemptions(stats, exempted.get(`${periodId}|${code}`))])),
    ]),
  );
}

const addPeriod = (a: RegistrationPeriodStats, b: RegistrationPeriodStats): RegistrationPeriodStats => ({
  individualBusinesses: a.individualBusinesses + b.individualBusinesses,
  enterprises: a.enterprises + b.enterprises,
  feeExemptions: a.feeExemptions + b.feeExemptions,
  feeExemptedAmount: a.feeExemptedAmount + b.feeExemptedAmount,
});

/** Two areas' registration figures together (the city is its counties' sum). */
export const addRegistrationStats = (a: RegistrationStats, b: RegistrationStats): RegistrationStats => ({
  month: addPeriod(a.month, b.month),
  yearToDate: addPeriod(a.yearToDate, b.yearToDate),
  privateEconomyEmployees: a.privateEconomyEmployees + b.privateEconomyEmployees,
});
