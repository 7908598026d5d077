import type { DataSource } from 'typeorm';
import { byPeriodAndCounty, joinPeriods } from '../../../../shared/period-table';
import { CertificateChange } from '../certificate/certificate-change.entity';
import { CertificateStatus, ReemploymentCertificate } from '../certificate/certificate.entity';
import { EmploymentKind, EmploymentRecord } from '../employment/employment-record.entity';
import { Person } from '../person/person.entity';
import type { FiguresByPeriod, ReportingPeriod } from '../../../../shared/reporting-period';
import type { CertificateStats, EmploymentFigures } from './progress.types';

export interface RecordFigures {
  month: EmploymentFigures;
  yearToDate: EmploymentFigures;
}

/*
 * The records path: the monthly figures grouped from the registry itself. The report
 * reads labor_monthly_summary instead (summary/labor-summary.queries.ts); these stay as
 * the independent recount that test/summary-tables.test.ts holds the summary against.
 */

type Row = Record<string, string | number | null>;
const n = (value: string | number | null | undefined) => Number(value ?? 0);

export const noFigures = (): EmploymentFigures => ({
  jobsCreated: 0,
  netNewEmployment: 0,
  reemployed: 0,
  hardshipReemployed: 0,
  ruralLaborExported: 0,
});

const addFigures = (a: EmploymentFigures, b: EmploymentFigures): EmploymentFigures => ({
  jobsCreated: a.jobsCreated + b.jobsCreated,
  netNewEmployment: a.netNewEmployment + b.netNewEmployment,
  reemployed: a.reemployed + b.reemployed,
  hardshipReemployed: a.hardshipReemployed + b.hardshipReemployed,
  ruralLaborExported: a.ruralLaborExported + b.ruralLaborExported,
});

/** Two areas' figures together (the city is its counties' sum). */
export const addRecordFigures = (a: RecordFigures, b: RecordFigures): RecordFigures => ({
  month: addFigures(a.month, b.month),
  yearToDate: addFigures(a.yearToDate, b.yearToDate),
});

export const addCertificateStats = (a: CertificateStats, b: CertificateStats): CertificateStats => ({
  issuedInMonth: a.issuedInMonth + b.issuedInMonth,
  issuedYearToDate: a.issuedYearToDate + b.issuedYearToDate,
  valid: a.valid + b.valid,
});

/**
 * The indicators of EmploymentFigures for each county and period, month and year to date,
 * in one GROUP BY over the periods' table (one period or a year's twelve months alike).
 */
export async function recordFigures(db: DataSource, codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<RecordFigures>> {
  const query = db
    .createQueryBuilder()
    .from(EmploymentRecord, 'r')
    .select('r.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  // A job started beside another still open is no re-employment: the person was at work.
  const fromJobless =
    'NOT EXISTS (SELECT 1 FROM employment_record o WHERE o.personId = r.personId AND o.startedOn < r.startedOn AND (o.endedOn IS NULL OR o.endedOn >= r.startedOn))';
  const bounds = { m: 'pd.fromDay', y: 'pd.yearFrom' } as const;
  for (const [prefix, start] of Object.entries(bounds)) {
    const started = `r.startedOn >= ${start} AND r.startedOn <= pd.toDay`;
    const ended = `r.endedOn >= ${start} AND r.endedOn <= pd.toDay`;
    query
      .addSelect(`SUM(CASE WHEN ${started} AND r.kind <> :export THEN 1 ELSE 0 END)`, `${prefix}Jobs`)
      .addSelect(`SUM(CASE WHEN ${ended} AND r.kind <> :export THEN 1 ELSE 0 END)`, `${prefix}Ended`)
      .addSelect(`COUNT(DISTINCT CASE WHEN ${started} AND ${fromJobless} THEN r.personId END)`, `${prefix}Reemployed`)
      .addSelect(`COUNT(DISTINCT CASE WHEN ${started} AND ${fromJobless} AND r.hardship = :yes THEN r.personId END)`, `${prefix}Hardship`)
      .addSelect(`SUM(CASE WHEN ${started} AND r.kind = :export THEN 1 ELSE 0 END)`, `${prefix}Exported`);
  }
  const rows: Row[] = await joinPeriods(
    query,
    periods,
    'pd',
    '((r.startedOn >= pd.yearFrom AND r.startedOn <= pd.toDay) OR (r.endedOn >= pd.yearFrom AND r.endedOn <= pd.toDay))',
  )
    .where('r.countyCode IN (:...codes)', { codes })
    .setParameters({ export: EmploymentKind.LABOR_EXPORT, yes: true })
    .groupBy('r.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany();
  const figures = (row: Row, prefix: string): EmploymentFigures => ({
    jobsCreated: n(row[`${prefix}Jobs`]),
    netNewEmployment: n(row[`${prefix}Jobs`]) - n(row[`${prefix}Ended`]),
    reemployed: n(row[`${prefix}Reemployed`]),
    hardshipReemployed: n(row[`${prefix}Hardship`]),
    ruralLaborExported: n(row[`${prefix}Exported`]),
  });
  return byPeriodAndCounty(rows, (row) => ({ month: figures(row, 'm'), yearToDate: figures(row, 'y') }));
}

/** Registered persons of each county with no job open at the end of each period. */
export async function registeredUnemployed(db: DataSource, codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<number>> {
  const query = db.createQueryBuilder().from(Person, 'p').select('p.countyCode', 'countyCode').addSelect('pd.periodId', 'periodId');
  const rows: Row[] = await joinPeriods(query, periods, 'pd', 'p.registeredOn <= pd.toDay')
    .addSelect('COUNT(*)', 'unemployed')
    .where('p.countyCode IN (:...codes)', { codes })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM employment_record r WHERE r.personId = p.id AND r.startedOn <= pd.toDay AND (r.endedOn IS NULL OR r.endedOn > pd.toDay))',
    )
    .groupBy('p.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany();
  return byPeriodAndCounty(rows, (row) => n(row.unemployed));
}

/**
 * 社区服务和灵活就业 — labor's share of the employment statistics (市劳动保障局 counts community
 * service and flexible employment; 统计局 unit employment; 工商局 individual and private
 * business employees, the owner included): persons of each county at work at the end of each
 * period in a public-welfare post, flexible work, or self-employment on no registered business,
 * and in no job another department counts — an enterprise hire, or self-employment in a
 * business on commerce's register (the record carries its credit code). So a person is
 * counted once city-wide however many jobs they hold.
 */
export async function communityAndFlexibleEmployed(
  db: DataSource,
  codes: string[],
  periods: ReportingPeriod[],
): Promise<FiguresByPeriod<number>> {
  const openAtEnd = (alias: string) => `${alias}.startedOn <= pd.toDay AND (${alias}.endedOn IS NULL OR ${alias}.endedOn > pd.toDay)`;
  const query = db
    .createQueryBuilder()
    .from(EmploymentRecord, 'r')
    .select('r.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const rows: Row[] = await joinPeriods(query, periods, 'pd', openAtEnd('r'))
    .addSelect('COUNT(DISTINCT r.personId)', 'employed')
    .where('r.countyCode IN (:...codes)', { codes })
    .andWhere('(r.kind IN (:...laborKinds) OR (r.kind = :self AND r.employerCreditCode IS NULL))')
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM employment_record o WHERE o.personId = r.personId AND ${openAtEnd('o')} AND (o.kind = :hire OR (o.kind = :self AND o.employerCreditCode IS NOT NULL)))`,
    )
    .setParameters({
      laborKinds: [EmploymentKind.FLEXIBLE, EmploymentKind.PUBLIC_WELFARE_POST],
      self: EmploymentKind.SELF_EMPLOYMENT,
      hire: EmploymentKind.ENTERPRISE_HIRE,
    })
    .groupBy('r.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany();
  return byPeriodAndCounty(rows, (row) => n(row.employed));
}

/**
 * Certificates VALID at the end of ended periods: each one issued by then in the status
 * its last change by then left it in (the feed's dated outbox), VALID when it had none
 * yet. So a suspension or revocation after the month leaves the month's figure as it was
 * reported. (For the current period, the status now: see certificateFigures.)
 */
async function validAtEnd(db: DataSource, codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<number>> {
  const lastChange = db
    .createQueryBuilder()
    .select('ch.status')
    .from(CertificateChange, 'ch')
    .where('ch.number = c.number AND ch.changedAt < pd.afterDay')
    .orderBy('ch.sequence', 'DESC')
    .limit(1);
  const query = db
    .createQueryBuilder()
    .from(ReemploymentCertificate, 'c')
    .select('c.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const rows: Row[] = await joinPeriods(query, periods, 'pd', 'c.issuedOn <= pd.toDay')
    .addSelect('COUNT(*)', 'valid')
    .where('c.countyCode IN (:...codes)', { codes })
    .andWhere(`COALESCE((${lastChange.getQuery()}), :valid) = :valid`, { valid: CertificateStatus.VALID })
    .groupBy('c.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany();
  return byPeriodAndCounty(rows, (row) => n(row.valid));
}

/** Issued in the period and year to date, and valid at its end: two statements for any number of periods. */
export async function certificateFigures(
  db: DataSource,
  codes: string[],
  periods: ReportingPeriod[],
): Promise<FiguresByPeriod<CertificateStats>> {
  const query = db
    .createQueryBuilder()
    .from(ReemploymentCertificate, 'c')
    .select('c.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const rows: Row[] = await joinPeriods(query, periods, 'pd', 'c.issuedOn <= pd.toDay')
    .addSelect('SUM(CASE WHEN c.issuedOn >= pd.fromDay THEN 1 ELSE 0 END)', 'inMonth')
    .addSelect('SUM(CASE WHEN c.issuedOn >= pd.yearFrom THEN 1 ELSE 0 END)', 'yearToDate')
    .addSelect('SUM(CASE WHEN c.status = :valid THEN 1 ELSE 0 END)', 'valid')
    .where('c.countyCode IN (:...codes)', { codes })
    .setParameters({ valid: CertificateStatus.VALID })
    .groupBy('c.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany();
  const ended = periods.filter((p) => p.ended);
  const pastValid = ended.length > 0 ? await validAtEnd(db, codes, ended) : new Map<string, Map<string, number>>();
  const endedIds = new Set(ended.map((p) => p.id));
  return byPeriodAndCounty(rows, (row) => {
    const id = String(row.periodId);
    return {
      issuedInMonth: n(row.inMonth),
      issuedYearToDate: n(row.yearToDate),
      valid: endedIds.has(id) ? (pastValid.get(id)?.get(String(row.countyCode)) ?? 0) : n(row.valid),
    };
  });
}
