import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { reportingPeriod, seriesDescription, yearSeries } from '../../../../shared/reporting-period';
import { PeriodArguments } from '../../../../shared/reporting-period.args';
import type { CommerceContext } from '../context';
import { County } from '../references/county.reference';
import { RegistrationStats } from './registration-stats.types';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => County)
export class CountyRegistrationStatsResolver {
  @Access({ scopes: ['report:read', 'commerce:read'] })
  @FieldResolver(() => RegistrationStats, {
    nullable: true,
    description: '工商登记统计 — registrations, fee exemptions and private-economy employees for the monthly report (按月报送).',
  })
  registrationStats(
    @Root() county: County,
    @Args() args: PeriodArguments,
    @Ctx() { loaders, today }: CommerceContext,
  ): Promise<RegistrationStats> {
    return loaders.registrationStats.load({ code: county.code, period: reportingPeriod(args, today()) });
  }

  @Access({ scopes: ['report:read', 'commerce:read'] })
  @FieldResolver(() => [RegistrationStats], {
    nullable: true,
    description: seriesDescription('registrationStats'),
  })
  registrationSeries(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders, today }: CommerceContext,
  ): Promise<RegistrationStats[]> {
    return Promise.all(yearSeries(year, today()).map((period) => loaders.registrationStats.load({ code: county.code, period })));
  }
}
