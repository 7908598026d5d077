import { type DataSource, EntityManager } from 'typeorm';
import { addYears } from '../../../../shared/calendar';
import { rowLock } from '../../../../shared/records';
import type { JobOptions, SubgraphJob } from '../../../../shared/jobs';
import { HouseholdMember } from '../household/household-member.entity';
import { RETIREMENT_AGE, WORKING_AGE_FROM } from './hardship';
import { HardshipRefresh } from './hardship-refresh.entity';
import { refreshHousehold } from './household';
import { Person } from './person.entity';
import { Gender } from './person.enums';

/** The ages at which someone enters or leaves working age, by gender (null: either). */
const BOUNDARIES: { age: number; gender: Gender | null }[] = [
  { age: WORKING_AGE_FROM, gender: null },
  { age: RETIREMENT_AGE[Gender.FEMALE], gender: Gender.FEMALE },
  { age: RETIREMENT_AGE[Gender.MALE], gender: Gender.MALE },
];

/**
 * The households with a registered or roster member who reaches 16, or retires (50 for
 * women, 60 for men), on a day in (from, to]: birth dates in (from − age, to − age], one
 * range per boundary (ageOn agrees with addYears, a 29 February included, and the ranges
 * of consecutive runs meet, so nobody falls between two). In household id order.
 */
export async function agedHouseholds(tx: EntityManager, from: string, to: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const { age, gender } of BOUNDARIES) {
    const range = { after: addYears(from, -age), upTo: addYears(to, -age), gender };
    const genderSql = gender ? ' AND m.gender = :gender' : '';
    for (const entity of [Person, HouseholdMember]) {
      const rows = await tx
        .createQueryBuilder(entity, 'm')
        .select('DISTINCT m.householdId', 'householdId')
        .where(`m.birthDate > :after AND m.birthDate <= :upTo AND m.householdId IS NOT NULL${genderSql}`, range)
        .getRawMany<{ householdId: string }>();
      for (const row of rows) ids.add(row.householdId);
    }
  }
  return [...ids].sort();
}

/** The earliest date any stored flag was judged on: the first registration or roster confirmation. */
async function earliestJudged(tx: EntityManager): Promise<string | null> {
  // Read as entities (not a raw MIN), so a DATE comes back as 'YYYY-MM-DD' on both drivers; run once.
  const [person] = await tx.find(Person, { select: { id: true, registeredOn: true }, order: { registeredOn: 'ASC' }, take: 1 });
  const [member] = await tx.find(HouseholdMember, {
    select: { id: true, situationConfirmedOn: true },
    order: { situationConfirmedOn: 'ASC' },
    take: 1,
  });
  const dates = [person?.registeredOn, member?.situationConfirmedOn].filter((on): on is string => on !== undefined);
  return dates.length ? dates.sort()[0] : null;
}

export interface AgeingRefresh {
  /** The days covered: (from, to]; null `from` when there was nothing to cover. */
  from: string | null;
  to: string;
  /** Households whose flags were recomputed. */
  households: number;
}

/**
 * Brings the stored household flags (zero-employment, double unemployed, double laid-off)
 * forward to `to`, the business date: every household with a member who entered or left
 * working age since the last run is recomputed as of `to`, in one transaction holding the
 * state row, so two overlapping runs wait for each other and the second finds nothing
 * left. The first run covers everything since the earliest registration. Idempotent: a
 * run up to a date already covered does nothing.
 */
export async function refreshAgedHouseholds(db: DataSource | EntityManager, to: string): Promise<AgeingRefresh> {
  const manager = db instanceof EntityManager ? db : db.manager;
  return manager.transaction(async (tx) => {
    let state = await tx.findOne(HardshipRefresh, { where: { id: 1 }, ...rowLock(tx) });
    if (!state) {
      // Only a database built without the migration's row (the row makes the lock possible).
      await tx.insert(HardshipRefresh, { id: 1, refreshedOn: null });
      state = await tx.findOneOrFail(HardshipRefresh, { where: { id: 1 }, ...rowLock(tx) });
    }
    const from = state.refreshedOn ?? (await earliestJudged(tx));
    if (from === null || from >= to) {
      if (from === null) await tx.update(HardshipRefresh, { id: 1 }, { refreshedOn: to });
      return { from, to, households: 0 };
    }
    const households = await agedHouseholds(tx, from, to);
    for (const householdId of households) await refreshHousehold(tx, householdId, to);
    await tx.update(HardshipRefresh, { id: 1 }, { refreshedOn: to });
    return { from, to, households: households.length };
  });
}

/** The ageing refresh as a labor job: up to the business date, logged when it recomputed anything. */
export function hardshipAgeingJob({ db, logger, today }: JobOptions): SubgraphJob {
  return {
    name: 'hardship-ageing',
    async run() {
      const outcome = await refreshAgedHouseholds(db, today());
      if (outcome.households > 0) logger.info(outcome, 'hardship flags refreshed for households whose members aged');
    },
  };
}
