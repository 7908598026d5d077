import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { LaborContext } from '../context';
import { HandleSupervisionReportInput, ReceiveSupervisionReportInput, validateHandling, validateReport } from './report.inputs';
import { SupervisionReport } from './supervision-report.entity';
import { Access } from '../../../../shared/auth/access';
import { handleSupervisionReport, receiveSupervisionReport } from './inspection.service';

@Resolver(() => SupervisionReport)
export class SupervisionReportMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => SupervisionReport, { description: '受理监督举报 — record a report from the public.' })
  receiveSupervisionReport(
    @Arg('input', () => ReceiveSupervisionReportInput) input: ReceiveSupervisionReportInput,
    @Ctx() ctx: LaborContext,
  ): Promise<SupervisionReport> {
    const valid = validateReport(input, ctx.today());
    assertCounty(ctx.viewer, valid.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'receiveSupervisionReport', entity: 'SupervisionReport' },
      (tx) => receiveSupervisionReport(tx, valid),
      (r) => [r.id],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => SupervisionReport, {
    description:
      '办理/办结 — RECEIVED → IN_PROGRESS → CLOSED (with the answer); closing waits for the inspection cases opened on the report.',
  })
  handleSupervisionReport(
    @Arg('input', () => HandleSupervisionReportInput) input: HandleSupervisionReportInput,
    @Ctx() ctx: LaborContext,
  ): Promise<SupervisionReport> {
    const valid = validateHandling(input);
    return auditedWrite(
      ctx,
      { operation: 'handleSupervisionReport', entity: 'SupervisionReport' },
      (tx) => handleSupervisionReport(tx, ctx.viewer, valid, ctx.today()),
      (r) => [r.id],
    );
  }
}
