import type { GraphQLError } from 'graphql';
import { type EntityManager, In } from 'typeorm';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { EmploymentReplica } from '../../../../shared/employment-replica/employment-replica.entity';
import { EMPLOYMENT_FEED } from '../../../../shared/employment-replica/employment-sync';
import { badUserInput } from '../../../../shared/errors';
import { feedFreshness } from '../../../../shared/feeds/freshness';
import { POLICY_START } from '../../../../shared/policy';
import { requireRegisterEntry } from '../register-replica/commerce-registration';
import type { RegisterReplica } from '../register-replica/register-replica.entity';
import { certificateOfRecord, ENTERPRISE_HIRE, hireRefusal, isNewEnterprise } from './assessment-records.rules';

/** Assessment refusals clients tell apart by `extensions.rule` (besides NOT_REGISTERED_BY_COMMERCE). */
export type AssessmentRule = 'NOT_A_NEW_ENTERPRISE' | 'NO_QUALIFYING_HIRE' | 'STAFF_BELOW_HIRES';

function ruleViolation(field: string, rule: AssessmentRule, message: string): GraphQLError {
  const error = badUserInput(field, `${message} (${rule})`);
  error.extensions.rule = rule;
  return error;
}

/**
 * Commerce's register entry of an enterprise that is new (新办) under the notice: unknown to
 * commerce is refused as NOT_REGISTERED_BY_COMMERCE, registered before the window as
 * NOT_A_NEW_ENTERPRISE.
 */
export async function requireNewEnterprise(tx: EntityManager, creditCode: string): Promise<RegisterReplica> {
  const field = 'input.enterpriseCreditCode';
  const entry = await requireRegisterEntry(tx, creditCode, field);
  if (!isNewEnterprise(entry.registeredOn)) {
    throw ruleViolation(
      field,
      'NOT_A_NEW_ENTERPRISE',
      `commerce registered ${creditCode} on ${entry.registeredOn}, before ${POLICY_START}: only enterprises set up under 财税[2002]208号 (新办) are relieved`,
    );
  }
  return entry;
}

/** How old tax's copy of labor's employment records is, for refusals that rest on it. */
async function employmentReplicaAge(tx: EntityManager): Promise<string> {
  const { lagSeconds } = await feedFreshness(tx, EMPLOYMENT_FEED);
  return lagSeconds === null ? 'has never synced' : `was synced ${lagSeconds} s ago`;
}

/**
 * The certificate numbers of the enterprise's qualifying hires on `effectiveFrom`, from tax's
 * copies of labor's employment records and certificates (hireRefusal says which count).
 * A person hired twice counts once. Sorted, so the stored list does not depend on row order.
 */
export async function recordedHires(tx: EntityManager, creditCode: string, effectiveFrom: string): Promise<string[]> {
  const hires = await tx.findBy(EmploymentReplica, { employerCreditCode: creditCode, kind: ENTERPRISE_HIRE });
  if (hires.length === 0) return [];
  const personIds = [...new Set(hires.map((h) => h.personId))];
  const certificates = await tx.findBy(CertificateReplica, { holderId: In(personIds) });
  const byHolder = new Map<number, CertificateReplica[]>();
  for (const c of certificates) byHolder.set(c.holderId, [...(byHolder.get(c.holderId) ?? []), c]);
  const counted = new Set<string>();
  for (const hire of hires) {
    const certificate = certificateOfRecord(byHolder.get(hire.personId) ?? []);
    if (certificate && hireRefusal(hire, certificate, effectiveFrom) === null) counted.add(certificate.number);
  }
  return [...counted].sort();
}

/** Refuses an assessment with nothing to count: no qualifying hire in the records and none typed in. */
export async function noQualifyingHire(tx: EntityManager, creditCode: string, effectiveFrom: string): Promise<GraphQLError> {
  return ruleViolation(
    'input.enterpriseCreditCode',
    'NO_QUALIFYING_HIRE',
    `labor's employment records show no qualifying hire by ${creditCode} on ${effectiveFrom}: an enterprise hire, open that day, on a contract of ≥ 36 months (≥ 12 from 2003-08-01), of a holder of a VALID certificate issued by then (tax's copy of labor's employment records ${await employmentReplicaAge(tx)}); typed-in hires need an overrideReason`,
  );
}

/** Refuses a staff smaller than the hires counted: the ratio would be meaningless. */
export function staffBelowHires(staff: number, hired: number, fromRegister: boolean): GraphQLError {
  const source = fromRegister ? "commerce's register records" : 'the override gives';
  return ruleViolation(
    'input.staffCount',
    'STAFF_BELOW_HIRES',
    `${source} a staff of ${staff}, fewer than the ${hired} hires counted: commerce's employee count must be brought up to date, or staffCount typed in with an overrideReason`,
  );
}
