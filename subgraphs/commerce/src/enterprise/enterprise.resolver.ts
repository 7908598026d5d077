import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { intKey } from '../../../../shared/loaders';
import { decodeCursor, type Page, pageSize, toPage } from '../../../../shared/pagination';
import type { CommerceContext } from '../context';
import { EnterpriseConnection } from './enterprise.connection';
import { Enterprise } from './enterprise.entity';
import { County, Person } from './stubs';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true })
  enterprise(@Arg('creditCode', () => ID) creditCode: string, @Ctx() { loaders }: CommerceContext): Promise<Enterprise | null> {
    return loaders.enterpriseByCode.load(creditCode.trim().toUpperCase());
  }

  @Query(() => EnterpriseConnection, { description: 'The register of a county, by credit code.' })
  async enterprises(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db }: CommerceContext,
  ): Promise<Page<Enterprise>> {
    const size = pageSize(first);
    const rows = await db.getRepository(Enterprise).find({
      where: { countyCode, ...(after ? { creditCode: MoreThan(decodeCursor(after)) } : {}) },
      order: { creditCode: 'ASC' },
      take: size + 1,
    });
    return toPage(rows, size, (e) => e.creditCode);
  }

  @FieldResolver(() => County)
  county(@Root() enterprise: Enterprise): County {
    return { code: enterprise.countyCode };
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Owner of an individual business (labor fills in the person).' })
  owner(@Root() enterprise: Enterprise): Person | null {
    return enterprise.ownerId === null ? null : { id: String(enterprise.ownerId) };
  }
}

@Resolver(() => Person)
export class PersonBusinessesResolver {
  @FieldResolver(() => [Enterprise], { description: 'Businesses this person owns (commerce register).' })
  businesses(@Root() person: Person, @Ctx() { loaders }: CommerceContext): Promise<Enterprise[]> {
    const key = intKey(person.id);
    return Number.isNaN(key) ? Promise.resolve([]) : loaders.businessesByOwner.load(key);
  }
}
