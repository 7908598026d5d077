import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CITY_COUNTIES } from '../../../../shared/areas';
import { badUserInput } from '../../../../shared/errors';
import { cityCounty } from '../../../../shared/validate';
import { TARGET_COUNTS, type TargetFigures } from './employment-target.entity';

@InputType({ description: 'One row of the target table (目标责任).' })
export class TargetFiguresInput {
  @Field(() => Int, { description: '开发就业岗位' })
  jobsCreated!: number;

  @Field(() => Int, { description: '净增就业人数' })
  netNewEmployment!: number;

  @Field(() => Int, { description: '实现就业再就业' })
  reemployed!: number;

  @Field(() => Int, { description: '帮助"4050"等就业困难人员再就业' })
  hardshipReemployed!: number;

  @Field(() => Int, { description: '农村富余劳动力劳务输出' })
  ruralLaborExported!: number;

  @Field(() => Float, { description: '城镇登记失业率 ceiling in percent, above 0 and at most 100, two decimals.' })
  registeredUnemploymentRate!: number;
}

@InputType()
export class CountyTargetFiguresInput extends TargetFiguresInput {
  @Field(() => ID)
  countyCode!: string;
}

@InputType({ description: "The year's target table: the city's figures and every county's share of them." })
export class SetEmploymentTargetsInput {
  @Field(() => Int)
  year!: number;

  @Field(() => TargetFiguresInput)
  city!: TargetFiguresInput;

  @Field(() => [CountyTargetFiguresInput], { description: 'Every county of the city exactly once; each count adds up to the city figure.' })
  counties!: CountyTargetFiguresInput[];
}

function validFigures(input: TargetFiguresInput, path: string): TargetFigures {
  for (const key of TARGET_COUNTS) {
    const value = input[key];
    if (!Number.isInteger(value) || value < 0 || value > 10_000_000)
      throw badUserInput(`${path}.${key}`, 'must be a whole number from 0 to 10,000,000');
  }
  const rate = input.registeredUnemploymentRate;
  if (!(rate > 0 && rate <= 100) || Math.abs(rate * 100 - Math.round(rate * 100)) > 1e-6) {
    throw badUserInput(`${path}.registeredUnemploymentRate`, 'must be a percentage above 0 and at most 100, with at most two decimals');
  }
  const { jobsCreated, netNewEmployment, reemployed, hardshipReemployed, ruralLaborExported } = input;
  return { jobsCreated, netNewEmployment, reemployed, hardshipReemployed, ruralLaborExported, registeredUnemploymentRate: rate };
}

export interface ValidTargetTable {
  year: number;
  city: TargetFigures;
  counties: (TargetFigures & { countyCode: string })[];
}

/** Every figure in range, every county once, and the county counts adding up to the city's. */
export function validateTargetTable(input: SetEmploymentTargetsInput): ValidTargetTable {
  if (!Number.isInteger(input.year) || input.year < 2003 || input.year > 2100) throw badUserInput('input.year', 'must be a year from 2003');
  const city = validFigures(input.city, 'input.city');
  const seen = new Set<string>();
  const counties = input.counties.map((county, i) => {
    const path = `input.counties.${i}`;
    cityCounty(`${path}.countyCode`, county.countyCode);
    if (seen.has(county.countyCode)) throw badUserInput(`${path}.countyCode`, `county ${county.countyCode} is listed twice`);
    seen.add(county.countyCode);
    return { countyCode: county.countyCode, ...validFigures(county, path) };
  });
  const missing = CITY_COUNTIES.filter((c) => !seen.has(c.code)).map((c) => c.code);
  if (missing.length) throw badUserInput('input.counties', `must list every county; missing ${missing.join(', ')}`);
  for (const key of TARGET_COUNTS) {
    const total = counties.reduce((sum, c) => sum + c[key], 0);
    if (total !== city[key]) throw badUserInput('input.counties', `the counties' ${key} add up to ${total}, the city's is ${city[key]}`);
  }
  return { year: input.year, city, counties };
}
