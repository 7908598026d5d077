import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertCounty, RecordField } from '../../../../shared/auth/decorators';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import { intKey } from '../../../../shared/loaders';
import type { FinanceContext } from '../context';
import { ReemploymentCertificate } from './certificate.stub';
import { Loan } from './loan.entity';
import { Person } from './person.stub';

@Resolver(() => Loan)
export class LoanResolver {
  @Authorized('finance:read')
  @Query(() => Loan, { nullable: true })
  async loan(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: FinanceContext): Promise<Loan | null> {
    const key = intKey(id);
    const loan = Number.isNaN(key) ? null : await loaders.loanById.load(key);
    if (loan) assertCounty(viewer, loan.countyCode);
    return loan;
  }

  @RecordField('finance:read')
  @FieldResolver(() => Person)
  applicant(@Root() loan: Loan): Person {
    return { id: String(loan.applicantId) };
  }

  @RecordField('finance:read')
  @FieldResolver(() => ReemploymentCertificate)
  certificate(@Root() loan: Loan): ReemploymentCertificate {
    return { number: loan.certificateNumber };
  }
}

@Resolver(() => Person)
export class PersonLoansResolver {
  @Authorized('finance:read')
  @FieldResolver(() => [Loan], { description: 'Small guaranteed loans applied for by this person (finance).' })
  async loans(@Root() person: Person, @Ctx() { loaders, viewer }: FinanceContext): Promise<Loan[]> {
    const key = intKey(person.id);
    const loans = Number.isNaN(key) ? [] : await loaders.loansByApplicant.load(key);
    return loans.filter((loan) => canAccessCounty(viewer, loan.countyCode));
  }
}
