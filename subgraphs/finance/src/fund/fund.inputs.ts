import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { MoneyScalar } from '../../../../shared/scalars';
import { cityCounty } from '../../../../shared/validate';
import { validateYear } from '../stats/stats.types';

@InputType({ description: "再就业资金安排 — a county's re-employment fund for a year." })
export class SetFundAllocationInput {
  @Field(() => ID)
  countyCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar, { description: '预算安排' })
  budgeted!: bigint;

  @Field(() => MoneyScalar, { description: '省财政配套' })
  provincialMatching!: bigint;
}

export function validateFundAllocation(input: SetFundAllocationInput): SetFundAllocationInput {
  cityCounty('input.countyCode', input.countyCode);
  validateYear(input.year, 'input.year');
  if (input.budgeted < 0n) throw badUserInput('input.budgeted', 'must not be negative');
  if (input.provincialMatching < 0n) throw badUserInput('input.provincialMatching', 'must not be negative');
  return { ...input };
}
