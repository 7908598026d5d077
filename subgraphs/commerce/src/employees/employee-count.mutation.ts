import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { badUserInput } from '../../../../shared/errors';
import type { CommerceContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EmployeeCount } from './employee-count.entity';
import { UpdateEmployeeCountInput, validateEmployeeCountUpdate } from './employee-count.inputs';
import { Access } from '../../../../shared/auth/access';
import { findOrNotFound } from '../../../../shared/records';

@Resolver(() => Enterprise)
export class EmployeeCountMutationResolver {
  /**
   * Counts only move forward in time: a change dated before the last recorded one would
   * rewrite a month already reported to the joint meeting.
   */
  @Access({ scopes: ['commerce:write'], county: true })
  @Mutation(() => Enterprise, {
    description:
      "从业人员变更 — record a register entry's new number of employees (commerce counts individual and private business staff).",
  })
  updateEmployeeCount(
    @Arg('input', () => UpdateEmployeeCountInput) input: UpdateEmployeeCountInput,
    @Ctx() ctx: CommerceContext,
  ): Promise<Enterprise> {
    const update = validateEmployeeCountUpdate(input, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'updateEmployeeCount', entity: 'Enterprise' },
      async (tx) => {
        const enterprise = await findOrNotFound(tx, Enterprise, { creditCode: update.creditCode }, { viewer: ctx.viewer });
        if (update.effectiveOn < enterprise.registeredOn) {
          throw badUserInput('input.effectiveOn', `precedes the registration of ${enterprise.creditCode} (${enterprise.registeredOn})`);
        }
        const last = await tx.findOne(EmployeeCount, {
          where: { creditCode: enterprise.creditCode },
          order: { effectiveOn: 'DESC', id: 'DESC' },
        });
        if (last && update.effectiveOn < last.effectiveOn) {
          throw badUserInput('input.effectiveOn', `precedes the last recorded count (${last.employeeCount} from ${last.effectiveOn})`);
        }
        await tx.insert(EmployeeCount, {
          creditCode: enterprise.creditCode,
          effectiveOn: update.effectiveOn,
          employeeCount: update.employeeCount,
        });
        await tx.update(Enterprise, { creditCode: enterprise.creditCode }, { employeeCount: update.employeeCount });
        return tx.findOneByOrFail(Enterprise, { creditCode: enterprise.creditCode });
      },
      (e) => [e.creditCode],
    );
  }
}
