import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { RegisterReplica } from '../register-replica/register-replica.entity';

/**
 * SQL for the relief a revocation or a closure left standing (`reliefEnd` in
 * relief-end.rules.ts, in SQL for the statistics): a relief stopped within its period — by
 * the revocation of its certificate, or for an individual business's own relief by the day
 * after its closure (注销登记), whichever is earlier — counts its days before the stop, pro
 * rata, rounded down to the fen; one stopped on or before its first day counts nothing and
 * no one. Figures of a period that closed before the stop (`asOf` earlier) stay as they
 * were circulated.
 */
export interface EffectiveRelief {
  /** The amount standing as of `asOf`. */
  amount: string;
  /** True for a relief that still counts as of `asOf` (its persons and enterprises). */
  counts: string;
}

/**
 * Joins tax's replica row of the relief's certificate as `cr` when that certificate is
 * revoked, and, for an individual business's own relief, commerce's register entry as `rr`
 * when the business is closed (an employer's relief rests on the hire, not on a business).
 */
export function joinRevocation<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, relief: string): SelectQueryBuilder<T> {
  return query
    .leftJoin(CertificateReplica, 'cr', `cr.number = ${relief}.certificateNumber AND cr.status = :revokedStatus`, {
      revokedStatus: 'REVOKED',
    })
    .leftJoin(
      RegisterReplica,
      'rr',
      `${relief}.enterpriseCreditCode IS NULL AND rr.creditCode = ${relief}.taxpayerCreditCode AND rr.closedOn IS NOT NULL`,
    );
}

/** `relief`: the relief's alias; `asOf`: an SQL date expression (the period's last day). Needs `joinRevocation`. */
export function effectiveRelief(db: DataSource, relief: string, asOf: string): EffectiveRelief {
  const sqlite = db.options.type === 'better-sqlite3';
  // A revocation synced before the replica had revokedOn is dated by labor's clock.
  const revoked = 'COALESCE(cr.revokedOn, SUBSTR(cr.changedAt, 1, 10))';
  const afterClosure = sqlite ? "DATE(rr.closedOn, '+1 day')" : 'DATE_ADD(rr.closedOn, INTERVAL 1 DAY)';
  // The first day without relief: the earlier of the two stops, null when neither applies.
  const stop = `(CASE WHEN cr.number IS NOT NULL AND (rr.closedOn IS NULL OR ${revoked} <= ${afterClosure}) THEN ${revoked} WHEN rr.closedOn IS NOT NULL THEN ${afterClosure} END)`;
  const day = (date: string) => (sqlite ? `CAST(julianday(${date}) AS INTEGER)` : `TO_DAYS(${date})`);
  const divide = sqlite ? '/' : 'DIV';
  const start = `${relief}.periodStart`;
  const end = `${relief}.periodEnd`;
  const whole = `${stop} IS NULL OR ${stop} > ${asOf} OR ${stop} > ${end}`;
  const share = `(${relief}.amount * (${day(stop)} - ${day(start)})) ${divide} (${day(end)} - ${day(start)} + 1)`;
  return {
    amount: `CASE WHEN ${whole} THEN ${relief}.amount WHEN ${stop} <= ${start} THEN 0 ELSE ${share} END`,
    counts: `(${whole} OR ${stop} > ${start})`,
  };
}
