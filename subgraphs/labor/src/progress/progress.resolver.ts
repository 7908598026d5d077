import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PeriodArguments } from '../../../../shared/reporting-period.args';
import { type ReportingPeriod, reportingPeriod, seriesDescription, yearSeries } from '../../../../shared/reporting-period';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { targetKey } from '../targets/targets.loaders';
import { CertificateStats, EmploymentProgress } from './progress.types';
import { behindSchedule, expectedToDate, ratePercent } from './schedule';
import { Access } from '../../../../shared/auth/access';

/** A county's (or the city's) progress in one period: the figures, the rate and the pro-rated targets. */
async function progressIn(county: County, period: ReportingPeriod, loaders: LaborContext['loaders']): Promise<EmploymentProgress> {
  const key = { code: county.code, period };
  const [figures, unemployed, targets] = await Promise.all([
    loaders.recordFiguresByAreaPeriod.load(key),
    loaders.unemployedByAreaPeriod.load(key),
    loaders.targetByAreaYear.load(targetKey(county.code, period.year)),
  ]);
  const rate = ratePercent(unemployed, county.urbanLaborForce);
  // Pro-rated to the period's last month: a quarter is on schedule at its end.
  const expected = targets ? expectedToDate(targets, period.month) : null;
  return {
    ...figures,
    areaPeriod: key,
    registeredUnemployed: unemployed,
    registeredUnemploymentRate: rate,
    expectedYearToDate: expected,
    behindSchedule: targets && expected ? behindSchedule(figures.yearToDate, expected, rate, targets.registeredUnemploymentRate) : [],
  };
}

@Resolver(() => County)
export class CountyProgressResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => EmploymentProgress, {
    nullable: true,
    description:
      '按月进度 — progress in the month (or quarter) and year to date, counted from the employment records, against the pro-rated targets.',
  })
  employmentProgress(
    @Root() county: County,
    @Args() args: PeriodArguments,
    @Ctx() { loaders, today }: LaborContext,
  ): Promise<EmploymentProgress> {
    return progressIn(county, reportingPeriod(args, today()), loaders);
  }

  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => [EmploymentProgress], {
    nullable: true,
    description: seriesDescription('employmentProgress'),
  })
  employmentSeries(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders, today }: LaborContext,
  ): Promise<EmploymentProgress[]> {
    return Promise.all(yearSeries(year, today()).map((period) => progressIn(county, period, loaders)));
  }

  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => CertificateStats, {
    nullable: true,
    description: '再就业优惠证 issued by the county bureau in the month (or quarter) and year to date, and valid at its end.',
  })
  certificateStats(
    @Root() county: County,
    @Args() args: PeriodArguments,
    @Ctx() { loaders, today }: LaborContext,
  ): Promise<CertificateStats> {
    return loaders.certificateStatsByAreaPeriod.load({ code: county.code, period: reportingPeriod(args, today()) });
  }

  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => [CertificateStats], {
    nullable: true,
    description: seriesDescription('certificateStats'),
  })
  certificateSeries(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders, today }: LaborContext,
  ): Promise<CertificateStats[]> {
    return Promise.all(yearSeries(year, today()).map((period) => loaders.certificateStatsByAreaPeriod.load({ code: county.code, period })));
  }
}

/** Figures of EmploymentProgress counted only when a client asks for them (a statement each). */
@Resolver(() => EmploymentProgress)
export class EmploymentProgressResolver {
  @Access({ scopes: [] })
  @FieldResolver(() => Int, {
    description:
      "社区服务和灵活就业人数 — labor's share of the employment statistics at the end of the month: persons in a public-welfare post, flexible work or unregistered self-employment and in no enterprise hire or registered business (统计局 counts unit employment, commerce's privateEconomyEmployees the individual and private businesses, their owners included), each once.",
  })
  communityAndFlexibleEmployed(@Root() progress: EmploymentProgress, @Ctx() { loaders }: LaborContext): Promise<number> {
    return loaders.flexibleByAreaPeriod.load(progress.areaPeriod);
  }
}
