import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { intKey } from '../../../../shared/loaders';
import { decodeIntCursor, type Page, pageSize, toPage } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { computeHardship, Hardship } from './hardship';
import { PersonConnection } from './person.connection';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    const key = intKey(id);
    return Number.isNaN(key) ? Promise.resolve(null) : loaders.personById.load(key);
  }

  @Query(() => PersonConnection, { description: 'Registered persons of a county, in registration order (by id).' })
  async persons(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db }: LaborContext,
  ): Promise<Page<Person>> {
    const size = pageSize(first);
    const afterId = after ? decodeIntCursor(after) : 0;
    const rows = await db.getRepository(Person).find({
      where: { countyCode, id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: size + 1,
    });
    return toPage(rows, size, (p) => p.id);
  }

  @FieldResolver(() => County)
  async county(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(person.countyCode);
  }

  @FieldResolver(() => Hardship)
  async hardship(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<Hardship> {
    const household = person.householdId ? await loaders.householdMembers.load(person.householdId) : [person];
    return computeHardship(person, household, person.registeredOn);
  }
}
