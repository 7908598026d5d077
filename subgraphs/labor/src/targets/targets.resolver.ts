import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CITY_CODE } from '../../../../shared/areas';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { EmploymentTarget } from './employment-target.entity';
import { targetKey } from './targets.loaders';
import { SetEmploymentTargetsInput, validateTargetTable } from './targets.inputs';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => EmploymentTarget)
export class EmploymentTargetResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @Query(() => EmploymentTarget, {
    nullable: true,
    description: "目标责任 — the city's targets for the year (the county targets add up to them).",
  })
  cityTargets(@Arg('year', () => Int) year: number, @Ctx() { loaders }: LaborContext): Promise<EmploymentTarget | null> {
    return loaders.targetByAreaYear.load(targetKey(CITY_CODE, year));
  }

  @Access({ scopes: ['joint:write'] })
  @Mutation(() => EmploymentTarget, {
    description:
      "下达目标责任 — the joint office sets (or replaces) the year's whole target table: the city's figures and every county's share, whose counts must add up to the city's. Returns the city's row.",
  })
  setEmploymentTargets(
    @Arg('input', () => SetEmploymentTargetsInput) input: SetEmploymentTargetsInput,
    @Ctx() ctx: LaborContext,
  ): Promise<EmploymentTarget> {
    const table = validateTargetTable(input);
    return auditedWrite(
      ctx,
      { operation: 'setEmploymentTargets', entity: 'EmploymentTarget' },
      async (tx) => {
        await tx.delete(EmploymentTarget, { year: table.year });
        const rows = [
          { areaCode: CITY_CODE, year: table.year, ...table.city },
          ...table.counties.map(({ countyCode, ...figures }) => ({ areaCode: countyCode, year: table.year, ...figures })),
        ];
        await tx.insert(EmploymentTarget, rows);
        return tx.findOneByOrFail(EmploymentTarget, { areaCode: CITY_CODE, year: table.year });
      },
      (city) => [`${city.year}`],
    );
  }
}

@Resolver(() => County)
export class CountyTargetsResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => EmploymentTarget, {
    nullable: true,
    description: "目标责任 — the county's targets for the year (null until the joint office sets them).",
  })
  targets(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: LaborContext,
  ): Promise<EmploymentTarget | null> {
    return loaders.targetByAreaYear.load(targetKey(county.code, year));
  }
}
