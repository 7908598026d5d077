import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
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
  @Mutation(() => Loan, { description: '申请小额担保贷款 — apply for a small guaranteed loan on a valid certificate.' })
  async applyForLoan(@Arg('input', () => ApplyForLoanInput) input: ApplyForLoanInput, @Ctx() { db, today }: FinanceContext): Promise<Loan> {
    const application = validateLoanApplication(input);
    const appliedOn = today();
    const certificate = await requireValidCertificate(db, application.certificateNumber, 'input.certificateNumber', application.applicantId);
    if (ageOn(certificate.holderBirthDate, appliedOn) > MAX_BORROWER_AGE) {
      throw badUserInput('input.applicantId', `the applicant is older than ${MAX_BORROWER_AGE}`);
    }
    const loans = db.getRepository(Loan);
    const { identifiers } = await loans.insert({
      ...application,
      countyCode: certificate.countyCode,
      status: LoanStatus.APPLIED,
      appliedOn,
    });
    return loans.findOneByOrFail({ id: Number(identifiers[0].id) });
  }
}
