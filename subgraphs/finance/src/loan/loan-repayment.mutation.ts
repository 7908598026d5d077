import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { runLoanStep } from './loan-lifecycle.mutation';
import { ACTOR_ROLES, LoanActor } from './loan-actors';
import { Loan } from './loan.entity';
import { validateExtensionMonths } from './loan.inputs';
import { compensateStep, defaultStep, extendStep, repayStep } from './loan.service';
import { Access } from '../../../../shared/auth/access';

/** After the money is out: one extension, repayment, default and the guarantor's compensation. */
@Resolver(() => Loan)
export class LoanRepaymentResolver {
  @Access({ scopes: ACTOR_ROLES[LoanActor.BANK], county: true })
  @Mutation(() => Loan, {
    description:
      '展期 — extend a DISBURSED loan once, by at most 12 months, agreed before it falls due; the extension runs at the base rate of ' +
      'term plus extension and earns no interest subsidy (bank:disburse).',
  })
  extendLoan(@Arg('id', () => ID) id: string, @Arg('months', () => Int) months: number, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, extendStep(validateExtensionMonths(months)));
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.BANK], county: true })
  @Mutation(() => Loan, {
    description: '还清 — the borrower repaid in full today; the guarantee is released and the interest subsidy ends (bank:disburse).',
  })
  repayLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, repayStep);
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.BANK], county: true })
  @Mutation(() => Loan, {
    description: '逾期违约 — the bank records a default; no interest subsidy after today, the guarantor stays liable (bank:disburse).',
  })
  markLoanDefaulted(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, defaultStep);
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.GUARANTOR], county: true })
  @Mutation(() => Loan, {
    description: '担保基金代偿 — the guarantee fund pays the bank the principal of a DEFAULTED loan (guarantee:approve).',
  })
  compensateLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, compensateStep);
  }
}
