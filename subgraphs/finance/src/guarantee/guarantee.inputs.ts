import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { MoneyScalar } from '../../../../shared/scalars';
import { cityCounty, requiredText } from '../../../../shared/validate';

@InputType({ description: "设立担保基金 — a county's guarantee institution and its initial fund." })
export class CreateGuaranteeFundInput {
  @Field(() => ID)
  countyCode!: string;

  @Field(() => String, { description: '担保机构名称' })
  institutionName!: string;

  @Field(() => MoneyScalar, { description: 'Initial fund paid in.' })
  capital!: bigint;
}

export function validateGuaranteeFund(input: CreateGuaranteeFundInput): CreateGuaranteeFundInput {
  cityCounty('input.countyCode', input.countyCode);
  const institutionName = requiredText('input.institutionName', input.institutionName, 100);
  if (input.capital <= 0n) throw badUserInput('input.capital', 'must be positive');
  return { countyCode: input.countyCode, institutionName, capital: input.capital };
}
