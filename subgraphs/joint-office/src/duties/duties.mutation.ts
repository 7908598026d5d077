import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import type { OfficeContext } from '../context';
import { markDutyDone } from './duties.service';
import { Duty } from './duty.types';

@Resolver(() => Duty)
export class DutiesMutationResolver {
  @Access({ scopes: ['joint:write'] })
  @Mutation(() => Duty, { description: '办结 — record that a duty was done (on `doneOn`, default the business date).' })
  markDutyDone(
    @Arg('id', () => ID) id: string,
    @Arg('doneOn', () => DateScalar, { nullable: true }) doneOn: string | null,
    @Ctx() ctx: OfficeContext,
  ): Promise<Duty> {
    const today = ctx.today();
    const key = Number(id);
    if (!Number.isSafeInteger(key) || key < 1) throw badUserInput('id', 'is not a duty id');
    const day = doneOn || today;
    if (day > today) throw badUserInput('doneOn', `is after the business date ${today}`);
    return auditedWrite(
      ctx,
      { operation: 'markDutyDone', entity: 'Duty' },
      (tx) => markDutyDone(tx, ctx.viewer, { key, id, doneOn: day, today }),
      (d) => [d.id],
    );
  }
}
