import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { MoneyScalar } from '../../../../shared/scalars';
import { intInRange, positiveId, requiredText } from '../../../../shared/validate';
import { MAX_EXTENSION_MONTHS } from './loan.rules';

/** ¥20,000 for an individual borrower (小额担保贷款). */
export const MAX_INDIVIDUAL_LOAN_FEN = 2_000_000n;
export const MAX_TERM_MONTHS = 24;

@InputType({ description: 'Application for a small guaranteed loan.' })
export class ApplyForLoanInput {
  @Field(() => ID)
  applicantId!: string;

  @Field(() => ID)
  certificateNumber!: string;

  @Field(() => MoneyScalar)
  amount!: bigint;

  @Field(() => Int)
  termMonths!: number;

  @Field(() => String)
  purpose!: string;

  @Field(() => Boolean, { description: '微利项目: the project is on the low-profit list.' })
  lowProfitProject!: boolean;
}

export interface ValidLoanApplication {
  applicantId: number;
  certificateNumber: string;
  amount: bigint;
  termMonths: number;
  purpose: string;
  lowProfitProject: boolean;
}

/** The rules that need nothing but the input; certificate rules follow against the replica. */
export function validateLoanApplication(input: ApplyForLoanInput): ValidLoanApplication {
  const applicantId = positiveId('input.applicantId', input.applicantId);
  if (input.amount <= 0n) throw badUserInput('input.amount', 'must be positive');
  if (input.amount > MAX_INDIVIDUAL_LOAN_FEN) throw badUserInput('input.amount', 'exceeds the individual limit of 20000.00 yuan');
  intInRange('input.termMonths', input.termMonths, 1, MAX_TERM_MONTHS, 'months');
  const purpose = requiredText('input.purpose', input.purpose, 200);
  return {
    applicantId,
    certificateNumber: input.certificateNumber.trim(),
    amount: input.amount,
    termMonths: input.termMonths,
    purpose,
    lowProfitProject: input.lowProfitProject,
  };
}

/** An extension's length (extendLoan's `months`): once, at most 12 months. */
export function validateExtensionMonths(months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > MAX_EXTENSION_MONTHS) {
    throw badUserInput('months', `an extension is 1 to ${MAX_EXTENSION_MONTHS} months`);
  }
  return months;
}
