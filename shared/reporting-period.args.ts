import { ArgsType, Field, Int } from 'type-graphql';
import type { PeriodArgs } from './reporting-period';

/**
 * The period arguments of every department's area statistics: a month, as the contract
 * has always asked, or a quarter instead (the `month` figures then cover the quarter).
 * Checked by `reportingPeriod`, so the rules and their wording are the same everywhere.
 */
@ArgsType()
export class PeriodArguments implements PeriodArgs {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Month 1–12; give this or quarter.' })
  month?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Quarter 1–4 instead of a month: `month` figures cover the quarter, stocks are taken at its end.',
  })
  quarter?: number | null;
}
