import { Field, Int, ObjectType } from 'type-graphql';
import type { PlatformCounts } from './platform.loaders';
import { SIX_IN_PLACE_DEADLINE } from './readiness';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: "平台建设进度 — a county's platforms against the six-in-place deadline (2003-07-31), as of the business date." })
export class PlatformReadinessStats {
  @Access({ scopes: [] })
  @Field(() => Int, { description: '平台数 — street and community platforms recorded.' })
  platforms!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '按期六个到位' })
  readyOnTime!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '逾期到位 — all six in place now, not all by the deadline.' })
  readyLate!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '逾期未到位 — still incomplete after the deadline.' })
  overdue!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '推进中 — incomplete, deadline not yet passed.' })
  inProgress!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '未按期到位 — late platforms: readyLate + overdue.' })
  late!: number;
}

/** Derives the figures from the SQL counts (arithmetic on aggregates, not on rows). */
export function readinessStats(counts: PlatformCounts, today: string): PlatformReadinessStats {
  const incomplete = counts.platforms - counts.complete;
  const readyLate = counts.complete - counts.readyOnTime;
  const overdue = today > SIX_IN_PLACE_DEADLINE ? incomplete : 0;
  return {
    platforms: counts.platforms,
    readyOnTime: counts.readyOnTime,
    readyLate,
    overdue,
    inProgress: incomplete - overdue,
    late: readyLate + overdue,
  };
}
