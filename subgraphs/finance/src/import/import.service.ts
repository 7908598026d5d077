import { type EntityManager, In } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { type Checked, created, failed, type ItemOutcome, refusal, unchanged, writeItem } from '../../../../shared/bulk-import/batch';
import type { ImportItemError } from '../../../../shared/bulk-import/import-result.types';
import { notFound } from '../../../../shared/errors';
import { Loan } from '../loan/loan.entity';
import { takeLoanStep } from '../loan/loan.service';
import { TRANSITION_ITEM_FIELDS, type ValidTransition } from './import.inputs';
import { alreadyTaken, dateOfStep, lastStepOn } from './import.rules';
import { LoanTransition } from './import.enums';

/**
 * A step the loan has already taken: UNCHANGED, unless the item reports it otherwise
 * than the loan records it (another day, reason or length), which is FAILED naming the field.
 */
function againstLoan(index: number, loan: Loan, valid: ValidTransition): ItemOutcome {
  const errors: ImportItemError[] = [];
  const recorded = dateOfStep(loan, valid.transition);
  if (valid.on !== null && recorded !== null && valid.on !== recorded) {
    errors.push(refusal(index, 'on', 'CONFLICT', `loan ${loan.id} records this step on ${recorded}`));
  }
  if (valid.transition === LoanTransition.REJECT && valid.reason !== loan.rejectionReason) {
    errors.push(refusal(index, 'reason', 'CONFLICT', `loan ${loan.id} was refused with another reason: ${loan.rejectionReason ?? ''}`));
  }
  if (valid.transition === LoanTransition.EXTEND && valid.months !== loan.extensionMonths) {
    errors.push(refusal(index, 'months', 'CONFLICT', `loan ${loan.id} is extended by ${loan.extensionMonths} months`));
  }
  return errors.length ? failed(...errors) : unchanged(loan.id);
}

/**
 * Takes the batch's steps in order, each with takeLoanStep (state, actor, certificate
 * recheck, guarantee fund and subsidy schedule as for one loan) in its own savepoint, on
 * the day reported. The loans are read with one query; each step taken updates the
 * batch's copy, so a later item on the same loan sees where the earlier one left it.
 */
export async function importLoanTransitions(
  tx: EntityManager,
  viewer: Viewer,
  items: readonly Checked<ValidTransition>[],
  today: string,
): Promise<ItemOutcome[]> {
  const ids = [...new Set(items.flatMap((item) => (item.ok ? [item.value.loanId] : [])))];
  const loans = new Map((ids.length ? await tx.findBy(Loan, { id: In(ids) }) : []).map((loan) => [loan.id, loan]));
  const outcomes: ItemOutcome[] = [];
  for (const [index, item] of items.entries()) {
    if (!item.ok) {
      outcomes.push(item.outcome);
      continue;
    }
    const valid = item.value;
    const loan = loans.get(valid.loanId);
    // Another county's loan is answered as one that does not exist, as the single steps do.
    if (!loan || !canAccessCounty(viewer, loan.countyCode)) {
      outcomes.push(failed(refusal(index, 'loanId', 'NOT_FOUND', notFound('Loan', valid.loanId).message)));
      continue;
    }
    if (alreadyTaken(loan, valid.transition)) {
      outcomes.push(againstLoan(index, loan, valid));
      continue;
    }
    const on = valid.on ?? today;
    const last = lastStepOn(loan);
    if (on < last) {
      outcomes.push(failed(refusal(index, 'on', 'BAD_USER_INPUT', `is before the loan's last step on ${last}`)));
      continue;
    }
    outcomes.push(
      await writeItem(tx, index, TRANSITION_ITEM_FIELDS, async (savepoint) => {
        const moved = await takeLoanStep(savepoint, viewer, loan.id, valid.step, on);
        loans.set(moved.id, moved);
        return created(moved.id);
      }),
    );
  }
  return outcomes;
}
