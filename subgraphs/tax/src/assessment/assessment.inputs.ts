import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { creditCode } from '../../../../shared/validate';
import { POLICY_END, POLICY_START } from '../../../../shared/policy';
import { EnterpriseReliefKind } from './assessment.enums';

/** Enough for any employer of 2003 Huai'an; keeps one assessment's certificate list bounded. */
export const MAX_HIRED_PER_ASSESSMENT = 2_000;

@InputType({ description: '认定 — assess an enterprise for relief from its staff and hired certificate holders.' })
export class AssessEnterpriseReliefInput {
  @Field(() => ID)
  enterpriseCreditCode!: string;

  @Field(() => EnterpriseReliefKind)
  kind!: EnterpriseReliefKind;

  @Field(() => Int, { description: '职工总数.' })
  staffCount!: number;

  @Field(() => [ID], { description: '再就业优惠证 of each laid-off person hired on a contract of three years or more.' })
  hiredCertificateNumbers!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Start of the three relief years; the business date if left out.' })
  effectiveFrom?: string | null;
}

export interface ValidAssessment {
  enterpriseCreditCode: string;
  kind: EnterpriseReliefKind;
  staffCount: number;
  certificateNumbers: string[];
  effectiveFrom: string;
}

export function validateAssessment(input: AssessEnterpriseReliefInput, today: string): ValidAssessment {
  const code = creditCode('input.enterpriseCreditCode', input.enterpriseCreditCode);
  if (!Number.isInteger(input.staffCount) || input.staffCount < 1)
    throw badUserInput('input.staffCount', 'must be a positive whole number');
  const numbers = input.hiredCertificateNumbers.map((n) => n.trim());
  if (numbers.length === 0) throw badUserInput('input.hiredCertificateNumbers', 'must list at least one hired certificate holder');
  if (numbers.length > MAX_HIRED_PER_ASSESSMENT)
    throw badUserInput('input.hiredCertificateNumbers', `lists more than ${MAX_HIRED_PER_ASSESSMENT}`);
  const duplicate = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (duplicate) throw badUserInput('input.hiredCertificateNumbers', `lists certificate ${duplicate} twice`);
  if (numbers.length > input.staffCount)
    throw badUserInput('input.hiredCertificateNumbers', `lists ${numbers.length} hires for a staff of ${input.staffCount}`);
  const effectiveFrom = input.effectiveFrom ?? today;
  if (effectiveFrom < POLICY_START || effectiveFrom > POLICY_END) {
    throw badUserInput('input.effectiveFrom', `must lie within ${POLICY_START} … ${POLICY_END} (财税[2002]208号)`);
  }
  return { enterpriseCreditCode: code, kind: input.kind, staffCount: input.staffCount, certificateNumbers: numbers, effectiveFrom };
}
