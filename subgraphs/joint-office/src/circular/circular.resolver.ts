import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { badUserInput } from '../../../../shared/errors';
import type { OfficeContext } from '../context';
import { CircularRecord } from './circular.entity';
import { toCircular } from './circular.map';
import { Circular } from './circular.types';

const READERS = ['report:read', 'labor:read'];

@Resolver(() => Circular)
export class CircularResolver {
  @Access({ scopes: READERS })
  @Query(() => Circular, {
    nullable: true,
    description: '通报 by id: as published, whatever the departments have corrected since, and whether or not they are up.',
  })
  async circular(@Arg('id', () => ID) id: string, @Ctx() ctx: OfficeContext): Promise<Circular | null> {
    const key = Number(id);
    if (!Number.isSafeInteger(key) || key < 1) throw badUserInput('id', 'is not a circular id');
    const record = await ctx.db.getRepository(CircularRecord).findOneBy({ id: key });
    return record ? toCircular(record) : null;
  }

  @Access({ scopes: READERS })
  @Query(() => [Circular], { description: "Every version of a month's circular, the first first." })
  async circulars(
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: OfficeContext,
  ): Promise<Circular[]> {
    const records = await ctx.db.getRepository(CircularRecord).find({ where: { year, month }, order: { version: 'ASC' } });
    return records.map(toCircular);
  }
}
