import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import type { OfficeContext } from '../context';
import { validateReportMonth } from '../period';
import { readCountyFigures } from './area-figures';
import { toCircular } from './circular.map';
import { publishCircular } from './circular.service';
import { Circular } from './circular.types';

@Resolver(() => Circular)
export class CircularMutationResolver {
  @Access({ scopes: ['joint:write'] })
  @Mutation(() => Circular, {
    description:
      "发布通报 — freeze the month as a circular: every area's figures read through the gateway now, the counties behind schedule, the open findings and the late duties. Publishing a month again issues the next version; earlier ones stay readable. Refused with SNAPSHOT_INCOMPLETE when a department cannot be read in full.",
  })
  async publishCircular(
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: OfficeContext,
  ): Promise<Circular> {
    const today = ctx.today();
    validateReportMonth(year, month, today);
    // The departments are read before the transaction: no lock waits on the network.
    const reading = await readCountyFigures(ctx.loaders.gateway, year, month);
    const record = await auditedWrite(
      ctx,
      { operation: 'publishCircular', entity: 'Circular' },
      (tx) => publishCircular(tx, ctx.viewer, reading, { year, month, today }),
      (r) => [r.id],
    );
    return toCircular(record);
  }
}
