import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { laborForceKey } from './labor-force.loaders';

@Resolver(() => County)
export class CountyLaborForceResolver {
  @Access({ scopes: [] })
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "城镇劳动力 — the urban labour force of the year as the joint office set it, the base of that year's registered unemployment rate (the city: the sum of its counties, null unless every county has one); null when the year has none.",
  })
  urbanLaborForce(@Root() county: County, @Arg('year', () => Int) year: number, @Ctx() { loaders }: LaborContext): Promise<number | null> {
    return loaders.urbanLaborForceByAreaYear.load(laborForceKey(county.code, year));
  }
}
