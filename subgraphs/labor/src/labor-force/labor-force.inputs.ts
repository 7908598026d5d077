import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { cityCounty } from '../../../../shared/validate';

@InputType({ description: "A county's urban labour force for one year (城镇从业人员)." })
export class SetUrbanLaborForceInput {
  @Field(() => ID)
  countyCode!: string;

  @Field(() => Int, { description: 'A policy year, as the target table accepts (2003–2100).' })
  year!: number;

  @Field(() => Int, { description: 'Persons, a whole number above 0.' })
  persons!: number;
}

export interface ValidUrbanLaborForce {
  countyCode: string;
  year: number;
  persons: number;
}

// The same years as setEmploymentTargets: a rate is judged against that year's targets.
const FIRST_YEAR = 2003;
const LAST_YEAR = 2100;
const MAX_PERSONS = 100_000_000;

export function validateUrbanLaborForce(input: SetUrbanLaborForceInput): ValidUrbanLaborForce {
  const countyCode = cityCounty('input.countyCode', input.countyCode);
  if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > LAST_YEAR)
    throw badUserInput('input.year', `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
  if (!Number.isInteger(input.persons) || input.persons < 1 || input.persons > MAX_PERSONS)
    throw badUserInput('input.persons', 'must be a whole number of persons above 0');
  return { countyCode, year: input.year, persons: input.persons };
}
