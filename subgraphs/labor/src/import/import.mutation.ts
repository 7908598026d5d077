import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import { importResult, importSummary, writtenIds } from '../../../../shared/bulk-import/batch';
import { ImportResult } from '../../../../shared/bulk-import/import-result.types';
import type { LaborContext } from '../context';
import { ImportEmploymentRecordsInput, ImportPersonsInput, validateEmploymentItems, validatePersonItems } from './import.inputs';
import { importEmploymentRecords } from './employment-import.service';
import { importPersons } from './person-import.service';

/**
 * Bulk imports of what the data-integration partners send. One transaction and one audit
 * row per call (the ids written, the counts in its detail); each item is written in its
 * own savepoint, so a refused item is answered FAILED and the others stand.
 */
@Resolver()
export class ImportMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ImportResult, {
    description:
      '批量登记 — register up to 1,000 persons from the street and community platforms, each as registerPerson would; ' +
      'a person already on file with the same data is UNCHANGED, with other data FAILED naming the fields.',
  })
  importPersons(@Arg('input', () => ImportPersonsInput) input: ImportPersonsInput, @Ctx() ctx: LaborContext): Promise<ImportResult> {
    const today = ctx.today();
    const items = validatePersonItems(input, today, ctx.viewer);
    return auditedWrite(
      ctx,
      { operation: 'importPersons', entity: 'Person' },
      async (tx) => importResult(await importPersons(tx, ctx.viewer, items, today)),
      writtenIds,
      importSummary,
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ImportResult, {
    description:
      '批量就业登记 — record up to 1,000 jobs reported by the job-referral agencies, each as recordEmployment would; ' +
      'the same person, employer, start date and kind already on file is UNCHANGED.',
  })
  importEmploymentRecords(
    @Arg('input', () => ImportEmploymentRecordsInput) input: ImportEmploymentRecordsInput,
    @Ctx() ctx: LaborContext,
  ): Promise<ImportResult> {
    const today = ctx.today();
    const items = validateEmploymentItems(input, today);
    return auditedWrite(
      ctx,
      { operation: 'importEmploymentRecords', entity: 'EmploymentRecord' },
      async (tx) => importResult(await importEmploymentRecords(tx, ctx.viewer, items, today)),
      writtenIds,
      importSummary,
    );
  }
}
