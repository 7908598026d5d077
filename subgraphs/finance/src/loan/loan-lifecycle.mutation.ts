import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { FinanceContext } from '../context';
import { ACTOR_ROLES, LoanActor, requireActor } from './loan-actors';
import { Loan } from './loan.entity';
import { approveStep, disburseStep, type LoanStep, recommendStep, rejectStep, reviewStep, takeLoanStep } from './loan.service';
import { Access } from '../../../../shared/auth/access';
import { positiveId, requiredText } from '../../../../shared/validate';

/** Every loan actor's scopes: rejectLoan and the bulk import, whose steps name their actor per loan. */
export const ANY_LOAN_ROLE = [...new Set(Object.values(ACTOR_ROLES).flat())];

/**
 * Runs a loan step in one audited transaction: the id, who (FORBIDDEN) when the step
 * names its actor, then the service. Any refusal rolls everything back.
 */
export function runLoanStep(ctx: FinanceContext, loanId: string, step: LoanStep): Promise<Loan> {
  const id = positiveId('id', loanId);
  if (typeof step.actor !== 'function') requireActor(ctx.viewer, step.actor);
  return auditedWrite(
    ctx,
    { operation: step.operation, entity: 'Loan' },
    (tx) => takeLoanStep(tx, ctx.viewer, id, step, ctx.today()),
    (loan) => [loan.id],
  );
}

/** Apply → community recommends → labor reviews → guarantor approves → bank lends, or a refusal on the way. */
@Resolver(() => Loan)
export class LoanLifecycleResolver {
  @Access({ scopes: ACTOR_ROLES[LoanActor.LABOR_SIDE], county: true })
  @Mutation(() => Loan, {
    description: '社区推荐 — the community recommends an APPLIED loan (finance staff from the paper form, or labor with loan:review).',
  })
  recommendLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, recommendStep);
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.LABOR_SIDE], county: true })
  @Mutation(() => Loan, {
    description: '劳动保障部门审核 — labor reviews a RECOMMENDED loan (finance staff from the paper form, or labor with loan:review).',
  })
  reviewLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, reviewStep);
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.GUARANTOR], county: true })
  @Mutation(() => Loan, {
    description:
      "担保机构承诺担保 — the county's guarantor approves a REVIEWED loan; refused when its guarantees would exceed five times its fund (guarantee:approve).",
  })
  approveLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, approveStep);
  }

  @Access({ scopes: ANY_LOAN_ROLE, county: true })
  @Mutation(() => Loan, {
    description:
      '不予贷款 — refuse a pending loan with a reason; by the party whose answer is due (community/labor, guarantor after review, bank after approval).',
  })
  rejectLoan(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    const why = requiredText('reason', reason, 200);
    return runLoanStep(ctx, id, rejectStep(why));
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.BANK], county: true })
  @Mutation(() => Loan, {
    description:
      "经办银行发放贷款 — the bank lends an APPROVED loan today; interest runs to the due date, and a low-profit project's is subsidised (bank:disburse).",
  })
  disburseLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return runLoanStep(ctx, id, disburseStep);
  }
}
