import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { LaborContext } from '../context';
import { EmploymentTarget } from './employment-target.entity';
import { SetEmploymentTargetsInput, validateTargetTable } from './targets.inputs';
import { setEmploymentTargets } from './targets.service';
import { Access } from '../../../../shared/auth/access';

/** The joint office's write of the target table (labor keeps it: the progress figures are judged on it). */
@Resolver(() => EmploymentTarget)
export class EmploymentTargetMutationResolver {
  @Access({ scopes: ['joint:write'] })
  @Mutation(() => EmploymentTarget, {
    description:
      "下达目标责任 — the joint office sets (or replaces) the year's whole target table: the city's figures and every county's share, whose counts must add up to the city's. Returns the city's row.",
  })
  setEmploymentTargets(
    @Arg('input', () => SetEmploymentTargetsInput) input: SetEmploymentTargetsInput,
    @Ctx() ctx: LaborContext,
  ): Promise<EmploymentTarget> {
    const table = validateTargetTable(input);
    return auditedWrite(
      ctx,
      { operation: 'setEmploymentTargets', entity: 'EmploymentTarget' },
      (tx) => setEmploymentTargets(tx, table),
      (city) => [`${city.year}`],
    );
  }
}
