import type { EntityManager } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { conflict } from '../../../../shared/errors';
import type { FinanceContext } from '../context';
import { type LoanActor, requireActor } from './loan-actors';
import { Loan } from './loan.entity';
import type { LoanStatus } from './loan.enums';
import { positiveId } from '../../../../shared/validate';
import { findOrNotFound } from '../../../../shared/records';

/** One step of the loan lifecycle: the states it leaves, the state it enters, who takes it. */
export interface LoanStep {
  operation: string;
  from: readonly LoanStatus[];
  to: LoanStatus;
  /** Who may take the step; reject depends on the state the loan is in. */
  actor: LoanActor | ((loan: Loan) => LoanActor);
  /** Columns the step sets besides the status; may refuse with BAD_USER_INPUT. */
  fields?: (loan: Loan, today: string) => Partial<Loan>;
  /**
   * Writes of the same transaction after the status has moved (guarantee fund, subsidy
   * schedule); may return more loan columns to set, or refuse, rolling everything back.
   */
  effects?: (tx: EntityManager, loan: Loan, today: string) => Promise<Partial<Loan> | void>;
}

/**
 * Runs a step in one audited transaction: who (FORBIDDEN), which county, which state
 * (CONFLICT), the step's own rules (BAD_USER_INPUT), then a status UPDATE conditional on
 * the state read, so two concurrent steps on one loan cannot both pass. Any refusal rolls
 * everything back.
 */
export function takeLoanStep(ctx: FinanceContext, loanId: string, step: LoanStep): Promise<Loan> {
  const id = positiveId('id', loanId);
  if (typeof step.actor !== 'function') requireActor(ctx.viewer, step.actor);
  return auditedWrite(
    ctx,
    { operation: step.operation, entity: 'Loan' },
    async (tx) => {
      const loan = await findOrNotFound(tx, Loan, { id }, { viewer: ctx.viewer });
      if (!step.from.includes(loan.status)) {
        throw conflict(`loan ${id} is ${loan.status}; ${step.operation} needs ${step.from.join(' or ')}`, { status: loan.status });
      }
      // Who answers depends on the state, so it is known only now.
      if (typeof step.actor === 'function') requireActor(ctx.viewer, step.actor(loan));
      const today = ctx.today();
      const fields = step.fields?.(loan, today) ?? {};
      const moved = await tx.update(Loan, { id, status: loan.status }, { ...fields, status: step.to });
      if (moved.affected !== 1) throw conflict(`loan ${id} changed while ${step.operation} was in progress; retry`);
      const more = await step.effects?.(tx, { ...loan, ...fields, status: step.to }, today);
      if (more) await tx.update(Loan, { id }, more);
      return tx.findOneByOrFail(Loan, { id });
    },
    (loan) => [loan.id],
  );
}
