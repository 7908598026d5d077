import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { targetKey } from '../targets/targets.loaders';
import { periodKey, periodOf } from './period';
import { CertificateStats, EmploymentProgress } from './progress.types';
import { behindSchedule, expectedToDate, ratePercent } from './schedule';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => County)
export class CountyProgressResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => EmploymentProgress, { nullable: true, description: '按月进度 — progress in the month and year to date, counted from the employment records, against the pro-rated targets.' })
  async employmentProgress(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() { loaders }: LaborContext,
  ): Promise<EmploymentProgress> {
    const period = periodOf(year, month);
    const key = periodKey(county.code, period);
    const [figures, unemployed, targets] = await Promise.all([
      loaders.recordFiguresByCountyPeriod.load(key),
      loaders.unemployedByCountyPeriod.load(key),
      loaders.targetByAreaYear.load(targetKey(county.code, year)),
    ]);
    const rate = ratePercent(unemployed, county.urbanLaborForce);
    const expected = targets ? expectedToDate(targets, month) : null;
    return {
      ...figures,
      registeredUnemployed: unemployed,
      registeredUnemploymentRate: rate,
      expectedYearToDate: expected,
      behindSchedule: targets && expected ? behindSchedule(figures.yearToDate, expected, rate, targets.registeredUnemploymentRate) : [],
    };
  }

  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => CertificateStats, { nullable: true, description: '再就业优惠证 issued by the county bureau in the month and year to date, and valid.' })
  certificateStats(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() { loaders }: LaborContext,
  ): Promise<CertificateStats> {
    return loaders.certificateStatsByCountyPeriod.load(periodKey(county.code, periodOf(year, month)));
  }
}
