import type { ConsistencyFinding } from '../findings/finding.types';
import { DutyState, type Duty } from '../duties/duty.types';
import type { CircularRecord } from './circular.entity';
import type { Circular, CircularArea } from './circular.types';
import type { AreaFigures } from './snapshot';

function toArea(a: AreaFigures): CircularArea {
  return {
    ...a,
    loanAmountYearToDate: BigInt(a.loanAmountYearToDate),
    loanOutstandingAmount: BigInt(a.loanOutstandingAmount),
    reliefAmountYearToDate: BigInt(a.reliefAmountYearToDate),
    subsidyAmountYearToDate: BigInt(a.subsidyAmountYearToDate),
  };
}

/** A stored circular as the API shows it: nothing is read again, everything comes from the snapshot. */
export function toCircular(record: CircularRecord): Circular {
  const s = record.snapshot;
  const findings: ConsistencyFinding[] = s.openFindings.map((f) => ({ ...f, detectedAt: new Date(f.detectedAt), resolvedAt: null }));
  const duties: Duty[] = s.lateDuties.map((d) => ({ ...d, doneOn: null, trackedBy: null, state: DutyState.LATE }));
  return {
    id: String(record.id),
    year: record.year,
    month: record.month,
    version: record.version,
    publishedAt: record.publishedAt,
    businessDate: record.businessDate,
    areas: s.areas.map(toArea),
    countiesBehindSchedule: s.countiesBehindSchedule,
    openFindings: findings,
    lateDuties: duties,
  };
}
