import type { Viewer } from '../../../../shared/auth/viewer';
import { type EntityManager, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { assertCounty } from '../../../../shared/auth/decorators';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { insertAndFetch } from '../../../../shared/records';
import { debitReemploymentFund } from '../fund/fund.service';
import { lockCertificate } from '../loan/certificate-lock';
import { ruleViolation } from '../loan/rule-error';
import { requireHire } from '../employment-replica/hire-check';
import { SubsidyKind } from './subsidy.enums';
import {
  type validateInstitutionSubsidy,
  type validateJobSubsidy,
  type validateSocialInsurance,
  withinSocialInsuranceYears,
} from './subsidy.inputs';
import { SubsidyPayment } from './subsidy-payment.entity';
import { summarizePayment } from '../summary/finance-summary.service';

type NewPayment = Omit<SubsidyPayment, 'id' | 'createdAt' | 'fundAllocationId' | 'paidOn'>;

const blank = {
  personId: null,
  certificateNumber: null,
  enterpriseCreditCode: null,
  institutionName: null,
  pensionAmount: null,
  unemploymentAmount: null,
  placedPersons: null,
  amountPerPerson: null,
};

/**
 * Debits the county's fund of the year paid and records the payment, in the caller's
 * transaction, with its month of finance_monthly_summary.
 */
async function pay(tx: EntityManager, today: string, payment: NewPayment, amountField: string): Promise<SubsidyPayment> {
  const fundAllocationId = await debitReemploymentFund(tx, payment.countyCode, Number(today.slice(0, 4)), payment.amount, amountField);
  const paid = await insertAndFetch(tx, SubsidyPayment, { ...payment, fundAllocationId, paidOn: today });
  await summarizePayment(tx, paid);
  return paid;
}

/** An earlier payment of `kind` to this holder (or institution) for an overlapping period. */
function overlapping(
  tx: EntityManager,
  kind: SubsidyKind,
  who: { certificateNumber: string } | { institutionName: string },
  start: string,
  end: string,
) {
  return tx.findOne(SubsidyPayment, { where: { kind, ...who, periodStart: LessThanOrEqual(end), periodEnd: MoreThanOrEqual(start) } });
}

/**
 * One ended quarter of an employer's insurance share for a holder it hired (as labor's
 * employment feed shows): each quarter once, all within three years.
 */
export async function paySocialInsuranceSubsidy(
  tx: EntityManager,
  viewer: Viewer,
  subsidy: ReturnType<typeof validateSocialInsurance>,
  today: string,
): Promise<SubsidyPayment> {
  await lockCertificate(tx, subsidy.certificateNumber);
  const certificate = await requireValidCertificate(tx, subsidy.certificateNumber, 'input.certificateNumber', undefined, viewer);
  assertCounty(viewer, certificate.countyCode);
  const quarter = { start: subsidy.periodStart, end: subsidy.periodEnd };
  await requireHire(tx, certificate.holderId, subsidy.enterpriseCreditCode, quarter, 'input.enterpriseCreditCode');
  const paid = await tx.find(SubsidyPayment, {
    where: { kind: SubsidyKind.SOCIAL_INSURANCE, certificateNumber: subsidy.certificateNumber },
    select: { periodStart: true },
  });
  if (paid.some((p) => p.periodStart === subsidy.periodStart)) {
    throw ruleViolation(
      'input.quarterStart',
      'SUBSIDY_PERIOD_PAID',
      `the quarter from ${subsidy.periodStart} is already subsidised for certificate ${subsidy.certificateNumber}`,
    );
  }
  if (!withinSocialInsuranceYears([...paid.map((p) => p.periodStart), subsidy.periodStart])) {
    throw ruleViolation(
      'input.quarterStart',
      'SOCIAL_INSURANCE_THREE_YEARS',
      'the subsidised quarters of one holder must lie within three years of the first',
    );
  }
  return pay(
    tx,
    today,
    {
      ...blank,
      kind: SubsidyKind.SOCIAL_INSURANCE,
      countyCode: certificate.countyCode,
      personId: certificate.holderId,
      ...subsidy,
    },
    'input.pensionAmount',
  );
}

/** A job subsidy for a holder's post; a period is paid once. */
export async function payJobSubsidy(
  tx: EntityManager,
  viewer: Viewer,
  subsidy: ReturnType<typeof validateJobSubsidy>,
  today: string,
): Promise<SubsidyPayment> {
  await lockCertificate(tx, subsidy.certificateNumber);
  const certificate = await requireValidCertificate(tx, subsidy.certificateNumber, 'input.certificateNumber', undefined, viewer);
  assertCounty(viewer, certificate.countyCode);
  const earlier = await overlapping(
    tx,
    SubsidyKind.JOB,
    { certificateNumber: subsidy.certificateNumber },
    subsidy.periodStart,
    subsidy.periodEnd,
  );
  if (earlier)
    throw ruleViolation(
      'input.periodStart',
      'SUBSIDY_PERIOD_PAID',
      `overlaps job subsidy ${earlier.id} (${earlier.periodStart} … ${earlier.periodEnd})`,
    );
  return pay(
    tx,
    today,
    { ...blank, kind: SubsidyKind.JOB, countyCode: certificate.countyCode, personId: certificate.holderId, ...subsidy },
    'input.amount',
  );
}

/** An institution's outcome payment (persons placed × amount per person); a period is paid once. */
export async function payInstitutionSubsidy(
  tx: EntityManager,
  subsidy: ReturnType<typeof validateInstitutionSubsidy>,
  kind: SubsidyKind,
  today: string,
): Promise<SubsidyPayment> {
  const earlier = await overlapping(tx, kind, { institutionName: subsidy.institutionName }, subsidy.periodStart, subsidy.periodEnd);
  if (earlier)
    throw ruleViolation(
      'input.periodStart',
      'SUBSIDY_PERIOD_PAID',
      `overlaps payment ${earlier.id} to ${subsidy.institutionName} (${earlier.periodStart} … ${earlier.periodEnd})`,
    );
  return pay(tx, today, { ...blank, ...subsidy, kind }, 'input.amountPerPerson');
}
