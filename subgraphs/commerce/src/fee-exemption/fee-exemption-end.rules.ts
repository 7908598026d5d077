import { addDays } from '../../../../shared/calendar';
import { MANAGEMENT_FEE_MONTHS } from './fee-exemption.rules';

/** How a revocation cut an exemption short: read from the certificate replica, never stored on the exemption. */
export interface ExemptionEnd {
  /** The revocation date: fees fall due again from this day. */
  endedOn: string;
  endedBecause: string;
  /** Last day exempt; null when the revocation came on or before the approval date. */
  effectiveUntil: string | null;
  /** Months of management fee waived: those begun before the revocation. */
  managementFeeMonths: number;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/**
 * Months of the exemption begun before `revokedOn`, counted from `from` (the approval date):
 * the month in progress stays waived, as finance keeps the revocation month's interest due.
 */
export function monthsBegun(from: string, revokedOn: string): number {
  return monthIndex(revokedOn) - monthIndex(from) + (revokedOn.slice(8) > from.slice(8) ? 1 : 0);
}

/**
 * The exemption rests on its 再就业优惠证: a revocation (`revokedOn`, as commerce's replica of
 * labor's feed records it) ends it from that day. The one-off registration and licence fees
 * were waived at approval and stay waived; the monthly management fee is waived only for
 * months begun before the revocation. One revoked on or before approval waived nothing.
 * The statistics apply the same rule in SQL (registration-stats.queries.ts).
 */
export function exemptionEnd(
  exemption: { validFrom: string; validUntil: string },
  certificate: { number: string; revokedOn: string | null },
): ExemptionEnd | null {
  const { revokedOn } = certificate;
  if (revokedOn === null || revokedOn > exemption.validUntil) return null;
  const endedBecause = `certificate ${certificate.number} was revoked on ${revokedOn}`;
  if (revokedOn <= exemption.validFrom) return { endedOn: revokedOn, endedBecause, effectiveUntil: null, managementFeeMonths: 0 };
  return {
    endedOn: revokedOn,
    endedBecause,
    effectiveUntil: addDays(revokedOn, -1),
    managementFeeMonths: Math.min(MANAGEMENT_FEE_MONTHS, monthsBegun(exemption.validFrom, revokedOn)),
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
