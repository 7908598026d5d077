import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { addMonths } from '../../../../shared/calendar';
import type { FinanceContext } from '../context';
import { commitGuarantee, releaseGuarantee } from '../guarantee/guarantee.service';
import { writeSubsidySchedule } from './interest-subsidy';
import { ACTOR_ROLES, LoanActor } from './loan-actors';
import { Loan } from './loan.entity';
import { LoanStatus } from './loan.enums';
import { takeLoanStep } from './loan.service';
import { Access } from '../../../../shared/auth/access';
import { requiredText } from '../../../../shared/validate';

const ANY_LOAN_ROLE = [...new Set(Object.values(ACTOR_ROLES).flat())];

/** Who refuses depends on where the application stands: the party whose answer is due. */
function refusingActor(loan: Loan): LoanActor {
  if (loan.status === LoanStatus.REVIEWED) return LoanActor.GUARANTOR;
  if (loan.status === LoanStatus.APPROVED) return LoanActor.BANK;
  return LoanActor.LABOR_SIDE;
}

/** Apply → community recommends → labor reviews → guarantor approves → bank lends, or a refusal on the way. */
@Resolver(() => Loan)
export class LoanLifecycleResolver {
  @Access({ scopes: ACTOR_ROLES[LoanActor.LABOR_SIDE], county: true })
  @Mutation(() => Loan, {
    description: '社区推荐 — the community recommends an APPLIED loan (finance staff from the paper form, or labor with loan:review).',
  })
  recommendLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return takeLoanStep(ctx, id, {
      operation: 'recommendLoan',
      from: [LoanStatus.APPLIED],
      to: LoanStatus.RECOMMENDED,
      actor: LoanActor.LABOR_SIDE,
      fields: (_loan, today) => ({ recommendedOn: today }),
    });
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.LABOR_SIDE], county: true })
  @Mutation(() => Loan, {
    description: '劳动保障部门审核 — labor reviews a RECOMMENDED loan (finance staff from the paper form, or labor with loan:review).',
  })
  reviewLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return takeLoanStep(ctx, id, {
      operation: 'reviewLoan',
      from: [LoanStatus.RECOMMENDED],
      to: LoanStatus.REVIEWED,
      actor: LoanActor.LABOR_SIDE,
      fields: (_loan, today) => ({ reviewedOn: today }),
    });
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.GUARANTOR], county: true })
  @Mutation(() => Loan, {
    description:
      "担保机构承诺担保 — the county's guarantor approves a REVIEWED loan; refused when its guarantees would exceed five times its fund (guarantee:approve).",
  })
  approveLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return takeLoanStep(ctx, id, {
      operation: 'approveLoan',
      from: [LoanStatus.REVIEWED],
      to: LoanStatus.APPROVED,
      actor: LoanActor.GUARANTOR,
      fields: (_loan, today) => ({ approvedOn: today }),
      effects: async (tx, loan) => ({ guaranteeFundId: await commitGuarantee(tx, loan.countyCode, loan.amount) }),
    });
  }

  @Access({ scopes: ANY_LOAN_ROLE, county: true })
  @Mutation(() => Loan, {
    description:
      '不予贷款 — refuse a pending loan with a reason; by the party whose answer is due (community/labor, guarantor after review, bank after approval).',
  })
  rejectLoan(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    const why = requiredText('reason', reason, 200);
    return takeLoanStep(ctx, id, {
      operation: 'rejectLoan',
      from: [LoanStatus.APPLIED, LoanStatus.RECOMMENDED, LoanStatus.REVIEWED, LoanStatus.APPROVED],
      to: LoanStatus.REJECTED,
      actor: refusingActor,
      fields: (_loan, today) => ({ rejectedOn: today, rejectionReason: why }),
      effects: async (tx, loan) => {
        if (loan.guaranteeFundId !== null) await releaseGuarantee(tx, loan.guaranteeFundId, loan.amount);
      },
    });
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.BANK], county: true })
  @Mutation(() => Loan, {
    description:
      "经办银行发放贷款 — the bank lends an APPROVED loan today; interest runs to the due date, and a low-profit project's is subsidised (bank:disburse).",
  })
  disburseLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return takeLoanStep(ctx, id, {
      operation: 'disburseLoan',
      from: [LoanStatus.APPROVED],
      to: LoanStatus.DISBURSED,
      actor: LoanActor.BANK,
      fields: (loan, today) => ({ disbursedOn: today, dueOn: addMonths(today, loan.termMonths) }),
      effects: (tx, loan) => writeSubsidySchedule(tx, loan),
    });
  }
}
