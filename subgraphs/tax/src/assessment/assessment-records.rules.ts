import { POLICY_START } from '../../../../shared/policy';

/**
 * What an assessment (认定) counts from the records, as pure rules: whether commerce's
 * registration makes the enterprise new (新办), and which of labor's employment records
 * are qualifying hires of certificate holders.
 */

/** Labor's kind of an enterprise hire (`EmploymentKind.ENTERPRISE_HIRE`), as its feed carries it. */
export const ENTERPRISE_HIRE = 'ENTERPRISE_HIRE';

/** From this start on a one-year contract qualifies; before it three years are needed (DOMAIN.md). */
export const ONE_YEAR_CONTRACTS_FROM = '2003-08-01';

export const THREE_YEAR_CONTRACT_MONTHS = 36;
export const ONE_YEAR_CONTRACT_MONTHS = 12;

/**
 * 新办: the notice relieves enterprises set up while it is in force. One commerce registered
 * before its window (2003-01-01) is an existing employer, whatever it hires now.
 */
export function isNewEnterprise(registeredOn: string): boolean {
  return registeredOn >= POLICY_START;
}

/** The shortest contract that qualifies a hire starting on `startedOn`. */
export function minimumContractMonths(startedOn: string): number {
  return startedOn >= ONE_YEAR_CONTRACTS_FROM ? ONE_YEAR_CONTRACT_MONTHS : THREE_YEAR_CONTRACT_MONTHS;
}

export interface RecordedHire {
  kind: string;
  startedOn: string;
  endedOn: string | null;
  contractMonths: number | null;
}

export interface HeldCertificate {
  status: string;
  issuedOn: string;
}

/**
 * Why a recorded hire does not count on an assessment effective from `effectiveFrom`, or
 * null if it does: an enterprise hire open on that day, on a long enough contract, of a
 * person whose certificate is VALID and was issued no later than that day. The certificate
 * is dated against the assessment, not the hire: the office checks the holders the
 * enterprise employs when it assesses (认定), and relief starts on effectiveFrom, so no
 * relief rests on a certificate issued after it began (the joint office's rule).
 */
export function hireRefusal(hire: RecordedHire, certificate: HeldCertificate | null, effectiveFrom: string): string | null {
  if (hire.kind !== ENTERPRISE_HIRE) return `a ${hire.kind} record is not an enterprise hire`;
  if (hire.startedOn > effectiveFrom) return `started ${hire.startedOn}, after ${effectiveFrom}`;
  if (hire.endedOn !== null && hire.endedOn < effectiveFrom) return `ended ${hire.endedOn}, before ${effectiveFrom}`;
  const minimum = minimumContractMonths(hire.startedOn);
  if (hire.contractMonths === null || hire.contractMonths < minimum)
    return `a contract of ${hire.contractMonths ?? 'no'} months, under the ${minimum} a hire from ${hire.startedOn} needs`;
  if (!certificate) return 'the person holds no certificate known here';
  if (certificate.status !== 'VALID') return `the certificate is ${certificate.status}`;
  if (certificate.issuedOn > effectiveFrom) return `the certificate was issued ${certificate.issuedOn}, after ${effectiveFrom}`;
  return null;
}

/** Of a person's certificates, the one a hire is judged on: a VALID one if any, else the latest issued. */
export function certificateOfRecord<T extends HeldCertificate>(certificates: T[]): T | null {
  const valid = certificates.find((c) => c.status === 'VALID');
  if (valid) return valid;
  return [...certificates].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0] ?? null;
}
