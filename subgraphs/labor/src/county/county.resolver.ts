import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { LaborContext } from '../context';
import { County } from './county.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => County)
export class CountyResolver {
  @Access({ scopes: [] })
  @Query(() => [County], { description: 'All counties and districts of the city, by code.' })
  counties(@Ctx() { db }: LaborContext): Promise<County[]> {
    return db.getRepository(County).find({ order: { code: 'ASC' } });
  }

  @Access({ scopes: [] })
  @Query(() => County, { nullable: true })
  county(@Arg('code', () => ID) code: string, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(code);
  }
}
