import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { EmployeeCount } from '../employees/employee-count.entity';
import { EnterpriseKind } from '../enterprise/enterprise.enums';
import { Enterprise } from '../enterprise/enterprise.entity';
import { FeeExemption } from '../fee-exemption/fee-exemption.entity';
import type { ReportingPeriod } from '../../../../shared/reporting-period';
import { emptyPeriod, type RegistrationPeriodStats, type RegistrationStats } from './registration-stats.types';

type Row = Record<string, unknown>;

/** The kinds whose staff commerce counts (个体私营经济); other units are the statistics bureau's. */
export const PRIVATE_ECONOMY_KINDS = [EnterpriseKind.INDIVIDUAL_BUSINESS, EnterpriseKind.PRIVATE_ENTERPRISE];

/** Registrations per county, year to date, with the month's share in the same pass. */
function registrations(db: DataSource, counties: string[], p: ReportingPeriod): Promise<Row[]> {
  const inMonth = 'e.registeredOn >= :start';
  return db
    .getRepository(Enterprise)
    .createQueryBuilder('e')
    .select('e.countyCode', 'countyCode')
    .addSelect(`SUM(CASE WHEN e.kind = :individual AND ${inMonth} THEN 1 ELSE 0 END)`, 'monthIndividual')
    .addSelect(`SUM(CASE WHEN e.kind <> :individual AND ${inMonth} THEN 1 ELSE 0 END)`, 'monthEnterprises')
    .addSelect('SUM(CASE WHEN e.kind = :individual THEN 1 ELSE 0 END)', 'ytdIndividual')
    .addSelect('SUM(CASE WHEN e.kind <> :individual THEN 1 ELSE 0 END)', 'ytdEnterprises')
    .where('e.countyCode IN (:...counties)', { counties })
    .andWhere('e.registeredOn BETWEEN :yearStart AND :end', { yearStart: p.yearStart, end: p.end })
    .setParameters({ individual: EnterpriseKind.INDIVIDUAL_BUSINESS, start: p.start })
    .groupBy('e.countyCode')
    .getRawMany<Row>();
}

/** Exemptions count in the period their approval date falls in. */
function exemptions(db: DataSource, counties: string[], p: ReportingPeriod): Promise<Row[]> {
  const inMonth = 'f.validFrom >= :start';
  const waived = '(f.registrationFee + f.licenceFee + f.managementFee)';
  return db
    .getRepository(FeeExemption)
    .createQueryBuilder('f')
    .select('f.countyCode', 'countyCode')
    .addSelect(`SUM(CASE WHEN ${inMonth} THEN 1 ELSE 0 END)`, 'monthCount')
    .addSelect(`SUM(CASE WHEN ${inMonth} THEN ${waived} ELSE 0 END)`, 'monthAmount')
    .addSelect('COUNT(*)', 'ytdCount')
    .addSelect(`SUM(${waived})`, 'ytdAmount')
    .where('f.countyCode IN (:...counties)', { counties })
    .andWhere('f.validFrom BETWEEN :yearStart AND :end', { yearStart: p.yearStart, end: p.end })
    .setParameters({ start: p.start })
    .groupBy('f.countyCode')
    .getRawMany<Row>();
}

/**
 * Employees of individual and private businesses at the period's end: per entry the last
 * count recorded on or before that day (no later row of the same entry qualifies).
 */
function privateEconomyEmployees(db: DataSource, counties: string[], p: ReportingPeriod): Promise<Row[]> {
  const later = db
    .getRepository(EmployeeCount)
    .createQueryBuilder('later')
    .select('1')
    .where('later.creditCode = h.creditCode')
    .andWhere('later.effectiveOn <= :end')
    .andWhere('(later.effectiveOn > h.effectiveOn OR (later.effectiveOn = h.effectiveOn AND later.id > h.id))');
  return db
    .getRepository(EmployeeCount)
    .createQueryBuilder('h')
    .innerJoin(Enterprise, 'e', 'e.creditCode = h.creditCode')
    .select('e.countyCode', 'countyCode')
    .addSelect('SUM(h.employeeCount)', 'employees')
    .where('e.countyCode IN (:...counties)', { counties })
    .andWhere('e.kind IN (:...kinds)', { kinds: PRIVATE_ECONOMY_KINDS })
    .andWhere('h.effectiveOn <= :end', { end: p.end })
    .andWhere(`NOT EXISTS (${later.getQuery()})`)
    .groupBy('e.countyCode')
    .getRawMany<Row>();
}

function byCounty(rows: Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [String(row.countyCode), row]));
}

/** Three grouped statements for any number of counties; counties without rows get zeros. */
export async function registrationStatsFor(
  db: DataSource,
  counties: string[],
  p: ReportingPeriod,
): Promise<Map<string, RegistrationStats>> {
  const [registered, exempted, employed] = await Promise.all([
    registrations(db, counties, p).then(byCounty),
    exemptions(db, counties, p).then(byCounty),
    privateEconomyEmployees(db, counties, p).then(byCounty),
  ]);
  return new Map(
    counties.map((code) => {
      const r = registered.get(code);
      const f = exempted.get(code);
      const month = emptyPeriod();
      const yearToDate = emptyPeriod();
      if (r) {
        Object.assign(month, { individualBusinesses: Number(r.monthIndividual), enterprises: Number(r.monthEnterprises) });
        Object.assign(yearToDate, { individualBusinesses: Number(r.ytdIndividual), enterprises: Number(r.ytdEnterprises) });
      }
      if (f) {
        Object.assign(month, { feeExemptions: Number(f.monthCount), feeExemptedAmount: toFen(f.monthAmount) });
        Object.assign(yearToDate, { feeExemptions: Number(f.ytdCount), feeExemptedAmount: toFen(f.ytdAmount) });
      }
      return [code, { month, yearToDate, privateEconomyEmployees: Number(employed.get(code)?.employees ?? 0) }];
    }),
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
