import { addDays, daysBetween } from '../../../../shared/calendar';

/** How a revocation cut a relief short: read from the certificate replica, never stored on the relief. */
export interface ReliefEnd {
  /** The revocation date: no relief from this day on. */
  endedOn: string;
  endedBecause: string;
  /** Last day relieved; null when the revocation came before the period began. */
  effectivePeriodEnd: string | null;
  /** The amount for the days relieved (pro rata by day, rounded down to the fen). */
  effectiveAmount: bigint;
}

/**
 * A relief rests on its 再就业优惠证: a revocation (`revokedOn`, as tax's replica of labor's
 * feed records it) ends it from that day. A revocation after the period changes nothing;
 * one on or before its first day leaves nothing relieved. The amount shrinks by days, the
 * same rule the statistics apply in SQL (`relief-effective.sql.ts`).
 */
export function reliefEnd(
  relief: { periodStart: string; periodEnd: string; amount: bigint },
  certificate: { number: string; revokedOn: string | null },
): ReliefEnd | null {
  const { revokedOn } = certificate;
  if (revokedOn === null || revokedOn > relief.periodEnd) return null;
  const endedBecause = `certificate ${certificate.number} was revoked on ${revokedOn}`;
  if (revokedOn <= relief.periodStart) return { endedOn: revokedOn, endedBecause, effectivePeriodEnd: null, effectiveAmount: 0n };
  const relieved = BigInt(daysBetween(relief.periodStart, revokedOn));
  const whole = BigInt(daysBetween(relief.periodStart, relief.periodEnd) + 1);
  return {
    endedOn: revokedOn,
    endedBecause,
    effectivePeriodEnd: addDays(revokedOn, -1),
    effectiveAmount: (relief.amount * relieved) / whole,
  };
}
