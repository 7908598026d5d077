import type { DataSource } from 'typeorm';
import { addDays } from '../../../../shared/calendar';
import { CertificateChange } from '../certificate/certificate-change.entity';
import { CertificateStatus, ReemploymentCertificate } from '../certificate/certificate.entity';
import { EmploymentKind, EmploymentRecord } from '../employment/employment-record.entity';
import { Person } from '../person/person.entity';
import type { ReportingPeriod } from '../../../../shared/reporting-period';
import type { CertificateStats, EmploymentFigures } from './progress.types';

export interface RecordFigures {
  month: EmploymentFigures;
  yearToDate: EmploymentFigures;
}

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

/** The indicators of EmploymentFigures for each county, month and year to date, in one GROUP BY. */
export async function recordFigures(db: DataSource, codes: string[], p: ReportingPeriod): Promise<Map<string, RecordFigures>> {
  const query = db.createQueryBuilder().from(EmploymentRecord, 'r').select('r.countyCode', 'countyCode');
  const bounds = { m: ':start', y: ':yearStart' } as const;
  for (const [prefix, start] of Object.entries(bounds)) {
    const started = `r.startedOn >= ${start} AND r.startedOn <= :end`;
    const ended = `r.endedOn >= ${start} AND r.endedOn <= :end`;
    query
      .addSelect(`SUM(CASE WHEN ${started} AND r.kind <> :export THEN 1 ELSE 0 END)`, `${prefix}Jobs`)
      .addSelect(`SUM(CASE WHEN ${ended} AND r.kind <> :export THEN 1 ELSE 0 END)`, `${prefix}Ended`)
      .addSelect(`COUNT(DISTINCT CASE WHEN ${started} THEN r.personId END)`, `${prefix}Reemployed`)
      .addSelect(`COUNT(DISTINCT CASE WHEN ${started} AND r.hardship = :yes THEN r.personId END)`, `${prefix}Hardship`)
      .addSelect(`SUM(CASE WHEN ${started} AND r.kind = :export THEN 1 ELSE 0 END)`, `${prefix}Exported`);
  }
  const rows: Row[] = await query
    .where('r.countyCode IN (:...codes)', { codes })
    .andWhere('((r.startedOn >= :yearStart AND r.startedOn <= :end) OR (r.endedOn >= :yearStart AND r.endedOn <= :end))')
    .setParameters({ yearStart: p.yearStart, start: p.start, end: p.end, export: EmploymentKind.LABOR_EXPORT, yes: true })
    .groupBy('r.countyCode')
    .getRawMany();
  const figures = (row: Row, prefix: string): EmploymentFigures => ({
    jobsCreated: n(row[`${prefix}Jobs`]),
    netNewEmployment: n(row[`${prefix}Jobs`]) - n(row[`${prefix}Ended`]),
    reemployed: n(row[`${prefix}Reemployed`]),
    hardshipReemployed: n(row[`${prefix}Hardship`]),
    ruralLaborExported: n(row[`${prefix}Exported`]),
  });
  return new Map(rows.map((row) => [String(row.countyCode), { month: figures(row, 'm'), yearToDate: figures(row, 'y') }]));
}

/** Registered persons of each county with no job open at the end of the month. */
export async function registeredUnemployed(db: DataSource, codes: string[], p: ReportingPeriod): Promise<Map<string, number>> {
  const rows: Row[] = await db
    .createQueryBuilder()
    .from(Person, 'p')
    .select('p.countyCode', 'countyCode')
    .addSelect('COUNT(*)', 'unemployed')
    .where('p.countyCode IN (:...codes) AND p.registeredOn <= :end', { codes, end: p.end })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM employment_record r WHERE r.personId = p.id AND r.startedOn <= :end AND (r.endedOn IS NULL OR r.endedOn > :end))',
    )
    .groupBy('p.countyCode')
    .getRawMany();
  return new Map(rows.map((row) => [String(row.countyCode), n(row.unemployed)]));
}

/**
 * Certificates VALID at the end of an ended period: each one issued by then in the
 * status its last change by then left it in (the feed's dated outbox), VALID when it had
 * none yet. So a suspension or revocation after the month leaves the month's figure as it
 * was reported. For the current period, the status now.
 */
async function validAtEnd(db: DataSource, codes: string[], p: ReportingPeriod): Promise<Map<string, number>> {
  const lastChange = db
    .createQueryBuilder()
    .select('ch.status')
    .from(CertificateChange, 'ch')
    .where('ch.number = c.number AND ch.changedAt < :after')
    .orderBy('ch.sequence', 'DESC')
    .limit(1);
  const rows: Row[] = await db
    .createQueryBuilder()
    .from(ReemploymentCertificate, 'c')
    .select('c.countyCode', 'countyCode')
    .addSelect('COUNT(*)', 'valid')
    .where('c.countyCode IN (:...codes) AND c.issuedOn <= :end', { codes, end: p.end })
    .andWhere(`COALESCE((${lastChange.getQuery()}), :valid) = :valid`, { after: addDays(p.end, 1), valid: CertificateStatus.VALID })
    .groupBy('c.countyCode')
    .getRawMany();
  return new Map(rows.map((row) => [String(row.countyCode), n(row.valid)]));
}

export async function certificateFigures(db: DataSource, codes: string[], p: ReportingPeriod): Promise<Map<string, CertificateStats>> {
  const rows: Row[] = await db
    .createQueryBuilder()
    .from(ReemploymentCertificate, 'c')
    .select('c.countyCode', 'countyCode')
    .addSelect('SUM(CASE WHEN c.issuedOn >= :start AND c.issuedOn <= :end THEN 1 ELSE 0 END)', 'inMonth')
    .addSelect('SUM(CASE WHEN c.issuedOn >= :yearStart AND c.issuedOn <= :end THEN 1 ELSE 0 END)', 'yearToDate')
    .addSelect('SUM(CASE WHEN c.status = :valid AND c.issuedOn <= :end THEN 1 ELSE 0 END)', 'valid')
    .where('c.countyCode IN (:...codes)', { codes })
    .setParameters({ yearStart: p.yearStart, start: p.start, end: p.end, valid: CertificateStatus.VALID })
    .groupBy('c.countyCode')
    .getRawMany();
  const pastValid = p.ended ? await validAtEnd(db, codes, p) : null;
  return new Map(
    rows.map((row) => {
      const code = String(row.countyCode);
      return [
        code,
        {
          issuedInMonth: n(row.inMonth),
          issuedYearToDate: n(row.yearToDate),
          valid: pastValid ? (pastValid.get(code) ?? 0) : n(row.valid),
        },
      ];
    }),
  );
}
