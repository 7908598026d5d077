import { Field, ID, InputType, Int } from 'type-graphql';
import type { Viewer } from '../../../../shared/auth/viewer';
import { type Checked, checkBatchSize, type FieldOf, renamedFields, validated } from '../../../../shared/bulk-import/batch';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { notInFuture, positiveId, requiredText } from '../../../../shared/validate';
import { requireActor } from '../loan/loan-actors';
import { validateExtensionMonths } from '../loan/loan.inputs';
import {
  approveStep,
  compensateStep,
  defaultStep,
  disburseStep,
  extendStep,
  type LoanStep,
  recommendStep,
  rejectStep,
  repayStep,
  reviewStep,
} from '../loan/loan.service';
import { LoanTransition } from './import.enums';

@InputType({
  description: 'One loan step as a lending bank (or guarantor) reports it; the single-loan mutation of the step takes the same.',
})
export class LoanTransitionItem {
  @Field(() => ID)
  loanId!: string;

  @Field(() => LoanTransition)
  transition!: LoanTransition;

  @Field(() => String, { nullable: true, description: 'Why the loan is refused: REJECT only, and required there (as rejectLoan).' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The extension in months: EXTEND only, and required there (as extendLoan).' })
  months?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the step was taken (default: today); not in the future, not before the loan's last step.",
  })
  on?: string | null;
}

@InputType({ description: 'Loan steps reported by the lending banks, applied in the order sent.' })
export class ImportLoanTransitionsInput {
  @Field(() => [LoanTransitionItem], { description: '1 to 1,000 steps.' })
  items!: LoanTransitionItem[];
}

export interface ValidTransition {
  loanId: number;
  transition: LoanTransition;
  step: LoanStep;
  /** The day reported, or null for today. */
  on: string | null;
  reason: string | null;
  months: number | null;
}

/** The single-loan mutations name `id`, `reason`, `months`; a refusal naming none is about the step. */
export const TRANSITION_ITEM_FIELDS: FieldOf = renamedFields({ id: 'loanId', reason: 'reason', months: 'months', on: 'on' }, (code) =>
  code === 'NOT_FOUND' ? 'loanId' : 'transition',
);

/** `reason` belongs to REJECT, `months` to EXTEND: sent with another step, it is a mistake in the item. */
function onlyFor(owner: LoanTransition, field: 'reason' | 'months', item: LoanTransitionItem): void {
  const value = item[field];
  if (item.transition !== owner && value !== null && value !== undefined) throw badUserInput(field, `is taken by ${owner} only`);
}

const FIXED_STEPS: Record<Exclude<LoanTransition, LoanTransition.REJECT | LoanTransition.EXTEND>, LoanStep> = {
  [LoanTransition.RECOMMEND]: recommendStep,
  [LoanTransition.REVIEW]: reviewStep,
  [LoanTransition.APPROVE]: approveStep,
  [LoanTransition.DISBURSE]: disburseStep,
  [LoanTransition.REPAY]: repayStep,
  [LoanTransition.DEFAULT]: defaultStep,
  [LoanTransition.COMPENSATE]: compensateStep,
};

/** The step of the single-loan mutation, with its own argument checks (rejectLoan's reason, extendLoan's months). */
function stepOf(item: LoanTransitionItem): { step: LoanStep; reason: string | null; months: number | null } {
  onlyFor(LoanTransition.REJECT, 'reason', item);
  onlyFor(LoanTransition.EXTEND, 'months', item);
  switch (item.transition) {
    case LoanTransition.REJECT: {
      const reason = requiredText('reason', item.reason ?? '', 200);
      return { step: rejectStep(reason), reason, months: null };
    }
    case LoanTransition.EXTEND: {
      if (item.months === null || item.months === undefined) throw badUserInput('months', 'is required for EXTEND');
      const months = validateExtensionMonths(item.months);
      return { step: extendStep(months), reason: null, months };
    }
    default:
      return { step: FIXED_STEPS[item.transition], reason: null, months: null };
  }
}

/**
 * Each step with the single-loan mutation's checks: the id, the step's arguments, the
 * day, and who (FORBIDDEN naming `transition`) where the step names its actor; a
 * refusal's actor depends on the loan's state and is checked when the step is taken.
 */
export function validateTransitionItems(input: ImportLoanTransitionsInput, today: string, viewer: Viewer): Checked<ValidTransition>[] {
  checkBatchSize(input.items);
  return input.items.map((item, index) =>
    validated(index, TRANSITION_ITEM_FIELDS, () => {
      const loanId = positiveId('id', item.loanId);
      const { step, reason, months } = stepOf(item);
      const on = item.on ? notInFuture('on', item.on, today) : null;
      if (typeof step.actor !== 'function') requireActor(viewer, step.actor);
      return { loanId, transition: item.transition, step, on, reason, months };
    }),
  );
}
