import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { CommerceContext } from '../context';
import { County } from '../enterprise/stubs';
import { reportPeriod } from './registration-stats.period';
import { RegistrationStats } from './registration-stats.types';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => County)
export class CountyRegistrationStatsResolver {
  @Access({ scopes: ['report:read', 'commerce:read'] })
  @FieldResolver(() => RegistrationStats, { nullable: true, description: '工商登记统计 — registrations, fee exemptions and private-economy employees for the monthly report (按月报送).' })
  registrationStats(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() { loaders }: CommerceContext,
  ): Promise<RegistrationStats> {
    return loaders.registrationStats(reportPeriod(year, month)).load(county.code);
  }
}
