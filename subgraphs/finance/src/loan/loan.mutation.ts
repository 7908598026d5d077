import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { badUserInput } from '../../../../shared/errors';
import type { FinanceContext } from '../context';
import { Loan } from './loan.entity';
import { LoanStatus } from './loan.enums';
import { ApplyForLoanInput, validateLoanApplication } from './loan.inputs';

/** Borrowers are at most 60 years old at application. */
export const MAX_BORROWER_AGE = 60;

function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

@Resolver(() => Loan)
export class LoanMutationResolver {
  @Authorized('finance:write')
  @Mutation(() => Loan, { description: '申请小额担保贷款 — apply for a small guaranteed loan on a valid certificate.' })
  applyForLoan(@Arg('input', () => ApplyForLoanInput) input: ApplyForLoanInput, @Ctx() ctx: FinanceContext): Promise<Loan> {
    const application = validateLoanApplication(input);
    const appliedOn = ctx.today();
    return auditedWrite(ctx, { operation: 'applyForLoan', entity: 'Loan' }, async (tx) => {
      const certificate = await requireValidCertificate(tx, application.certificateNumber, 'input.certificateNumber', application.applicantId);
      assertCounty(ctx.viewer, certificate.countyCode);
      if (ageOn(certificate.holderBirthDate, appliedOn) > MAX_BORROWER_AGE) {
        throw badUserInput('input.applicantId', `the applicant is older than ${MAX_BORROWER_AGE}`);
      }
      const { identifiers } = await tx.insert(Loan, { ...application, countyCode: certificate.countyCode, status: LoanStatus.APPLIED, appliedOn });
      return tx.findOneByOrFail(Loan, { id: Number(identifiers[0].id) });
    }, (loan) => [loan.id]);
  }
}
