import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import type { TaxContext } from '../context';
import { Person } from './person.reference';
import { TaxRelief } from '../relief/tax-relief.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Person)
export class PersonReliefsResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => [TaxRelief], { nullable: true, description: 'Tax relief granted to this person (tax).' })
  async taxReliefs(@Root() person: Person, @Ctx() { loaders, viewer }: TaxContext): Promise<TaxRelief[]> {
    const key = intKey(person.id);
    const reliefs = Number.isNaN(key) ? [] : await loaders.reliefsByPerson.load(key);
    return reliefs.filter((relief) => canAccessCounty(viewer, relief.countyCode));
  }
}
