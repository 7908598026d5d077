import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import { importResult, importSummary, writtenIds } from '../../../../shared/bulk-import/batch';
import { ImportResult } from '../../../../shared/bulk-import/import-result.types';
import type { FinanceContext } from '../context';
import { ANY_LOAN_ROLE } from '../loan/loan-lifecycle.mutation';
import { ImportLoanTransitionsInput, validateTransitionItems } from './import.inputs';
import { importLoanTransitions } from './import.service';

/**
 * Loan steps reported in bulk by the lending banks. One transaction and one audit row
 * per call (the loans moved, the counts in its detail); each step in its own savepoint,
 * so a refused step is answered FAILED and the others stand.
 */
@Resolver()
export class ImportMutationResolver {
  @Access({ scopes: ANY_LOAN_ROLE, county: true })
  @Mutation(() => ImportResult, {
    description:
      '批量贷款进度 — take up to 1,000 loan steps in order, each as its single-loan mutation would (same actor, state and certificate rules); ' +
      'a step the loan has already taken is UNCHANGED.',
  })
  importLoanTransitions(
    @Arg('input', () => ImportLoanTransitionsInput) input: ImportLoanTransitionsInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<ImportResult> {
    const today = ctx.today();
    const items = validateTransitionItems(input, today, ctx.viewer);
    return auditedWrite(
      ctx,
      { operation: 'importLoanTransitions', entity: 'Loan' },
      async (tx) => importResult(await importLoanTransitions(tx, ctx.viewer, items, today)),
      writtenIds,
      importSummary,
    );
  }
}
