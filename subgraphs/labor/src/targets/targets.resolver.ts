import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CITY_CODE } from '../../../../shared/areas';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { EmploymentTarget } from './employment-target.entity';
import { targetKey } from './targets.loaders';
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
