import { addDays, daysBetween } from '../../../../shared/calendar';
import { closureStop, earlierStop, revocationStop } from '../../../../shared/benefit-stop';

/**
 * How a revocation or the business's closure cut a relief short: read from the certificate
 * replica and the register replica, never stored on the relief.
 */
export interface ReliefEnd {
  /** The first day without relief: the revocation date, or the day after the closure. */
  endedOn: string;
  endedBecause: string;
  /** Last day relieved; null when the revocation came before the period began. */
  effectivePeriodEnd: string | null;
  /** The amount for the days relieved (pro rata by day, rounded down to the fen). */
  effectiveAmount: bigint;
}

/**
 * A relief rests on its 再就业优惠证: a revocation (`revokedOn`, as tax's replica of labor's
 * feed records it) ends it from that day. An individual business's own relief rests on the
 * business too: its closure (注销登记, `closedOn` its last day, as tax's replica of commerce's
 * register records it) ends it after that day; the earlier of the two wins (pass `business`
 * only for an individual business's relief, not an employer's). An end after the period
 * changes nothing; a revocation on or before its first day leaves nothing relieved. The
 * amount shrinks by days, the rule the statistics apply in SQL (`relief-effective.sql.ts`,
 * which counts revocations only so far).
 */
export function reliefEnd(
  relief: { periodStart: string; periodEnd: string; amount: bigint },
  certificate: { number: string; revokedOn: string | null },
  business: { creditCode: string; closedOn: string | null } | null = null,
): ReliefEnd | null {
  const stop = earlierStop(revocationStop(certificate), closureStop(business));
  if (stop === null || stop.on > relief.periodEnd) return null;
  const endedBecause = stop.because;
  if (stop.on <= relief.periodStart) return { endedOn: stop.on, endedBecause, effectivePeriodEnd: null, effectiveAmount: 0n };
  const relieved = BigInt(daysBetween(relief.periodStart, stop.on));
  const whole = BigInt(daysBetween(relief.periodStart, relief.periodEnd) + 1);
  return {
    endedOn: stop.on,
    endedBecause,
    effectivePeriodEnd: addDays(stop.on, -1),
    effectiveAmount: (relief.amount * relieved) / whole,
  };
}
