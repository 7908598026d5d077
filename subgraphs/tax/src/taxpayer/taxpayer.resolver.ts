import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Person } from '../references/person.reference';
import { TaxRegistration } from './tax-registration.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => TaxRegistration)
export class TaxRegistrationResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => Person, { nullable: true, description: 'The certificate holder who owns an individual business (个体工商户业主).' })
  owner(@Root() registration: TaxRegistration): Person | null {
    return registration.ownerId === null ? null : { id: String(registration.ownerId) };
  }
}
