import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertCounty, visibleOrNull } from '../../../../shared/auth/decorators';
import { MoreThan } from 'typeorm';
import { keysetPage, type Page, STRING_KEYS } from '../../../../shared/pagination';
import type { CommerceContext } from '../context';
import { EnterpriseConnection } from './enterprise.connection';
import { Enterprise } from './enterprise.entity';
import { County } from '../references/county.reference';
import { Person } from '../references/person.reference';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Access({ scopes: ['commerce:read'], county: true })
  @Query(() => Enterprise, { nullable: true })
  async enterprise(
    @Arg('creditCode', () => ID) creditCode: string,
    @Ctx() { loaders, viewer }: CommerceContext,
  ): Promise<Enterprise | null> {
    const enterprise = await loaders.enterpriseByCode.load(creditCode.trim().toUpperCase());
    return visibleOrNull(viewer, enterprise);
  }

  @Access({ scopes: ['commerce:read'], county: true })
  @Query(() => EnterpriseConnection, { description: 'The register of a county, by credit code.' })
  async enterprises(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: CommerceContext,
  ): Promise<Page<Enterprise>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      STRING_KEYS,
      (e) => e.creditCode,
      ({ after: afterCode, take }) =>
        db.getRepository(Enterprise).find({ where: { countyCode, creditCode: MoreThan(afterCode) }, order: { creditCode: 'ASC' }, take }),
    );
  }

  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => County, { nullable: true })
  county(@Root() enterprise: Enterprise): County {
    return { code: enterprise.countyCode };
  }

  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => Person, { nullable: true, description: 'Owner of an individual business (labor fills in the person).' })
  owner(@Root() enterprise: Enterprise): Person | null {
    return enterprise.ownerId === null ? null : { id: String(enterprise.ownerId) };
  }
}
