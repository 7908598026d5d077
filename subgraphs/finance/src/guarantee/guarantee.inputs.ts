import { Field, ID, InputType } from 'type-graphql';
import { isCityCounty } from '../../../../shared/areas';
import { badUserInput } from '../../../../shared/errors';
import { MoneyScalar } from '../../../../shared/scalars';

@InputType({ description: '设立担保基金 — a county\'s guarantee institution and its initial fund.' })
export class CreateGuaranteeFundInput {
  @Field(() => ID)
  countyCode!: string;

  @Field(() => String, { description: '担保机构名称' })
  institutionName!: string;

  @Field(() => MoneyScalar, { description: 'Initial fund paid in.' })
  capital!: bigint;
}

export function validateGuaranteeFund(input: CreateGuaranteeFundInput): CreateGuaranteeFundInput {
  if (!isCityCounty(input.countyCode)) throw badUserInput('input.countyCode', 'is not a county of Huai\'an');
  const institutionName = input.institutionName.trim();
  if (institutionName.length === 0 || institutionName.length > 100) throw badUserInput('input.institutionName', 'must be 1 to 100 characters');
  if (input.capital <= 0n) throw badUserInput('input.capital', 'must be positive');
  return { countyCode: input.countyCode, institutionName, capital: input.capital };
}
