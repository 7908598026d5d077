import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { visibleOrNull } from '../../../../shared/auth/decorators';
import { intKey } from '../../../../shared/loaders';
import { DateScalar } from '../../../../shared/scalars';
import type { FinanceContext } from '../context';
import { GuaranteeFund } from '../guarantee/guarantee-fund.entity';
import { ReemploymentCertificate } from '../references/certificate.reference';
import { Loan } from './loan.entity';
import { answerDueOn, isOverdue } from './loan.rules';
import { Person } from '../references/person.reference';
import { LOAN_READERS } from './loan-actors';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Loan)
export class LoanResolver {
  @Access({ scopes: LOAN_READERS, county: true })
  @Query(() => Loan, { nullable: true })
  async loan(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: FinanceContext): Promise<Loan | null> {
    const key = intKey(id);
    const loan = Number.isNaN(key) ? null : await loaders.loanById.load(key);
    return visibleOrNull(viewer, loan);
  }

  @Access({ scopes: LOAN_READERS, county: true })
  @FieldResolver(() => Person)
  applicant(@Root() loan: Loan): Person {
    return { id: String(loan.applicantId) };
  }

  @Access({ scopes: LOAN_READERS, county: true })
  @FieldResolver(() => ReemploymentCertificate)
  certificate(@Root() loan: Loan): ReemploymentCertificate {
    return { number: loan.certificateNumber };
  }

  @Access({ scopes: LOAN_READERS, county: true })
  @FieldResolver(() => GuaranteeFund, { nullable: true, description: '担保机构: the fund that guarantees the loan, from approval on.' })
  guaranteeFund(@Root() loan: Loan, @Ctx() { loaders }: FinanceContext): Promise<GuaranteeFund | null> | null {
    return loan.guaranteeFundId === null ? null : loaders.guaranteeFundById.load(loan.guaranteeFundId);
  }

  @Access({ scopes: LOAN_READERS, county: true })
  @FieldResolver(() => DateScalar, { description: '答复期限: three weeks after application.' })
  answerDueOn(@Root() loan: Loan): string {
    return answerDueOn(loan.appliedOn);
  }

  @Access({ scopes: LOAN_READERS, county: true })
  @FieldResolver(() => Boolean, {
    description:
      '超期未答复: still unanswered (neither disbursed nor refused) more than three weeks after application, as of the business date.',
  })
  overdue(@Root() loan: Loan, @Ctx() ctx: FinanceContext): boolean {
    return isOverdue(loan.status, loan.appliedOn, ctx.today());
  }
}
