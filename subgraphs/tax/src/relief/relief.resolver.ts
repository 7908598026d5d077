import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { intKey } from '../../../../shared/loaders';
import type { TaxContext } from '../context';
import { Enterprise, Person, ReemploymentCertificate } from './stubs';
import { TaxRelief } from './tax-relief.entity';

@Resolver(() => TaxRelief)
export class TaxReliefResolver {
  @Query(() => TaxRelief, { nullable: true })
  taxRelief(@Arg('id', () => ID) id: string, @Ctx() { loaders }: TaxContext): Promise<TaxRelief | null> {
    const key = intKey(id);
    return Number.isNaN(key) ? Promise.resolve(null) : loaders.reliefById.load(key);
  }

  @FieldResolver(() => ReemploymentCertificate)
  certificate(@Root() relief: TaxRelief): ReemploymentCertificate {
    return { number: relief.certificateNumber };
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The certificate holder, for an individual business.' })
  person(@Root() relief: TaxRelief): Person | null {
    return relief.personId === null ? null : { id: String(relief.personId) };
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise, for relief granted to an employer.' })
  enterprise(@Root() relief: TaxRelief): Enterprise | null {
    return relief.enterpriseCreditCode === null ? null : { creditCode: relief.enterpriseCreditCode };
  }
}

@Resolver(() => Person)
export class PersonReliefsResolver {
  @FieldResolver(() => [TaxRelief], { description: 'Tax relief granted to this person (tax).' })
  taxReliefs(@Root() person: Person, @Ctx() { loaders }: TaxContext): Promise<TaxRelief[]> {
    const key = intKey(person.id);
    return Number.isNaN(key) ? Promise.resolve([]) : loaders.reliefsByPerson.load(key);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseReliefsResolver {
  @FieldResolver(() => [TaxRelief], { description: 'Tax relief granted to this enterprise (tax).' })
  taxReliefs(@Root() enterprise: Enterprise, @Ctx() { loaders }: TaxContext): Promise<TaxRelief[]> {
    return loaders.reliefsByEnterprise.load(enterprise.creditCode);
  }
}
