import { CertificateStatus } from './certificate.entity';

export type CertificateAction = 'suspend' | 'reinstate' | 'revoke' | 'review' | 'expire';

/** Which statuses each action starts from, and where it leads (null: the status stays). */
const TRANSITIONS: Record<CertificateAction, { from: readonly CertificateStatus[]; to: CertificateStatus | null }> = {
  suspend: { from: [CertificateStatus.VALID], to: CertificateStatus.SUSPENDED },
  reinstate: { from: [CertificateStatus.SUSPENDED], to: CertificateStatus.VALID },
  revoke: { from: [CertificateStatus.VALID, CertificateStatus.SUSPENDED], to: CertificateStatus.REVOKED },
  review: { from: [CertificateStatus.VALID, CertificateStatus.SUSPENDED], to: null },
  expire: { from: [CertificateStatus.VALID, CertificateStatus.SUSPENDED], to: CertificateStatus.EXPIRED },
};

/** The status after `action`, or why the certificate's status does not allow it. */
export function transition(
  current: CertificateStatus,
  action: CertificateAction,
): { ok: true; status: CertificateStatus } | { ok: false; reason: string } {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current))
    return { ok: false, reason: `cannot ${action} a ${current} certificate (only ${rule.from.join(' or ')})` };
  return { ok: true, status: rule.to ?? current };
}

/**
 * 年检: a certificate is reviewed once a year from the year after its issue. The review of
 * year Y is due by REVIEW_DEADLINE of Y; after that `expireUnreviewedCertificates(Y)` voids
 * the cards that missed it (until then a late review is still accepted).
 */
export const REVIEW_DEADLINE = '03-31';

export function reviewDeadline(year: number): string {
  return `${year}-${REVIEW_DEADLINE}`;
}

/** Why `year` cannot be reviewed for a certificate issued on `issuedOn` when today is `today`, or null. */
export function reviewYearProblem(year: number, issuedOn: string, today: string): string | null {
  if (year !== Number(today.slice(0, 4))) return `reviews are recorded for the current year ${today.slice(0, 4)} only`;
  if (year <= Number(issuedOn.slice(0, 4)))
    return `the certificate was issued on ${issuedOn}: its first yearly review is due in ${Number(issuedOn.slice(0, 4)) + 1}`;
  return null;
}

/** Why the review of `year` cannot be closed (its cards expired) today, or null. */
export function expiryYearProblem(year: number, today: string): string | null {
  if (!Number.isInteger(year) || year < 2004 || year > 2100) return 'must be a review year from 2004 (the first after the 2003 notice)';
  if (today <= reviewDeadline(year)) return `the ${year} yearly review is open until ${reviewDeadline(year)}`;
  return null;
}
