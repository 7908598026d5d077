import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertCounty } from '../../../../shared/auth/decorators';
import { INT_KEYS, keysetPage, type Page, STRING_KEYS } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { fortyFiftyCondition } from './hardship';
import { Household, HouseholdConnection } from './household.types';
import { PersonConnection } from './person.connection';
import { Person } from './person.entity';
import { EmploymentStatus, HardshipFlag } from './person.enums';
import { Access } from '../../../../shared/auth/access';

/** Each flag as a condition on `p`: 4050 by age on the business date, the others as stored. */
const FLAG_CONDITION: Record<HardshipFlag, (today: string) => { sql: string; params: Record<string, string | boolean> }> = {
  [HardshipFlag.FORTY_FIFTY]: (today) => fortyFiftyCondition('p', today),
  [HardshipFlag.DOUBLE_LAID_OFF]: () => ({ sql: 'p.doubleLaidOff = :yes', params: { yes: true } }),
  [HardshipFlag.DOUBLE_UNEMPLOYED]: () => ({ sql: 'p.doubleUnemployed = :yes', params: { yes: true } }),
  [HardshipFlag.ZERO_EMPLOYMENT_HOUSEHOLD]: () => ({ sql: 'p.zeroEmploymentHousehold = :yes', params: { yes: true } }),
};

/** The registry of hardship persons and zero-employment households (统一台帐), per county. */
@Resolver()
export class HardshipRegistryResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => PersonConnection, {
    description:
      '就业困难人员台帐 — persons of a county with a hardship flag (any, or the one given), optionally only those of an employment status; by id.',
  })
  async hardshipPersons(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('flag', () => HardshipFlag, { nullable: true }) flag: HardshipFlag | null,
    @Arg('employmentStatus', () => EmploymentStatus, { nullable: true }) employmentStatus: EmploymentStatus | null,
    @Ctx() { db, viewer, today }: LaborContext,
  ): Promise<Page<Person>> {
    assertCounty(viewer, countyCode);
    const flags = (flag ? [FLAG_CONDITION[flag]] : Object.values(FLAG_CONDITION)).map((condition) => condition(today()));
    return keysetPage(
      { first, after },
      INT_KEYS,
      (p) => p.id,
      ({ after: afterId, take }) => {
        const query = db
          .getRepository(Person)
          .createQueryBuilder('p')
          .where('p.countyCode = :countyCode AND p.id > :afterId', { countyCode, afterId })
          .andWhere(
            `(${flags.map((f) => f.sql).join(' OR ')})`,
            Object.assign({}, ...flags.map((f) => f.params)) as Record<string, unknown>,
          );
        if (employmentStatus) query.andWhere('p.employmentStatus = :employmentStatus', { employmentStatus });
        return query.orderBy('p.id', 'ASC').take(take).getMany();
      },
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => HouseholdConnection, {
    description:
      '零就业家庭台帐 — households of a county with working-age members in the labour force, registered or on the roster, none of them employed (goal: at least one employed per family); by household id.',
  })
  async zeroEmploymentHouseholds(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<Household>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      STRING_KEYS,
      (h) => h.id,
      async ({ after: afterId, take }) => {
        const rows = await db
          .getRepository(Person)
          .createQueryBuilder('p')
          .select('p.householdId', 'id')
          .distinct(true)
          .where('p.countyCode = :countyCode AND p.zeroEmploymentHousehold = :yes AND p.householdId > :afterId', {
            countyCode,
            yes: true,
            afterId,
          })
          .orderBy('p.householdId', 'ASC')
          .limit(take)
          .getRawMany<{ id: string }>();
        return rows.map(({ id }) => ({ id, countyCode }));
      },
    );
  }
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Access({ scopes: [] })
  @FieldResolver(() => County)
  county(@Root() household: Household, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(household.countyCode);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [Person], { description: 'Registered members, by id.' })
  members(@Root() household: Household, @Ctx() { loaders }: LaborContext): Promise<Person[]> {
    return loaders.householdMembers.load(household.id);
  }
}

@Resolver(() => Person)
export class PersonHouseholdResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Household, { nullable: true, description: 'The household (户) this person is registered in.' })
  household(@Root() person: Person): Household | null {
    return person.householdId ? { id: person.householdId, countyCode: person.countyCode } : null;
  }
}
