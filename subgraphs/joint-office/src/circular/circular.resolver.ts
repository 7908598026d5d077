import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import { badUserInput } from '../../../../shared/errors';
import type { OfficeContext } from '../context';
import { validateReportMonth } from '../period';
import { CircularRecord } from './circular.entity';
import { toCircular } from './circular.map';
import { Circular } from './circular.types';
import { readMonth, storeCircular } from './publish';

const READERS = ['report:read', 'labor:read'];

@Resolver(() => Circular)
export class CircularResolver {
  @Access({ scopes: ['joint:write'] })
  @Mutation(() => Circular, {
    description:
      "发布通报 — freeze the month as a circular: every area's figures read through the gateway now, the counties behind schedule, the open findings and the late duties. Publishing a month again issues the next version; earlier ones stay readable. Refused with SNAPSHOT_INCOMPLETE when a department cannot be read in full.",
  })
  async publishCircular(
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: OfficeContext,
  ): Promise<Circular> {
    const today = ctx.today();
    validateReportMonth(year, month, today);
    const reading = await readMonth(ctx.loaders.gateway, year, month);
    const record = await auditedWrite(
      ctx,
      { operation: 'publishCircular', entity: 'Circular' },
      (tx) => storeCircular(tx, reading, { year, month, today, publishedBy: ctx.viewer.sub }),
      (r) => [r.id],
    );
    return toCircular(record);
  }

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
