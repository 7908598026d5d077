import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { assertCounty } from '../../../../shared/auth/decorators';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { badUserInput } from '../../../../shared/errors';
import { AssessmentCertificate, EnterpriseReliefAssessment } from '../assessment/assessment.entity';
import { assessEnterpriseRelief } from '../assessment/assessment.rules';
import { requireCommerceRegistration } from '../register-replica/commerce-registration';
import { TaxRegistration } from '../taxpayer/tax-registration.entity';
import { TaxpayerKind } from '../taxpayer/taxpayer.enums';
import type { ValidRelief } from './relief.inputs';
import {
  certificateStartRefusal,
  collectingOffice,
  individualReliefRefusal,
  OFFICE_NAME,
  periodRefusal,
  type Refusal,
} from './relief.rules';
import { TaxRelief } from './tax-relief.entity';
import { insertAndFetch, rowLock } from '../../../../shared/records';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendReliefChange } from '../relief-feed/relief-feed';

export interface GrantScope {
  viewer: Viewer;
  today: string;
}

function refuse(refusal: Refusal | null): void {
  if (refusal) throw badUserInput(refusal.field, refusal.message);
}

async function refuseOverlap(tx: EntityManager, relief: ValidRelief, where: FindOptionsWhere<TaxRelief>): Promise<void> {
  const overlapping = await tx.findOne(TaxRelief, {
    where: {
      ...where,
      taxType: relief.taxType,
      periodStart: LessThanOrEqual(relief.periodEnd),
      periodEnd: MoreThanOrEqual(relief.periodStart),
    },
  });
  if (overlapping) {
    throw badUserInput(
      'input.periodStart',
      `overlaps relief ${overlapping.id} of ${relief.taxType} (${overlapping.periodStart} … ${overlapping.periodEnd})`,
    );
  }
}

/** The taxpayer's registration with the office that collects the tax. */
function registrationFor(registrations: TaxRegistration[], relief: ValidRelief, field: string): TaxRegistration {
  if (!registrations.length) throw badUserInput(field, 'has no tax registration (税务登记)');
  const first = registrations.reduce((min, r) => (r.registeredOn < min ? r.registeredOn : min), registrations[0].registeredOn);
  const office = collectingOffice(relief.taxType, first);
  const registration = registrations.find((r) => r.office === office);
  if (!registration) {
    throw badUserInput(
      field,
      `${registrations[0].creditCode} is not registered with ${OFFICE_NAME[office]} (${office}), which collects its ${relief.taxType}`,
    );
  }
  return registration;
}

/** The holder's individual business: the one named, or the only one registered to the holder. */
async function individualRegistration(tx: EntityManager, relief: ValidRelief, holderId: number): Promise<TaxRegistration> {
  const field = 'input.taxpayerCreditCode';
  const named = relief.taxpayerCreditCode;
  const registrations = await tx.findBy(
    TaxRegistration,
    named ? { creditCode: named } : { ownerId: holderId, kind: TaxpayerKind.INDIVIDUAL_BUSINESS },
  );
  if (named) {
    if (!registrations.length) throw badUserInput(field, `${named} has no tax registration (税务登记)`);
    if (registrations[0].kind !== TaxpayerKind.INDIVIDUAL_BUSINESS)
      throw badUserInput(field, `${named} is an enterprise: grant its relief with enterpriseCreditCode`);
    if (registrations[0].ownerId !== holderId)
      throw badUserInput(field, `${named} is not an individual business of the holder of certificate ${relief.certificateNumber}`);
  } else {
    const codes = new Set(registrations.map((r) => r.creditCode));
    if (codes.size === 0) {
      throw badUserInput(
        field,
        `the holder of certificate ${relief.certificateNumber} has no individual business registered for tax (税务登记): register it first`,
      );
    }
    if (codes.size > 1)
      throw badUserInput(field, `the holder of certificate ${relief.certificateNumber} has ${codes.size} individual businesses: name one`);
  }
  return registrationFor(registrations, relief, field);
}

/** Stores a grant and puts it on the relief feed in the same transaction, whoever grants. */
async function insertRelief(tx: EntityManager, row: Omit<TaxRelief, 'id' | 'createdAt'>): Promise<TaxRelief> {
  const relief = await insertAndFetch(tx, TaxRelief, row);
  await appendReliefChange(tx, relief, FeedEvent.CREATED);
  return relief;
}

/** Relief of a certificate holder's individual business, one grant per certificate at a time. */
export async function grantIndividualRelief(tx: EntityManager, scope: GrantScope, relief: ValidRelief): Promise<TaxRelief> {
  // The row lock serializes grants on one certificate or enterprise, so two concurrent grants
  // cannot both pass the overlap check. It must be the transaction's first statement:
  // MariaDB's REPEATABLE READ snapshot starts at the first plain read, which must come after
  // the lock to see the other grant's row. (SQLite has one writer; see rowLock.)
  await tx.findOne(CertificateReplica, { where: { number: relief.certificateNumber }, ...rowLock(tx) });
  const certificate = await requireValidCertificate(tx, relief.certificateNumber, 'input.certificateNumber', undefined, scope.viewer);
  const registration = await individualRegistration(tx, relief, certificate.holderId);
  assertCounty(scope.viewer, registration.countyCode);
  // Registered for tax before commerce's register was checked: the grant checks it again,
  // and that the business still trades on the relief's first day (it ends at a later closure).
  await requireCommerceRegistration(
    tx,
    registration.creditCode,
    { holderId: certificate.holderId, certificateNumber: certificate.number },
    'input.taxpayerCreditCode',
    { date: relief.periodStart, field: 'input.periodStart' },
  );
  refuse(individualReliefRefusal(registration, relief));
  refuse(certificateStartRefusal(relief, certificate));
  await refuseOverlap(tx, relief, { certificateNumber: relief.certificateNumber, enterpriseCreditCode: IsNull() });
  return insertRelief(tx, {
    ...relief,
    enterpriseCreditCode: null,
    taxpayerCreditCode: registration.creditCode,
    personId: certificate.holderId,
    countyCode: registration.countyCode,
    office: registration.office,
    assessmentId: null,
    grantedOn: scope.today,
  });
}

/** Relief of an employer on its latest assessment, one grant per enterprise at a time. */
export async function grantEnterpriseRelief(
  tx: EntityManager,
  scope: GrantScope,
  relief: ValidRelief,
  enterpriseCreditCode: string,
): Promise<TaxRelief> {
  const field = 'input.enterpriseCreditCode';
  const assessment = await tx.findOne(EnterpriseReliefAssessment, {
    where: { enterpriseCreditCode },
    order: { id: 'DESC' },
    ...rowLock(tx),
  });
  // Another county's assessment is answered as none: its figures are not that county's to see.
  if (!assessment || !canAccessCounty(scope.viewer, assessment.countyCode)) {
    throw badUserInput(field, `${enterpriseCreditCode} has no relief assessment (认定) of its staff and hires`);
  }
  const certificate = await requireValidCertificate(tx, relief.certificateNumber, 'input.certificateNumber', undefined, scope.viewer);
  if (!(await tx.existsBy(AssessmentCertificate, { assessmentId: assessment.id, certificateNumber: certificate.number }))) {
    throw badUserInput(
      'input.certificateNumber',
      `certificate ${certificate.number} is not among the hires counted by assessment ${assessment.id}`,
    );
  }
  const allowed = assessEnterpriseRelief(assessment.kind, assessment.staffCount, assessment.hiredCount);
  if (!allowed.taxTypes.includes(relief.taxType)) {
    const allows = allowed.taxTypes.length ? allowed.taxTypes.join(', ') : 'no relief';
    throw badUserInput(
      'input.taxType',
      `assessment ${assessment.id} (${assessment.kind}, ${assessment.hiredCount} hired of ${assessment.staffCount} staff) allows ${allows}, not ${relief.taxType}`,
    );
  }
  refuse(periodRefusal(relief, assessment.effectiveFrom, `assessment ${assessment.id}`));
  const registration = registrationFor(await tx.findBy(TaxRegistration, { creditCode: enterpriseCreditCode }), relief, field);
  assertCounty(scope.viewer, registration.countyCode);
  await refuseOverlap(tx, relief, { enterpriseCreditCode });
  return insertRelief(tx, {
    ...relief,
    enterpriseCreditCode,
    taxpayerCreditCode: enterpriseCreditCode,
    personId: null,
    countyCode: registration.countyCode,
    office: registration.office,
    assessmentId: assessment.id,
    grantedOn: scope.today,
  });
}
