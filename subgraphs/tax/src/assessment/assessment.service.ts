import { type EntityManager, In } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { requireFreshReplica } from '../../../../shared/certificate-replica/staleness';
import { badUserInput } from '../../../../shared/errors';
import { TaxRegistration } from '../taxpayer/tax-registration.entity';
import { TaxpayerKind } from '../taxpayer/taxpayer.enums';
import type { ValidAssessment } from './assessment.inputs';
import { AssessmentCertificate, EnterpriseReliefAssessment } from './assessment.entity';
import { AssessmentSource } from './assessment.enums';
import { industryMismatch } from './assessment.rules';
import { noQualifyingHire, recordedHires, requireNewEnterprise, staffBelowHires } from './assessment-records';

/** The enterprise's tax registration; both offices record the same industry and county. */
async function requireEnterpriseRegistration(tx: EntityManager, assessment: ValidAssessment, viewer: Viewer): Promise<TaxRegistration> {
  const field = 'input.enterpriseCreditCode';
  const registration = await tx.findOne(TaxRegistration, { where: { creditCode: assessment.enterpriseCreditCode }, order: { id: 'ASC' } });
  // Another county's taxpayer is answered as unregistered: its kind and industry are not that county's to learn.
  if (!registration || !canAccessCounty(viewer, registration.countyCode))
    throw badUserInput(field, `${assessment.enterpriseCreditCode} has no tax registration (税务登记): register the taxpayer first`);
  if (registration.kind !== TaxpayerKind.ENTERPRISE)
    throw badUserInput(field, `${assessment.enterpriseCreditCode} is registered as ${registration.kind}, not an enterprise`);
  const mismatch = industryMismatch(assessment.kind, registration.industry);
  if (mismatch) throw badUserInput('input.kind', mismatch);
  return registration;
}

/**
 * A typed-in hire counts only on a certificate the replica holds VALID. A county-limited token
 * counts its county's certificates only: checking another county's would tell it their state.
 */
async function requireValidHires(tx: EntityManager, numbers: string[], viewer: Viewer): Promise<void> {
  const known = new Map((await tx.findBy(CertificateReplica, { number: In(numbers) })).map((c) => [c.number, c]));
  for (const number of numbers) {
    const certificate = known.get(number);
    if (!certificate || !canAccessCounty(viewer, certificate.countyCode))
      throw badUserInput('input.hiredCertificateNumbers', `certificate ${number} is unknown here (labor has not notified it)`);
    if (certificate.status !== 'VALID')
      throw badUserInput('input.hiredCertificateNumbers', `certificate ${number} is ${certificate.status}, not VALID`);
  }
}

/**
 * Records the assessment and the hires it counted. The enterprise must be new by commerce's
 * register; the staff is the register's employee count and the hires are the qualifying ones
 * in labor's employment records (assessment-records), unless the office typed figures in
 * with a reason: then those are used, and the records' figures are stored beside them.
 */
export async function assessEnterpriseRelief(
  tx: EntityManager,
  viewer: Viewer,
  assessment: ValidAssessment,
  today: string,
): Promise<EnterpriseReliefAssessment> {
  const { enterpriseCreditCode: code, effectiveFrom, override } = assessment;
  const registration = await requireEnterpriseRegistration(tx, assessment, viewer);
  const entry = await requireNewEnterprise(tx, code);
  // Every hire, recorded or typed in, rests on a certificate: the copy must be fresh enough.
  await requireFreshReplica(tx);
  const recorded = await recordedHires(tx, code, effectiveFrom);
  if (override?.certificateNumbers) await requireValidHires(tx, override.certificateNumbers, viewer);
  const certificateNumbers = override?.certificateNumbers ?? recorded;
  if (certificateNumbers.length === 0) throw await noQualifyingHire(tx, code, effectiveFrom);
  const staffCount = override?.staffCount ?? entry.employeeCount;
  if (staffCount < certificateNumbers.length)
    throw staffBelowHires(staffCount, certificateNumbers.length, (override?.staffCount ?? null) === null);
  const { identifiers } = await tx.insert(EnterpriseReliefAssessment, {
    enterpriseCreditCode: code,
    kind: assessment.kind,
    staffCount,
    hiredCount: certificateNumbers.length,
    source: override ? AssessmentSource.OVERRIDE : AssessmentSource.RECORDS,
    overrideReason: override?.reason ?? null,
    recordedStaffCount: entry.employeeCount,
    recordedHiredCount: recorded.length,
    effectiveFrom,
    assessedOn: today,
    countyCode: registration.countyCode,
  });
  const id = Number(identifiers[0].id);
  await tx.insert(
    AssessmentCertificate,
    certificateNumbers.map((certificateNumber) => ({ assessmentId: id, certificateNumber })),
  );
  return tx.findOneByOrFail(EnterpriseReliefAssessment, { id });
}
