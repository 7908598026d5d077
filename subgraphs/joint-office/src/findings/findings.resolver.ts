import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { IsNull, type FindOptionsWhere, In, LessThan } from 'typeorm';
import { Access } from '../../../../shared/auth/access';
import { decodeIntCursor, pageSize, type Page, toPage } from '../../../../shared/pagination';
import type { OfficeContext } from '../context';
import { CheckRunRecord, FindingRecord } from './finding.entity';
import { ConsistencyCheckRun, type ConsistencyFinding, ConsistencyFindingConnection } from './finding.types';

export function toFinding(f: FindingRecord): ConsistencyFinding {
  return {
    id: String(f.id),
    rule: f.rule,
    summary: f.summary,
    countyCode: f.countyCode,
    detectedAt: f.detectedAt,
    resolvedAt: f.resolvedAt,
    records: f.records,
  };
}

@Resolver()
export class FindingsResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @Query(() => ConsistencyCheckRun, {
    nullable: true,
    description: 'The latest run of the checks, on demand or scheduled (null before the first).',
  })
  lastConsistencyCheckRun(@Ctx() ctx: OfficeContext): Promise<CheckRunRecord | null> {
    return ctx.db.getRepository(CheckRunRecord).findOne({ where: {}, order: { id: 'DESC' } });
  }

  @Access({ scopes: ['report:read', 'labor:read'], county: true })
  @Query(() => ConsistencyFindingConnection, {
    description:
      "督查发现 — the findings, newest first (open ones only unless `includeResolved`); a county-limited token gets its county's and the city's.",
  })
  async consistencyFindings(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('includeResolved', () => Boolean, { defaultValue: false }) includeResolved: boolean,
    @Ctx() ctx: OfficeContext,
  ): Promise<Page<ConsistencyFinding>> {
    const size = pageSize(first);
    // A nullable argument the client leaves out arrives as undefined.
    const before = after ? decodeIntCursor(after) : null;
    const base: FindOptionsWhere<FindingRecord> = {
      ...(includeResolved ? {} : { resolvedAt: IsNull() }),
      ...(before === null ? {} : { id: LessThan(before) }),
    };
    const county = ctx.viewer.county;
    const where =
      county === null
        ? base
        : [
            { ...base, countyCode: In([county]) },
            { ...base, countyCode: IsNull() },
          ];
    const rows = await ctx.db.getRepository(FindingRecord).find({ where, order: { id: 'DESC' }, take: size + 1 });
    return toPage(rows.map(toFinding), size, (f) => Number(f.id));
  }
}
