import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type EntityManager, In } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { ageOn } from '../../../../shared/calendar';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { formatYuan, toFen } from '../../../../shared/money';
import { badUserInput } from '../../../../shared/errors';
import type { FinanceContext } from '../context';
import { lockCertificate } from './certificate-lock';
import { Loan } from './loan.entity';
import { LoanStatus } from './loan.enums';
import { ApplyForLoanInput, MAX_INDIVIDUAL_LOAN_FEN, validateLoanApplication } from './loan.inputs';
import { MAX_BORROWER_AGE, OPEN_STATUSES, pbocBaseRateBp } from './loan.rules';
import { Access } from '../../../../shared/auth/access';
import { insertAndFetch } from '../../../../shared/records';

/** Principal of the person's loans that are pending or still owed. */
async function openPrincipal(tx: EntityManager, applicantId: number): Promise<bigint> {
  const row = await tx
    .getRepository(Loan)
    .createQueryBuilder('loan')
    .select('SUM(loan.amount)', 'total')
    .where({ applicantId, status: In([...OPEN_STATUSES]) })
    .getRawOne<{ total: unknown }>();
  return toFen(row?.total);
}

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
      async (tx) => {
        await lockCertificate(tx, application.certificateNumber);
        const certificate = await requireValidCertificate(
          tx,
          application.certificateNumber,
          'input.certificateNumber',
          application.applicantId,
          ctx.viewer,
        );
        assertCounty(ctx.viewer, certificate.countyCode);
        if (certificate.holderBirthDate === null) {
          throw badUserInput(
            'input.certificateNumber',
            `the replica has no birth date for the holder of certificate ${certificate.number}; it comes with the next feed sync`,
          );
        }
        if (ageOn(certificate.holderBirthDate, appliedOn) > MAX_BORROWER_AGE) {
          throw badUserInput('input.applicantId', `the applicant is older than ${MAX_BORROWER_AGE} on ${appliedOn}`);
        }
        const open = await openPrincipal(tx, application.applicantId);
        if (open + application.amount > MAX_INDIVIDUAL_LOAN_FEN) {
          throw badUserInput(
            'input.amount',
            `with ${formatYuan(open)} yuan in open loans this exceeds the individual limit of ${formatYuan(MAX_INDIVIDUAL_LOAN_FEN)} yuan`,
          );
        }
        return insertAndFetch(tx, Loan, {
          ...application,
          countyCode: certificate.countyCode,
          status: LoanStatus.APPLIED,
          appliedOn,
          interestRateBp: pbocBaseRateBp(application.termMonths),
        });
      },
      (loan) => [loan.id],
    );
  }
}
