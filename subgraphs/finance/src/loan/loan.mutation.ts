import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { FinanceContext } from '../context';
import { Loan } from './loan.entity';
import { ApplyForLoanInput, validateLoanApplication } from './loan.inputs';
import { applyForLoan } from './loan.service';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Loan)
export class LoanMutationResolver {
  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => Loan, {
    description:
      "申请小额担保贷款 — apply on a valid certificate (finance's replica): applicant at most 60, at most 20000.00 yuan per person " +
      'across open loans, term at most 24 months; the rate is the PBOC base rate of the term band.',
  })
  applyForLoan(@Arg('input', () => ApplyForLoanInput) input: ApplyForLoanInput, @Ctx() ctx: FinanceContext): Promise<Loan> {
    const application = validateLoanApplication(input);
    const appliedOn = ctx.today();
    return auditedWrite(
      ctx,
      { operation: 'applyForLoan', entity: 'Loan' },
      (tx) => applyForLoan(tx, ctx.viewer, application, appliedOn),
      (loan) => [loan.id],
    );
  }
}
