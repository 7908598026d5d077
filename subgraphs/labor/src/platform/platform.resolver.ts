import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty, visibleOrNull } from '../../../../shared/auth/decorators';
import { intKey } from '../../../../shared/loaders';
import { connectionType, INT_KEYS, keysetPage, type Page } from '../../../../shared/pagination';
import { DateScalar } from '../../../../shared/scalars';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { CommunityPlatform } from './platform.entity';
import { PlatformLevel, ReadinessItem, ReadinessStatus } from './platform.enums';
import { PlatformReadinessStats, readinessStats } from './platform.stats';
import { isLate, READINESS_COLUMNS, readinessOf, SIX_IN_PLACE_DEADLINE } from './readiness';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: 'A page of platforms, by id.' })
export class CommunityPlatformConnection extends connectionType(CommunityPlatform, 'CommunityPlatform') {}

@Resolver(() => CommunityPlatform)
export class CommunityPlatformResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => CommunityPlatform, { nullable: true, description: '劳动保障工作平台' })
  async communityPlatform(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: LaborContext): Promise<CommunityPlatform | null> {
    const key = intKey(id);
    const platform = Number.isNaN(key) ? null : await loaders.platformById.load(key);
    return visibleOrNull(viewer, platform);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => CommunityPlatformConnection, { description: 'The platforms of a county, by id.' })
  async communityPlatforms(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<CommunityPlatform>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (p) => p.id,
      ({ after: afterKey, take }) =>
        db.getRepository(CommunityPlatform).find({ where: { countyCode, id: MoreThan(afterKey) }, order: { id: 'ASC' }, take }),
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => CommunityPlatformConnection, {
    description:
      '未按期六个到位 — platforms of a county without all six items in place by 2003-07-31 (completed late or still incomplete), by id; none before the deadline has passed.',
  })
  async lateCommunityPlatforms(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer, today }: LaborContext,
  ): Promise<Page<CommunityPlatform>> {
    assertCounty(viewer, countyCode);
    const notByDeadline = Object.values(READINESS_COLUMNS)
      .map((column) => `platform.${column} IS NULL OR platform.${column} > :deadline`)
      .join(' OR ');
    return keysetPage(
      { first, after },
      INT_KEYS,
      (p: CommunityPlatform) => p.id,
      async ({ after: afterKey, take }) =>
        today() <= SIX_IN_PLACE_DEADLINE
          ? []
          : db
              .getRepository(CommunityPlatform)
              .createQueryBuilder('platform')
              .where({ countyCode, id: MoreThan(afterKey) })
              .andWhere(`(${notByDeadline})`, { deadline: SIX_IN_PLACE_DEADLINE })
              .orderBy('platform.id', 'ASC')
              .take(take)
              .getMany(),
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => County)
  county(@Root() platform: CommunityPlatform, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(platform.countyCode);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => String, { name: 'community', nullable: true, description: '社区; null for a street platform.' })
  communityName(@Root() platform: CommunityPlatform): string | null {
    return platform.community === '' ? null : platform.community;
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => PlatformLevel)
  level(@Root() platform: CommunityPlatform): PlatformLevel {
    return platform.community === '' ? PlatformLevel.STREET : PlatformLevel.COMMUNITY;
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => ReadinessStatus, { description: 'Standing against the 2003-07-31 deadline as of the business date.' })
  readinessStatus(@Root() platform: CommunityPlatform, @Ctx() { today }: LaborContext): ReadinessStatus {
    return readinessOf(platform, today()).status;
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Boolean, {
    description: '未按期到位: not all six in place by 2003-07-31 (completed late or still incomplete after it).',
  })
  late(@Root() platform: CommunityPlatform, @Ctx() { today }: LaborContext): boolean {
    return isLate(readinessOf(platform, today()).status);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [ReadinessItem], { description: "Items not in place as of the business date, in the notice's order." })
  missingItems(@Root() platform: CommunityPlatform, @Ctx() { today }: LaborContext): ReadinessItem[] {
    return readinessOf(platform, today()).missing;
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => DateScalar, { nullable: true, description: '六个到位日期 — when the last of the six came into place.' })
  completedOn(@Root() platform: CommunityPlatform, @Ctx() { today }: LaborContext): string | null {
    return readinessOf(platform, today()).completedOn;
  }
}

@Resolver(() => County)
export class CountyPlatformReadinessResolver {
  @Access({ scopes: ['report:read', 'labor:read'] })
  @FieldResolver(() => PlatformReadinessStats, {
    nullable: true,
    description: "平台建设 — the county's platforms against the six-in-place deadline.",
  })
  async platformReadiness(@Root() county: County, @Ctx() { loaders, today }: LaborContext): Promise<PlatformReadinessStats> {
    const day = today();
    return readinessStats(await loaders.platformCountsByCounty.load({ countyCode: county.code, today: day }), day);
  }
}
