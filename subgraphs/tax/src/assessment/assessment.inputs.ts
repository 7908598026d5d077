import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { creditCode, optionalText } from '../../../../shared/validate';
import { POLICY_END, POLICY_START } from '../../../../shared/policy';
import { EnterpriseReliefKind } from './assessment.enums';

/** Enough for any employer of 2003 Huai'an; keeps one assessment's certificate list bounded. */
export const MAX_HIRED_PER_ASSESSMENT = 2_000;

/** An override's reason fits the audit row's detail beside its label. */
export const MAX_OVERRIDE_REASON = 200;

@InputType({
  description:
    "认定 — assess an enterprise for relief. Staff come from commerce's register and hires from labor's employment records; typed-in figures are an override that needs a reason.",
})
export class AssessEnterpriseReliefInput {
  @Field(() => ID)
  enterpriseCreditCode!: string;

  @Field(() => EnterpriseReliefKind)
  kind!: EnterpriseReliefKind;

  @Field(() => Int, {
    nullable: true,
    description: "Override of 职工总数 (commerce's register otherwise); needs overrideReason.",
  })
  staffCount?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Override of the hires counted (labor's employment records otherwise): 再就业优惠证 of each laid-off person hired on a qualifying contract; needs overrideReason.",
  })
  hiredCertificateNumbers?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Why staffCount or hiredCertificateNumbers are typed in; recorded and audited.' })
  overrideReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the three relief years; the business date if left out.' })
  effectiveFrom?: string | null;
}

/** Figures typed in over the records, with the reason for them. */
export interface AssessmentOverride {
  reason: string;
  /** Null: the register's staff count stands. */
  staffCount: number | null;
  /** Null: the hires come from the employment records. */
  certificateNumbers: string[] | null;
}

export interface ValidAssessment {
  enterpriseCreditCode: string;
  kind: EnterpriseReliefKind;
  effectiveFrom: string;
  /** Null: the figures come from the records alone. */
  override: AssessmentOverride | null;
}

function validCertificateNumbers(given: string[]): string[] {
  const numbers = given.map((n) => n.trim());
  if (numbers.length === 0) throw badUserInput('input.hiredCertificateNumbers', 'must list at least one hired certificate holder');
  if (numbers.length > MAX_HIRED_PER_ASSESSMENT)
    throw badUserInput('input.hiredCertificateNumbers', `lists more than ${MAX_HIRED_PER_ASSESSMENT}`);
  const duplicate = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (duplicate) throw badUserInput('input.hiredCertificateNumbers', `lists certificate ${duplicate} twice`);
  return numbers;
}

/** Typed-in figures, checked; null when none are given (a reason alone overrides nothing). */
function validOverride(input: AssessEnterpriseReliefInput): AssessmentOverride | null {
  const staffGiven = input.staffCount !== null && input.staffCount !== undefined;
  const hiresGiven = input.hiredCertificateNumbers !== null && input.hiredCertificateNumbers !== undefined;
  const reason = optionalText('input.overrideReason', input.overrideReason, MAX_OVERRIDE_REASON);
  if (!staffGiven && !hiresGiven) {
    if (reason) throw badUserInput('input.overrideReason', 'is only for typed-in staffCount or hiredCertificateNumbers');
    return null;
  }
  if (!reason)
    throw badUserInput(
      'input.overrideReason',
      "is required when staffCount or hiredCertificateNumbers are typed in: the records (commerce's register, labor's employment records) give them otherwise",
    );
  const staffCount = staffGiven ? (input.staffCount as number) : null;
  if (staffCount !== null && (!Number.isInteger(staffCount) || staffCount < 1))
    throw badUserInput('input.staffCount', 'must be a positive whole number');
  const certificateNumbers = hiresGiven ? validCertificateNumbers(input.hiredCertificateNumbers as string[]) : null;
  if (staffCount !== null && certificateNumbers !== null && certificateNumbers.length > staffCount)
    throw badUserInput('input.hiredCertificateNumbers', `lists ${certificateNumbers.length} hires for a staff of ${staffCount}`);
  return { reason, staffCount, certificateNumbers };
}

export function validateAssessment(input: AssessEnterpriseReliefInput, today: string): ValidAssessment {
  const code = creditCode('input.enterpriseCreditCode', input.enterpriseCreditCode);
  const override = validOverride(input);
  const effectiveFrom = input.effectiveFrom ?? today;
  if (effectiveFrom < POLICY_START || effectiveFrom > POLICY_END) {
    throw badUserInput('input.effectiveFrom', `must lie within ${POLICY_START} … ${POLICY_END} (财税[2002]208号)`);
  }
  return { enterpriseCreditCode: code, kind: input.kind, effectiveFrom, override };
}
