import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';

/**
 * SQL for the relief a revocation left standing (`reliefEnd` in relief-end.rules.ts, in
 * SQL for the statistics): a relief whose certificate was revoked within its period counts
 * its days before the revocation, pro rata, rounded down to the fen; one revoked on or
 * before its first day counts nothing and no one. Figures of a period that closed before
 * the revocation (`asOf` earlier than it) stay as they were circulated.
 */
export interface EffectiveRelief {
  /** The amount standing as of `asOf`. */
  amount: string;
  /** True for a relief that still counts as of `asOf` (its persons and enterprises). */
  counts: string;
}

/** Joins tax's replica row of the relief's certificate as `cr` when that certificate is revoked. */
export function joinRevocation<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, relief: string): SelectQueryBuilder<T> {
  return query.leftJoin(CertificateReplica, 'cr', `cr.number = ${relief}.certificateNumber AND cr.status = :revokedStatus`, {
    revokedStatus: 'REVOKED',
  });
}

/** `relief`: the relief's alias; `asOf`: an SQL date expression (the period's last day). Needs `joinRevocation`. */
export function effectiveRelief(db: DataSource, relief: string, asOf: string): EffectiveRelief {
  const sqlite = db.options.type === 'better-sqlite3';
  // A revocation synced before the replica had revokedOn is dated by labor's clock.
  const revoked = 'COALESCE(cr.revokedOn, SUBSTR(cr.changedAt, 1, 10))';
  const day = (date: string) => (sqlite ? `CAST(julianday(${date}) AS INTEGER)` : `TO_DAYS(${date})`);
  const divide = sqlite ? '/' : 'DIV';
  const start = `${relief}.periodStart`;
  const end = `${relief}.periodEnd`;
  const whole = `cr.number IS NULL OR ${revoked} > ${asOf} OR ${revoked} > ${end}`;
  const share = `(${relief}.amount * (${day(revoked)} - ${day(start)})) ${divide} (${day(end)} - ${day(start)} + 1)`;
  return {
    amount: `CASE WHEN ${whole} THEN ${relief}.amount WHEN ${revoked} <= ${start} THEN 0 ELSE ${share} END`,
    counts: `(${whole} OR ${revoked} > ${start})`,
  };
}
