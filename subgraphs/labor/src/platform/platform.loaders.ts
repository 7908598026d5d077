import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { countiesOf } from '../../../../shared/areas';
import { rowLoader } from '../../../../shared/loaders';
import { CommunityPlatform } from './platform.entity';
import { READINESS_COLUMNS, SIX_IN_PLACE_DEADLINE } from './readiness';

export interface PlatformCounts {
  platforms: number;
  /** All six in place by min(deadline, today). */
  readyOnTime: number;
  /** All six in place by today. */
  complete: number;
}

/** SQL true when every item's date is on or before `:param` (a NULL date never is). */
function allInPlaceBy(alias: string, param: string): string {
  return Object.values(READINESS_COLUMNS)
    .map((column) => `${alias}.${column} <= :${param}`)
    .join(' AND ');
}

/** Per county, in one GROUP BY for all counties of a request. */
async function countsByCounty(db: DataSource, codes: readonly string[], today: string): Promise<Map<string, PlatformCounts>> {
  const cutoff = today < SIX_IN_PLACE_DEADLINE ? today : SIX_IN_PLACE_DEADLINE;
  const rows = await db
    .createQueryBuilder(CommunityPlatform, 'platform')
    .select('platform.countyCode', 'countyCode')
    .addSelect('COUNT(*)', 'platforms')
    .addSelect(`SUM(CASE WHEN ${allInPlaceBy('platform', 'cutoff')} THEN 1 ELSE 0 END)`, 'readyOnTime')
    .addSelect(`SUM(CASE WHEN ${allInPlaceBy('platform', 'today')} THEN 1 ELSE 0 END)`, 'complete')
    .where({ countyCode: In([...codes]) })
    .groupBy('platform.countyCode')
    .setParameters({ cutoff, today })
    .getRawMany<{ countyCode: string; platforms: unknown; readyOnTime: unknown; complete: unknown }>();
  return new Map(
    rows.map((r) => [
      r.countyCode,
      { platforms: Number(r.platforms), readyOnTime: Number(r.readyOnTime ?? 0), complete: Number(r.complete ?? 0) },
    ]),
  );
}

export function createPlatformLoaders(db: DataSource) {
  return {
    platformById: rowLoader(
      (ids: readonly number[]) => db.getRepository(CommunityPlatform).findBy({ id: In([...ids]) }),
      (p) => p.id,
    ),
    /** Keyed by county and business date (one date, hence one statement, per request). */
    platformCountsByCounty: new DataLoader<{ countyCode: string; today: string }, PlatformCounts, string>(
      async (keys) => {
        const byDay = new Map<string, Map<string, PlatformCounts>>();
        for (const today of new Set(keys.map((k) => k.today))) {
          byDay.set(
            today,
            await countsByCounty(
              db,
              keys.filter((k) => k.today === today).flatMap((k) => countiesOf(k.countyCode)),
              today,
            ),
          );
        }
        // The city (320800) counts its counties' platforms.
        return keys.map((k) =>
          countiesOf(k.countyCode)
            .map((code) => byDay.get(k.today)?.get(code) ?? { platforms: 0, readyOnTime: 0, complete: 0 })
            .reduce((a, b) => ({
              platforms: a.platforms + b.platforms,
              readyOnTime: a.readyOnTime + b.readyOnTime,
              complete: a.complete + b.complete,
            })),
        );
      },
      { cacheKeyFn: (k) => `${k.countyCode}@${k.today}` },
    ),
  };
}
