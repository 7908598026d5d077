import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { CommerceContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { UpdateEmployeeCountInput, validateEmployeeCountUpdate } from './employee-count.inputs';
import { Access } from '../../../../shared/auth/access';
import { updateEmployeeCount } from './employee-count.service';

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
      (tx) => updateEmployeeCount(tx, ctx.viewer, update),
      (e) => [e.creditCode],
    );
  }
}
