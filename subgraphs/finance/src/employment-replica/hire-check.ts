import { type EntityManager, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { feedFreshness } from '../../../../shared/feeds/freshness';
import { ruleViolation } from '../loan/rule-error';
import { EmploymentReplica } from '../../../../shared/employment-replica/employment-replica.entity';
import { EMPLOYMENT_FEED } from '../../../../shared/employment-replica/employment-sync';

/**
 * A subsidy for hiring a holder rests on the hire: finance's copy of labor's employment
 * records must show an enterprise hire of `personId` by `employer` that overlaps the
 * subsidised period. The refusal says how old that copy is, since a hire labor recorded
 * after the last sync is not in it yet.
 */
export async function requireHire(
  tx: EntityManager,
  personId: number,
  employer: string | null,
  period: { start: string; end: string },
  field: string,
): Promise<void> {
  if (!employer) throw ruleViolation(field, 'NO_RECORDED_HIRE', 'a hiring subsidy names the employer that hired the holder');
  const during = { personId, employerCreditCode: employer, kind: 'ENTERPRISE_HIRE', startedOn: LessThanOrEqual(period.end) };
  const hired = await tx.existsBy(EmploymentReplica, [
    { ...during, endedOn: IsNull() },
    { ...during, endedOn: MoreThanOrEqual(period.start) },
  ]);
  if (hired) return;
  const { lagSeconds } = await feedFreshness(tx, EMPLOYMENT_FEED);
  const age = lagSeconds === null ? 'has never synced' : `was synced ${lagSeconds} s ago`;
  throw ruleViolation(
    field,
    'NO_RECORDED_HIRE',
    `labor has recorded no hire of person ${personId} by ${employer} during ${period.start} … ${period.end} (finance's copy of labor's employment records ${age})`,
  );
}
