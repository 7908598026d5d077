import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { DateScalar } from '../../../../shared/scalars';
import type { LaborContext } from '../context';
import { EmploymentRecord } from './employment-record.entity';
import { RecordEmploymentInput, validateEmployment } from './employment.inputs';
import { Access } from '../../../../shared/auth/access';
import { notInFuture, positiveId } from '../../../../shared/validate';
import { endEmploymentRecord, recordEmployment } from './employment.service';

@Resolver(() => EmploymentRecord)
export class EmploymentMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => EmploymentRecord, {
    description:
      '就业再就业登记 — record that a registered person found work; the person becomes EMPLOYED and the household flags follow in the same transaction. Flexible work may be recorded beside open jobs (several employers, §5 of the notice), a full-time job only beside flexible work (else BAD_USER_INPUT on input.kind).',
  })
  recordEmployment(
    @Arg('input', () => RecordEmploymentInput) input: RecordEmploymentInput,
    @Ctx() ctx: LaborContext,
  ): Promise<EmploymentRecord> {
    const valid = validateEmployment(input, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'recordEmployment', entity: 'EmploymentRecord' },
      (tx) => recordEmployment(tx, ctx.viewer, valid, ctx.today()),
      (record) => [record.id],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => EmploymentRecord, {
    description:
      '终止就业 — the job ended: the person is unemployed again (unless another job is open), the household flags follow, and a public-welfare post falls vacant.',
  })
  endEmployment(
    @Arg('recordId', () => ID) recordId: string,
    @Arg('endedOn', () => DateScalar) endedOn: string,
    @Ctx() ctx: LaborContext,
  ): Promise<EmploymentRecord> {
    const id = positiveId('recordId', recordId);
    notInFuture('endedOn', endedOn, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'endEmployment', entity: 'EmploymentRecord' },
      (tx) => endEmploymentRecord(tx, ctx.viewer, id, recordId, endedOn, ctx.today()),
      (record) => [record.id],
    );
  }
}
