import { type EntityManager, In } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { requireFreshReplica } from '../../../../shared/certificate-replica/staleness';
import { badUserInput } from '../../../../shared/errors';
import { TaxRegistration } from '../taxpayer/tax-registration.entity';
import { TaxpayerKind } from '../taxpayer/taxpayer.enums';
import type { ValidAssessment } from './assessment.inputs';
import { AssessmentCertificate, EnterpriseReliefAssessment } from './assessment.entity';
import { industryMismatch } from './assessment.rules';

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
 * Each hire counts only on a certificate the replica holds VALID. A county-limited token
 * counts its county's certificates only: checking another county's would tell it their state.
 */
async function requireValidHires(tx: EntityManager, numbers: string[], viewer: Viewer): Promise<void> {
  await requireFreshReplica(tx);
  const known = new Map((await tx.findBy(CertificateReplica, { number: In(numbers) })).map((c) => [c.number, c]));
  for (const number of numbers) {
    const certificate = known.get(number);
    if (!certificate || !canAccessCounty(viewer, certificate.countyCode))
      throw badUserInput('input.hiredCertificateNumbers', `certificate ${number} is unknown here (labor has not notified it)`);
    if (certificate.status !== 'VALID')
      throw badUserInput('input.hiredCertificateNumbers', `certificate ${number} is ${certificate.status}, not VALID`);
  }
}

/** Records the assessment and its hires, after the registration and every hire's certificate check out. */
export async function assessEnterpriseRelief(
  tx: EntityManager,
  viewer: Viewer,
  assessment: ValidAssessment,
  today: string,
): Promise<EnterpriseReliefAssessment> {
  const registration = await requireEnterpriseRegistration(tx, assessment, viewer);
  await requireValidHires(tx, assessment.certificateNumbers, viewer);
  const { identifiers } = await tx.insert(EnterpriseReliefAssessment, {
    enterpriseCreditCode: assessment.enterpriseCreditCode,
    kind: assessment.kind,
    staffCount: assessment.staffCount,
    hiredCount: assessment.certificateNumbers.length,
    effectiveFrom: assessment.effectiveFrom,
    assessedOn: today,
    countyCode: registration.countyCode,
  });
  const id = Number(identifiers[0].id);
  await tx.insert(
    AssessmentCertificate,
    assessment.certificateNumbers.map((certificateNumber) => ({ assessmentId: id, certificateNumber })),
  );
  return tx.findOneByOrFail(EnterpriseReliefAssessment, { id });
}
