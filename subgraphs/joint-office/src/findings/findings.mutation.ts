import { Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import type { OfficeContext } from '../context';
import { findInconsistencies } from './check-run';
import { ConsistencyCheckRun } from './finding.types';
import { reconcileFindings } from './findings.service';

@Resolver()
export class FindingsMutationResolver {
  @Access({ scopes: ['joint:write'] })
  @Mutation(() => ConsistencyCheckRun, {
    description:
      "督查 — run every consistency check now over the departments' records, read through the gateway: findings no longer found are resolved. Refused with SNAPSHOT_INCOMPLETE (and nothing recorded) when a department cannot be read in full.",
  })
  async runConsistencyChecks(@Ctx() ctx: OfficeContext): Promise<ConsistencyCheckRun> {
    // The departments are read and checked before the transaction: no lock waits on the network.
    const drafts = await findInconsistencies(ctx.loaders.gateway);
    return auditedWrite(
      ctx,
      { operation: 'runConsistencyChecks', entity: 'ConsistencyFinding' },
      (tx) => reconcileFindings(tx, drafts),
      (run) => [run.id],
    );
  }
}
