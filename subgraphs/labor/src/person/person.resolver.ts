import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty, RecordField } from '../../../../shared/auth/decorators';
import { hasScope, maskIdNumber } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import { decodeIntCursor, type Page, pageSize, toPage } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { Hardship } from './hardship';
import { storedHardship } from './household';
import { PersonConnection } from './person.connection';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized('labor:read')
  @Query(() => Person, { nullable: true })
  async person(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: LaborContext): Promise<Person | null> {
    const key = intKey(id);
    const person = Number.isNaN(key) ? null : await loaders.personById.load(key);
    if (person) assertCounty(viewer, person.countyCode);
    return person;
  }

  @Authorized('labor:read')
  @Query(() => PersonConnection, { description: 'Registered persons of a county, in registration order (by id).' })
  async persons(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<Person>> {
    assertCounty(viewer, countyCode);
    const size = pageSize(first);
    const afterId = after ? decodeIntCursor(after) : 0;
    const rows = await db.getRepository(Person).find({
      where: { countyCode, id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: size + 1,
    });
    return toPage(rows, size, (p) => p.id);
  }

  @RecordField('labor:read')
  @FieldResolver(() => String, {
    nullable: true,
    description: '公民身份号码 (GB 11643-1999). In full only with `pii:read` (and then audited); otherwise masked as 320803********7408.',
  })
  idNumber(@Root() person: Person, @Ctx() { viewer, piiReads }: LaborContext): string {
    if (!hasScope(viewer, 'pii:read')) return maskIdNumber(person.idNumber);
    piiReads.record('Person.idNumber', person.id);
    return person.idNumber;
  }

  @RecordField('labor:read')
  @FieldResolver(() => County, { nullable: true })
  county(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(person.countyCode);
  }

  @RecordField('labor:read')
  @FieldResolver(() => Hardship, { nullable: true })
  hardship(@Root() person: Person): Hardship {
    return storedHardship(person);
  }
}
