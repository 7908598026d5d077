import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import type { CommerceContext } from '../context';
import { CloseBusinessInput, validateClosure } from './closure.inputs';
import { closeBusiness } from './closure.service';
import { Enterprise } from './enterprise.entity';

@Resolver(() => Enterprise)
export class ClosureMutationResolver {
  /**
   * The county is the entry's, read under its lock: a county-limited token of another
   * county gets NOT_FOUND, as for any of that county's records.
   */
  @Access({ scopes: ['commerce:write'], county: true })
  @Mutation(() => Enterprise, {
    description:
      '注销登记 — close a register entry on its last day: its staff leave the statistics from that month, its fee exemption ends, labor ends the owner’s self-employment and tax the relief.',
  })
  closeBusiness(@Arg('input', () => CloseBusinessInput) input: CloseBusinessInput, @Ctx() ctx: CommerceContext): Promise<Enterprise> {
    const closure = validateClosure(input, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'closeBusiness', entity: 'Enterprise' },
      (tx) => closeBusiness(tx, ctx.viewer, closure),
      (e) => [e.creditCode],
    );
  }
}
