import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { intKey } from '../../../../shared/loaders';
import type { FinanceContext } from '../context';
import { ReemploymentCertificate } from './certificate.stub';
import { Loan } from './loan.entity';
import { Person } from './person.stub';

@Resolver(() => Loan)
export class LoanResolver {
  @Query(() => Loan, { nullable: true })
  loan(@Arg('id', () => ID) id: string, @Ctx() { loaders }: FinanceContext): Promise<Loan | null> {
    const key = intKey(id);
    return Number.isNaN(key) ? Promise.resolve(null) : loaders.loanById.load(key);
  }

  @FieldResolver(() => Person)
  applicant(@Root() loan: Loan): Person {
    return { id: String(loan.applicantId) };
  }

  @FieldResolver(() => ReemploymentCertificate)
  certificate(@Root() loan: Loan): ReemploymentCertificate {
    return { number: loan.certificateNumber };
  }
}

@Resolver(() => Person)
export class PersonLoansResolver {
  @FieldResolver(() => [Loan], { description: 'Small guaranteed loans applied for by this person (finance).' })
  loans(@Root() person: Person, @Ctx() { loaders }: FinanceContext): Promise<Loan[]> {
    const key = intKey(person.id);
    return Number.isNaN(key) ? Promise.resolve([]) : loaders.loansByApplicant.load(key);
  }
}
