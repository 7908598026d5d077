import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { FindOptionsWhere } from 'typeorm';
import { Access } from '../../../../shared/auth/access';
import { badUserInput } from '../../../../shared/errors';
import type { OfficeContext } from '../context';
import { DutyRecord } from './duty.entity';
import { dutyState, type PlatformsByCounty, readPlatforms, toDuty } from './duty-state';
import { Duty, DutyState } from './duty.types';

const DEPARTMENTS = ['labor', 'finance', 'tax', 'commerce'];

/** Labor's platform counts, or null when labor cannot be read (those duties then have no state). */
async function platformsOrNull(ctx: OfficeContext): Promise<PlatformsByCounty | null> {
  try {
    return await readPlatforms(ctx.loaders.gateway);
  } catch (error) {
    ctx.log.warn({ err: error }, 'platform readiness could not be read from labor');
    return null;
  }
}

@Resolver(() => Duty)
export class DutiesResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @Query(() => [Duty], {
    description:
      "责任分工 — the notice's dated duties, by department and county (city departments first), with their state at the business date; `lateOnly` for those past their deadline and not done.",
  })
  async duties(
    @Arg('department', () => String, { nullable: true }) department: string | null,
    @Arg('countyCode', () => ID, { nullable: true }) countyCode: string | null,
    @Arg('lateOnly', () => Boolean, { defaultValue: false }) lateOnly: boolean,
    @Ctx() ctx: OfficeContext,
  ): Promise<Duty[]> {
    // Nullable arguments the client leaves out arrive as undefined.
    if (department && !DEPARTMENTS.includes(department)) throw badUserInput('department', `must be one of ${DEPARTMENTS.join(', ')}`);
    const where: FindOptionsWhere<DutyRecord> = { ...(department ? { department } : {}), ...(countyCode ? { countyCode } : {}) };
    const rows = await ctx.db.getRepository(DutyRecord).find({ where, order: { department: 'ASC', countyCode: 'ASC', id: 'ASC' } });
    const platforms = rows.some((r) => r.trackedBy) ? await platformsOrNull(ctx) : null;
    const today = ctx.today();
    const duties = rows.map((r) => toDuty(r, dutyState(r, today, platforms)));
    return lateOnly ? duties.filter((d) => d.state === DutyState.LATE) : duties;
  }
}
