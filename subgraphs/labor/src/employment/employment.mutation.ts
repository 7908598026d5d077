import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertVisible } from '../../../../shared/auth/decorators';
import { badUserInput, conflict, notFound } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import type { LaborContext } from '../context';
import { lockPerson } from '../person/household';
import { PostStatus, PublicWelfarePost } from '../welfare-post/public-welfare-post.entity';
import { EmploymentRecord } from './employment-record.entity';
import { RecordEmploymentInput, validateEmployment } from './employment.inputs';
import { endEmployment, startEmployment } from './employment.service';
import { Access } from '../../../../shared/auth/access';
import { notInFuture, positiveId } from '../../../../shared/validate';
import { rowLock } from '../../../../shared/records';

@Resolver(() => EmploymentRecord)
export class EmploymentMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => EmploymentRecord, {
    description:
      '就业再就业登记 — record that a registered, unemployed person found work; the person becomes EMPLOYED and the household flags follow in the same transaction.',
  })
  recordEmployment(
    @Arg('input', () => RecordEmploymentInput) input: RecordEmploymentInput,
    @Ctx() ctx: LaborContext,
  ): Promise<EmploymentRecord> {
    const valid = validateEmployment(input, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'recordEmployment', entity: 'EmploymentRecord' },
      async (tx) => {
        const person = await lockPerson(tx, valid.personId);
        assertVisible(ctx.viewer, person, 'Person', valid.personId);
        const job = {
          kind: valid.kind,
          startedOn: valid.startedOn,
          employerCreditCode: valid.employerCreditCode,
          contractMonths: valid.contractMonths,
          postId: null,
        };
        return startEmployment(tx, person, job, 'input.startedOn');
      },
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
      async (tx) => {
        const found = await tx.findOneBy(EmploymentRecord, { id });
        // The record's county decides, before anything of its person is looked at.
        assertVisible(ctx.viewer, found, 'EmploymentRecord', recordId);
        const person = await lockPerson(tx, found.personId);
        if (!person) throw notFound('Person', found.personId);
        // Re-read under the lock: a concurrent endEmployment may have committed meanwhile.
        const record = await tx.findOneOrFail(EmploymentRecord, { where: { id }, ...rowLock(tx) });
        if (record.endedOn !== null) throw conflict(`employment record ${recordId} already ended on ${record.endedOn}`);
        if (endedOn < record.startedOn) throw badUserInput('endedOn', `is before the start on ${record.startedOn}`);
        await endEmployment(tx, person, record, endedOn);
        if (record.postId !== null) {
          await tx.update(
            PublicWelfarePost,
            { id: record.postId },
            { status: PostStatus.OPEN, filledById: null, filledOn: null, reportedOn: endedOn },
          );
        }
        return tx.findOneByOrFail(EmploymentRecord, { id });
      },
      (record) => [record.id],
    );
  }
}
