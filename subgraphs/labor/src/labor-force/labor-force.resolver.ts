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
      "城镇劳动力 — the urban labour force of the year (default: the business date's year) as the joint office set it, the base of that year's registered unemployment rate (the city: the sum of its counties, null unless every county has one); null when the year has none.",
  })
  urbanLaborForce(
    @Root() county: County,
    // Optional: clients that asked for the field before it took a year keep working.
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders, today }: LaborContext,
  ): Promise<number | null> {
    return loaders.urbanLaborForceByAreaYear.load(laborForceKey(county.code, year ?? Number(today().slice(0, 4))));
  }
}
