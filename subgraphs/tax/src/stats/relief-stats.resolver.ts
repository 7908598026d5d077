import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { reportingPeriod, seriesDescription, yearSeries } from '../../../../shared/reporting-period';
import { PeriodArguments } from '../../../../shared/reporting-period.args';
import { isCityCounty } from '../../../../shared/areas';
import { badUserInput } from '../../../../shared/errors';
import { toFen } from '../../../../shared/money';
import { DateScalar } from '../../../../shared/scalars';
import type { TaxContext } from '../context';
import { County } from '../references/county.reference';
import { TaxRelief } from '../relief/tax-relief.entity';
import type { TaxType } from '../relief/relief.enums';
import { TaxOffice } from '../taxpayer/taxpayer.enums';
import { CollectionQuotaOffset, TaxReliefStats } from './relief-stats.types';
import { effectiveRelief, joinRevocation } from './relief-effective.sql';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => County)
export class CountyReliefStatsResolver {
  @Access({ scopes: ['report:read', 'tax:read'] })
  @FieldResolver(() => TaxReliefStats, {
    nullable: true,
    description:
      '减免税月报 — persons, enterprises and amounts relieved in the month (or quarter) and the year to date, by grant date (tax).',
  })
  taxReliefStats(@Root() county: County, @Args() args: PeriodArguments, @Ctx() { loaders, today }: TaxContext): Promise<TaxReliefStats> {
    return loaders.reliefStats.load({ code: county.code, period: reportingPeriod(args, today()) });
  }

  @Access({ scopes: ['report:read', 'tax:read'] })
  @FieldResolver(() => [TaxReliefStats], {
    nullable: true,
    description: seriesDescription('taxReliefStats'),
  })
  taxReliefSeries(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders, today }: TaxContext,
  ): Promise<TaxReliefStats[]> {
    return Promise.all(yearSeries(year, today()).map((period) => loaders.reliefStats.load({ code: county.code, period })));
  }
}

interface OffsetRow {
  taxType: TaxType;
  reliefs: unknown;
  amount: unknown;
}

@Resolver()
export class CollectionQuotaOffsetResolver {
  @Access({ scopes: ['report:read', 'tax:read'] })
  @Query(() => CollectionQuotaOffset, {
    description:
      '抵减收缴任务 — relief an office (国税/地税) granted in a county from `from` to `to` (by grant date), which may offset its collection quota.',
  })
  async taxCollectionQuotaOffset(
    @Arg('office', () => TaxOffice) office: TaxOffice,
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { db }: TaxContext,
  ): Promise<CollectionQuotaOffset> {
    if (!isCityCounty(countyCode)) throw badUserInput('countyCode', `${countyCode} is not a county of Huai'an (GB/T 2260)`);
    if (from > to) throw badUserInput('to', 'must not be before from');
    // Relief a revocation cut short offsets the quota only for the days before it.
    const effective = effectiveRelief(db, 'r', ':to');
    const rows = await joinRevocation(db.getRepository(TaxRelief).createQueryBuilder('r'), 'r')
      .select('r.taxType', 'taxType')
      .addSelect(`COUNT(CASE WHEN ${effective.counts} THEN 1 END)`, 'reliefs')
      .addSelect(`SUM(${effective.amount})`, 'amount')
      .where('r.office = :office AND r.countyCode = :countyCode', { office, countyCode })
      .andWhere('r.grantedOn >= :from AND r.grantedOn <= :to', { from, to })
      .groupBy('r.taxType')
      .orderBy('r.taxType')
      .getRawMany<OffsetRow>();
    const byTaxType = rows.map((r) => ({ taxType: r.taxType, reliefs: Number(r.reliefs), amount: toFen(r.amount) }));
    return {
      office,
      countyCode,
      from,
      to,
      // At most five rows, one per tax type: the totals of SQL's groups.
      reliefs: byTaxType.reduce((sum, t) => sum + t.reliefs, 0),
      amount: byTaxType.reduce((sum, t) => sum + t.amount, 0n),
      byTaxType,
    };
  }
}
