import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { CITY_COUNTIES } from '../../../../shared/areas';
import { Access } from '../../../../shared/auth/access';
import { reportingPeriod } from '../../../../shared/reporting-period';
import { PeriodArguments } from '../../../../shared/reporting-period.args';
import type { LaborContext } from '../context';
import { targetKey } from '../targets/targets.loaders';
import { laborForceKey } from '../labor-force/labor-force.loaders';
import { CountyRank, rankCounties, RankingIndicator } from './ranking';

@Resolver()
export class CountyRankingResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @Query(() => [CountyRank], {
    description:
      '排名 — the eight counties ranked on one indicator, year to date at the end of the month (or quarter), with the gap to the pro-rated schedule; best first.',
  })
  async countyRanking(
    @Arg('indicator', () => RankingIndicator) indicator: RankingIndicator,
    @Args() args: PeriodArguments,
    @Ctx() { loaders, today }: LaborContext,
  ): Promise<CountyRank[]> {
    const period = reportingPeriod(args, today());
    // The same loaders as County.employmentProgress: one statement each for all counties.
    const standings = await Promise.all(
      CITY_COUNTIES.map(async ({ code }) => {
        const key = { code, period };
        const [county, figures, unemployed, targets, laborForce] = await Promise.all([
          loaders.countyByCode.load(code),
          loaders.recordFiguresByAreaPeriod.load(key),
          loaders.unemployedByAreaPeriod.load(key),
          loaders.targetByAreaYear.load(targetKey(code, period.year)),
          loaders.urbanLaborForceByAreaYear.load(laborForceKey(code, period.year)),
        ]);
        if (!county) throw new Error(`county ${code} is missing from labor's county table`);
        return { county, figures, unemployed, laborForce, targets };
      }),
    );
    return rankCounties(indicator, period.month, standings);
  }
}
