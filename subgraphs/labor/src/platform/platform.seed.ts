import type { DataSource } from 'typeorm';
import { buildDemoWorld, type DemoWorld } from '../../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../../shared/seeding';
import { CommunityPlatform } from './platform.entity';
import type { ReadinessDates } from './readiness';

/** Two streets per county, each with two communities: six platforms. */
const UNITS: { street: string; community: string }[] = [
  { street: '城南街道', community: '' },
  { street: '城南街道', community: '新城社区' },
  { street: '城南街道', community: '东风社区' },
  { street: '城北街道', community: '' },
  { street: '城北街道', community: '淮海社区' },
  { street: '城北街道', community: '人民路社区' },
];

const onTime = (day: string): ReadinessDates => ({
  organizationOn: day,
  staffOn: day,
  fundingOn: day,
  premisesOn: day,
  rulesOn: day,
  operationsOn: day,
});

/** Most platforms made the deadline; the rest show each kind of lateness, varying by county. */
function readinessFor(slot: number): ReadinessDates {
  switch (slot % 6) {
    case 3:
      return { ...onTime('2003-06-20'), operationsOn: '2003-08-05' }; // completed late
    case 4:
      return { ...onTime('2003-07-10'), fundingOn: null }; // funding still missing
    case 5:
      return { ...onTime('2003-06-01'), staffOn: null, premisesOn: null, rulesOn: null, operationsOn: null };
    default:
      return onTime(`2003-07-${String(10 + slot * 7).padStart(2, '0')}`);
  }
}

export function seedPlatformDemo(db: DataSource, world: DemoWorld = buildDemoWorld()): Promise<boolean> {
  return seedIfEmpty(db, CommunityPlatform, async (tx) => {
    const rows = world.counties.flatMap((county, c) =>
      // Counties with more late platforms further down the list (c shifts the slots).
      UNITS.map((unit, u) => ({ ...unit, countyCode: county.code, ...readinessFor(u < 6 - Math.min(3, c % 4) ? u % 3 : u) })),
    );
    await insertChunked(tx, CommunityPlatform, rows);
  });
}
