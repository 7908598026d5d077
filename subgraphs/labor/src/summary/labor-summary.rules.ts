import { countOncePer, MonthlyDeltas } from '../../../../shared/monthly-summary';
import { CertificateStatus } from '../certificate/certificate.entity';
import { EmploymentKind } from '../employment/employment-record.entity';
import type { LaborSummaryColumn } from './labor-monthly-summary.entity';

export type LaborDeltas = MonthlyDeltas<LaborSummaryColumn>;

/** What of a person the summary counts: the registration, and each job. */
export interface SummaryPerson {
  countyCode: string;
  registeredOn: string;
}

export interface SummaryRecord {
  id?: number;
  countyCode: string;
  kind: EmploymentKind;
  startedOn: string;
  endedOn: string | null;
  hardship: boolean;
}

/**
 * A job started while none of the person's other jobs was open (one ended on its first day
 * still counts as open): the person came to it from unemployment. A second job beside one
 * still held is no re-employment (progress.queries.ts, `fromJobless`).
 */
const fromJobless = (r: SummaryRecord, records: readonly SummaryRecord[]): boolean =>
  !records.some((o) => o.startedOn < r.startedOn && (o.endedOn === null || o.endedOn >= r.startedOn));

/**
 * Each person once per (county, month/quarter/year) reemployed, and again if a hardship
 * case on the job's first day (the record's snapshot), counting only jobs taken up from
 * unemployment.
 */
function firstStarts(deltas: LaborDeltas, records: readonly SummaryRecord[]): void {
  const starts = (list: readonly SummaryRecord[]) => list.map((r) => ({ countyCode: r.countyCode, day: r.startedOn }));
  const reemployments = records.filter((r) => fromJobless(r, records));
  countOncePer(deltas, starts(reemployments), ['reemployedMonth', 'reemployedQuarter', 'reemployedYear']);
  countOncePer(deltas, starts(reemployments.filter((r) => r.hardship)), ['hardshipMonth', 'hardshipQuarter', 'hardshipYear']);
}

/**
 * Registered unemployed at a month's end: registered by then, no job open then (as
 * `employmentProgress` has always counted it). It can change only in a month where the
 * registration, a start or an end falls, so the change is taken in those months only.
 */
function unemployedChanges(deltas: LaborDeltas, person: SummaryPerson, records: readonly SummaryRecord[]): void {
  const months = new Set(
    [person.registeredOn, ...records.flatMap((r) => [r.startedOn, r.endedOn ?? person.registeredOn])].map((d) => d.slice(0, 7)),
  );
  let before = 0;
  for (const month of [...months].sort()) {
    // Any day of the month compares below `-31` as text: the month's end for every month.
    const end = `${month}-31`;
    const open = records.some((r) => r.startedOn <= end && (r.endedOn === null || r.endedOn > end));
    const now = person.registeredOn <= end && !open ? 1 : 0;
    if (now !== before) deltas.add(person.countyCode, `${month}-01`, 'unemployedChange', now - before);
    before = now;
  }
}

/**
 * A person's whole share of the summary, from the registration and all the jobs: a
 * write adds the share after it less the share before, which is exact however the
 * change moves the person's first start of a month, quarter or year (a backdated job),
 * or whether a job was taken up beside another (a job ended or backdated).
 * Added into `deltas` when given (a rebuild sums every person into one).
 */
export function personShare(
  person: SummaryPerson | null,
  records: readonly SummaryRecord[],
  deltas: LaborDeltas = new MonthlyDeltas(),
): LaborDeltas {
  for (const r of records) {
    if (r.kind === EmploymentKind.LABOR_EXPORT) deltas.add(r.countyCode, r.startedOn, 'exported');
    else {
      deltas.add(r.countyCode, r.startedOn, 'jobsStarted');
      if (r.endedOn !== null) deltas.add(r.countyCode, r.endedOn, 'jobsEnded');
    }
  }
  firstStarts(deltas, records);
  if (person) unemployedChanges(deltas, person, records);
  return deltas;
}

/** A certificate's status change as the summary needs it; `from` null for the issue. */
export interface CertificateTransition {
  countyCode: string;
  issuedOn: string;
  from: CertificateStatus | null;
  to: CertificateStatus;
  changedAt: Date;
}

const valid = (status: CertificateStatus) => (status === CertificateStatus.VALID ? 1 : 0);

/**
 * A certificate counts as valid at a month's end from its issue date in the status its
 * last change by then left it in, VALID before any (as certificateStats has it): so the
 * issue adds one in the issue month, and each change its difference in its own month.
 */
export function certificateShare(transitions: readonly CertificateTransition[]): LaborDeltas {
  const deltas: LaborDeltas = new MonthlyDeltas();
  for (const t of transitions) {
    if (t.from === null) deltas.add(t.countyCode, t.issuedOn, 'certificatesIssued').add(t.countyCode, t.issuedOn, 'validChange');
    const change = valid(t.to) - valid(t.from ?? CertificateStatus.VALID);
    if (change !== 0) deltas.add(t.countyCode, t.changedAt.toISOString(), 'validChange', change);
  }
  return deltas;
}
