import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import type { FinanceContext } from '../context';
import { Loan } from '../loan/loan.entity';
import { Person } from './person.reference';
import { LOAN_READERS } from '../loan/loan-actors';
import { Access } from '../../../../shared/auth/access';
import { SubsidyPayment } from '../subsidy/subsidy-payment.entity';

@Resolver(() => Person)
export class PersonLoansResolver {
  @Access({ scopes: LOAN_READERS, county: true })
  @FieldResolver(() => [Loan], { nullable: true, description: 'Small guaranteed loans applied for by this person (finance).' })
  async loans(@Root() person: Person, @Ctx() { loaders, viewer }: FinanceContext): Promise<Loan[]> {
    const key = intKey(person.id);
    const loans = Number.isNaN(key) ? [] : await loaders.loansByApplicant.load(key);
    return loans.filter((loan) => canAccessCounty(viewer, loan.countyCode));
  }
}

@Resolver(() => Person)
export class PersonSubsidiesResolver {
  @Access({ scopes: ['finance:read'], county: true })
  @FieldResolver(() => [SubsidyPayment], {
    nullable: true,
    description: "Subsidies paid for this person (finance): at most a few years' worth by policy.",
  })
  async subsidies(@Root() person: Person, @Ctx() { loaders, viewer }: FinanceContext): Promise<SubsidyPayment[]> {
    const key = intKey(person.id);
    const payments = Number.isNaN(key) ? [] : await loaders.subsidiesByPerson.load(key);
    return payments.filter((p) => canAccessCounty(viewer, p.countyCode));
  }
}
