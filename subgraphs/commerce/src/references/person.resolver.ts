import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import type { CommerceContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Person } from './person.reference';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Person)
export class PersonBusinessesResolver {
  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => [Enterprise], { nullable: true, description: 'Businesses this person owns (commerce register).' })
  async businesses(@Root() person: Person, @Ctx() { loaders, viewer }: CommerceContext): Promise<Enterprise[]> {
    const key = intKey(person.id);
    const businesses = Number.isNaN(key) ? [] : await loaders.businessesByOwner.load(key);
    return businesses.filter((business) => canAccessCounty(viewer, business.countyCode));
  }
}
