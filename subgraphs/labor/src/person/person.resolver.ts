import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty, visibleOrNull } from '../../../../shared/auth/decorators';
import { maskIdNumber } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import { INT_KEYS, keysetPage, type Page } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { Hardship } from './hardship';
import { hardshipOn } from './household';
import { PersonConnection } from './person.connection';
import { Person } from './person.entity';
import { Access, seesInFull } from '../../../../shared/auth/access';

@Resolver(() => Person)
export class PersonResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => Person, { nullable: true })
  async person(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: LaborContext): Promise<Person | null> {
    const key = intKey(id);
    const person = Number.isNaN(key) ? null : await loaders.personById.load(key);
    return visibleOrNull(viewer, person);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => PersonConnection, { description: 'Registered persons of a county, in registration order (by id).' })
  async persons(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<Person>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (p) => p.id,
      ({ after: afterKey, take }) =>
        db.getRepository(Person).find({
          where: { countyCode, id: MoreThan(afterKey) },
          order: { id: 'ASC' },
          take,
        }),
    );
  }

  @Access({ scopes: ['labor:read'], county: true, personal: 'masked' })
  @FieldResolver(() => String, {
    nullable: true,
    description: '公民身份号码 (GB 11643-1999). In full only with `pii:read` (and then audited); otherwise masked as 320803********7408.',
  })
  idNumber(@Root() person: Person, @Ctx() { viewer }: LaborContext): string {
    return seesInFull(viewer) ? person.idNumber : maskIdNumber(person.idNumber);
  }

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @FieldResolver(() => Int, {
    nullable: true,
    description: '出生年份 — what the registry shows without `pii:read` (the month and day would complete the masked ID number).',
  })
  birthYear(@Root() person: Person): number {
    return Number(person.birthDate.slice(0, 4));
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => County, { nullable: true })
  county(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(person.countyCode);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Hardship, { nullable: true })
  hardship(@Root() person: Person, @Ctx() { today }: LaborContext): Hardship {
    return hardshipOn(person, today());
  }
}
