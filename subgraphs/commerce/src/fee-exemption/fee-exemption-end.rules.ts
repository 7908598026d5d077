import { addDays } from '../../../../shared/calendar';
import { MANAGEMENT_FEE_MONTHS } from './fee-exemption.rules';
import { closureStop, earlierStop, revocationStop } from '../../../../shared/benefit-stop';

/**
 * How a revocation or the business's closure cut an exemption short: read from the
 * certificate replica and the register, never stored on the exemption.
 */
export interface ExemptionEnd {
  /** The first day without the exemption: the revocation date, or the day after the closure (fees fall due again, or the business is gone). */
  endedOn: string;
  endedBecause: string;
  /** Last day exempt; null when the revocation came on or before the approval date. */
  effectiveUntil: string | null;
  /** Months of management fee waived: those begun before the revocation. */
  managementFeeMonths: number;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/**
 * Months of the exemption begun before `endedOn`, counted from `from` (the approval date):
 * the month in progress stays waived, as finance keeps the revocation month's interest due.
 */
export function monthsBegun(from: string, endedOn: string): number {
  return monthIndex(endedOn) - monthIndex(from) + (endedOn.slice(8) > from.slice(8) ? 1 : 0);
}

/**
 * The exemption rests on its 再就业优惠证 and on the business trading: a revocation
 * (`revokedOn`, as commerce's replica of labor's feed records it) ends it from that day, the
 * business's closure (注销登记, `closedOn` its last day) after that day; the earlier of the
 * two wins. The one-off registration and licence fees were waived at approval and stay
 * waived; the monthly management fee is waived only for months begun before the end. One
 * revoked on or before approval waived nothing (a closure cannot precede the approval).
 * The statistics apply the same rule in SQL (registration-stats.queries.ts).
 */
export function exemptionEnd(
  exemption: { validFrom: string; validUntil: string },
  certificate: { number: string; revokedOn: string | null },
  business: { creditCode: string; closedOn: string | null } | null = null,
): ExemptionEnd | null {
  const stop = earlierStop(revocationStop(certificate), closureStop(business));
  if (stop === null || stop.on > exemption.validUntil) return null;
  const endedBecause = stop.because;
  if (stop.on <= exemption.validFrom) return { endedOn: stop.on, endedBecause, effectiveUntil: null, managementFeeMonths: 0 };
  return {
    endedOn: stop.on,
    endedBecause,
    effectiveUntil: addDays(stop.on, -1),
    managementFeeMonths: Math.min(MANAGEMENT_FEE_MONTHS, monthsBegun(exemption.validFrom, stop.on)),
  };
}

/** What an exemption waived, given how it ended. */
export function waivedAfterEnd(
  exemption: { registrationFee: bigint; licenceFee: bigint; managementFee: bigint },
  end: ExemptionEnd | null,
): bigint {
  if (!end) return exemption.registrationFee + exemption.licenceFee + exemption.managementFee;
  if (end.effectiveUntil === null) return 0n;
  const management = (exemption.managementFee * BigInt(end.managementFeeMonths)) / BigInt(MANAGEMENT_FEE_MONTHS);
  return exemption.registrationFee + exemption.licenceFee + management;
}
