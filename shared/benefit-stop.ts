import { addDays } from './calendar';

/**
 * What stops a benefit resting on a 再就业优惠证 and, for an individual business's own
 * benefit, on the business trading: its first day without, and why. Tax's relief and
 * commerce's fee exemption end by the same two facts, read from their own replicas.
 */
export interface BenefitStop {
  on: string;
  because: string;
}

/** A revocation (`revokedOn`, as the department's replica of labor's feed records it) ends the benefit from that day. */
export const revocationStop = (certificate: { number: string; revokedOn: string | null }): BenefitStop | null =>
  certificate.revokedOn === null
    ? null
    : { on: certificate.revokedOn, because: `certificate ${certificate.number} was revoked on ${certificate.revokedOn}` };

/** A closure's `closedOn` is the business's last day on commerce's register: the benefit runs through it. */
export const closureStop = (business: { creditCode: string; closedOn: string | null } | null): BenefitStop | null =>
  business?.closedOn == null
    ? null
    : { on: addDays(business.closedOn, 1), because: `business ${business.creditCode} was closed (注销登记) on ${business.closedOn}` };

/** The earlier of two stops; on the same day the revocation (the first) is named. */
export const earlierStop = (a: BenefitStop | null, b: BenefitStop | null): BenefitStop | null =>
  a === null ? b : b === null || a.on <= b.on ? a : b;
