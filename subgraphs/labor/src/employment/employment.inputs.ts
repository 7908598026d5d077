import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { intInRange, notInFuture, optionalCreditCode, positiveId } from '../../../../shared/validate';
import { EmploymentKind } from './employment-record.entity';

@InputType({ description: '就业再就业登记 — a registered person found work.' })
export class RecordEmploymentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => EmploymentKind, {
    description: 'Any kind but PUBLIC_WELFARE_POST, which is recorded by fillPublicWelfarePost (priority rules).',
  })
  kind!: EmploymentKind;

  @Field(() => DateScalar, { description: 'First day of work: not before the registration, not in the future.' })
  startedOn!: string;

  @Field(() => ID, { nullable: true, description: "Employer's Unified Social Credit Code (GB 32100-2015); required for ENTERPRISE_HIRE." })
  employerCreditCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Contract term in months (1 to 120), if any.' })
  contractMonths?: number | null;
}

export interface ValidEmployment {
  personId: number;
  kind: EmploymentKind;
  startedOn: string;
  employerCreditCode: string | null;
  contractMonths: number | null;
}

/** Contract terms: none, or 1 to 120 months (labour contracts of up to ten years). */
export function validContractMonths(months: number | null | undefined, field: string): number | null {
  if (months === null || months === undefined) return null;
  return intInRange(field, months, 1, 120, 'months');
}

/** Checks every field that needs no database; the person-dependent rules follow in the transaction. */
export function validateEmployment(input: RecordEmploymentInput, today: string): ValidEmployment {
  const personId = positiveId('input.personId', input.personId);
  if (input.kind === EmploymentKind.PUBLIC_WELFARE_POST) {
    throw badUserInput('input.kind', 'public-welfare posts are filled with fillPublicWelfarePost, which applies the priority rules');
  }
  notInFuture('input.startedOn', input.startedOn, today);
  const employerCreditCode = optionalCreditCode('input.employerCreditCode', input.employerCreditCode);
  if (!employerCreditCode && input.kind === EmploymentKind.ENTERPRISE_HIRE) {
    throw badUserInput('input.employerCreditCode', 'is required for an enterprise hire');
  }
  return {
    personId,
    kind: input.kind,
    startedOn: input.startedOn,
    employerCreditCode,
    contractMonths: validContractMonths(input.contractMonths, 'input.contractMonths'),
  };
}
