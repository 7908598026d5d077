import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import type { LaborContext } from '../context';
import { SetUrbanLaborForceInput, validateUrbanLaborForce } from './labor-force.inputs';
import { setUrbanLaborForce } from './labor-force.service';
import { UrbanLaborForce } from './urban-labor-force.entity';

/** The joint office's write of a county's labour force, as it writes the target table the rate is judged on. */
@Resolver(() => UrbanLaborForce)
export class UrbanLaborForceMutationResolver {
  @Access({ scopes: ['joint:write'] })
  @Mutation(() => UrbanLaborForce, {
    description:
      "城镇从业人员 — the joint office sets (or replaces) a county's urban labour force for a year: the base of that year's registered unemployment rate.",
  })
  setUrbanLaborForce(
    @Arg('input', () => SetUrbanLaborForceInput) input: SetUrbanLaborForceInput,
    @Ctx() ctx: LaborContext,
  ): Promise<UrbanLaborForce> {
    const figure = validateUrbanLaborForce(input);
    return auditedWrite(
      ctx,
      { operation: 'setUrbanLaborForce', entity: 'UrbanLaborForce' },
      (tx) => setUrbanLaborForce(tx, ctx.viewer, figure),
      (row) => [`${row.countyCode}:${row.year}`],
    );
  }
}
