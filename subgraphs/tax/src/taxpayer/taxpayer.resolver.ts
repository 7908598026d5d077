import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import type { TaxContext } from '../context';
import { Enterprise, Person } from '../relief/stubs';
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

@Resolver(() => Enterprise)
export class EnterpriseTaxRegistrationsResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => [TaxRegistration], { nullable: true, description: '税务登记 — its registrations with 国税 and 地税 (tax).' })
  async taxRegistrations(@Root() enterprise: Enterprise, @Ctx() { loaders, viewer }: TaxContext): Promise<TaxRegistration[]> {
    const registrations = await loaders.registrationsByCreditCode.load(enterprise.creditCode);
    return registrations.filter((r) => canAccessCounty(viewer, r.countyCode));
  }
}
