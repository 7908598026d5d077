import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { addMonths } from '../../../../shared/calendar';
import { badUserInput } from '../../../../shared/errors';
import type { FinanceContext } from '../context';
import { compensateFromFund, releaseGuarantee } from '../guarantee/guarantee.service';
import { writeSubsidySchedule } from './interest-subsidy';
import { ACTOR_ROLES, LoanActor } from './loan-actors';
import { Loan } from './loan.entity';
import { LoanStatus } from './loan.enums';
import { MAX_EXTENSION_MONTHS, pbocBaseRateBp } from './loan.rules';
import { takeLoanStep } from './loan.service';
import { ruleViolation } from './rule-error';
import { Access } from '../../../../shared/auth/access';

const OWED = [LoanStatus.DISBURSED, LoanStatus.EXTENDED];

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
    if (!Number.isInteger(months) || months < 1 || months > MAX_EXTENSION_MONTHS) {
      throw badUserInput('months', `an extension is 1 to ${MAX_EXTENSION_MONTHS} months`);
    }
    return takeLoanStep(ctx, id, {
      operation: 'extendLoan',
      from: [LoanStatus.DISBURSED],
      to: LoanStatus.EXTENDED,
      actor: LoanActor.BANK,
      fields: (loan, today) => {
        const dueOn = loan.dueOn ?? today;
        if (today > dueOn)
          throw ruleViolation('id', 'EXTENSION_AFTER_DUE', `loan ${loan.id} fell due on ${dueOn}; an extension is agreed before that`);
        return {
          extensionMonths: months,
          extensionRateBp: pbocBaseRateBp(loan.termMonths + months),
          extendedDueOn: addMonths(dueOn, months),
        };
      },
    });
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.BANK], county: true })
  @Mutation(() => Loan, {
    description: '还清 — the borrower repaid in full today; the guarantee is released and the interest subsidy ends (bank:disburse).',
  })
  repayLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return takeLoanStep(ctx, id, {
      operation: 'repayLoan',
      from: OWED,
      to: LoanStatus.REPAID,
      actor: LoanActor.BANK,
      fields: (_loan, today) => ({ closedOn: today }),
      effects: async (tx, loan, today) => {
        if (loan.guaranteeFundId !== null) await releaseGuarantee(tx, loan.guaranteeFundId, loan.amount);
        await writeSubsidySchedule(tx, loan, today);
      },
    });
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.BANK], county: true })
  @Mutation(() => Loan, {
    description: '逾期违约 — the bank records a default; no interest subsidy after today, the guarantor stays liable (bank:disburse).',
  })
  markLoanDefaulted(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return takeLoanStep(ctx, id, {
      operation: 'markLoanDefaulted',
      from: OWED,
      to: LoanStatus.DEFAULTED,
      actor: LoanActor.BANK,
      effects: async (tx, loan, today) => {
        await writeSubsidySchedule(tx, loan, today);
      },
    });
  }

  @Access({ scopes: ACTOR_ROLES[LoanActor.GUARANTOR], county: true })
  @Mutation(() => Loan, {
    description: '担保基金代偿 — the guarantee fund pays the bank the principal of a DEFAULTED loan (guarantee:approve).',
  })
  compensateLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Loan> {
    return takeLoanStep(ctx, id, {
      operation: 'compensateLoan',
      from: [LoanStatus.DEFAULTED],
      to: LoanStatus.COMPENSATED,
      actor: LoanActor.GUARANTOR,
      fields: (_loan, today) => ({ closedOn: today }),
      effects: async (tx, loan) => {
        if (loan.guaranteeFundId === null)
          throw ruleViolation('id', 'NO_GUARANTEE_FUND', `loan ${loan.id} has no guarantee fund to compensate from`);
        await compensateFromFund(tx, loan.guaranteeFundId, loan.amount);
      },
    });
  }
}
