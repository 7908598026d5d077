import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { InspectionCase } from './inspection-case.entity';
import { CaseStatus, ReportStatus } from './inspection.enums';
import { HandleSupervisionReportInput, ReceiveSupervisionReportInput, validateHandling, validateReport } from './report.inputs';
import { SupervisionReport } from './supervision-report.entity';
import { Access } from '../../../../shared/auth/access';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

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
      async (tx) => {
        return insertAndFetch(tx, SupervisionReport, { ...valid, status: ReportStatus.RECEIVED, handlingNote: null, closedOn: null });
      },
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
      async (tx) => {
        const report = await findOrNotFound(tx, SupervisionReport, { id: valid.reportId }, { viewer: ctx.viewer, lock: true });
        if (report.status === ReportStatus.CLOSED) throw conflict(`supervision report ${report.id} was closed on ${report.closedOn}`);
        if (report.status === valid.status)
          throw conflict(`supervision report ${report.id} is already ${report.status}`, { field: 'input.status' });
        if (valid.status === ReportStatus.CLOSED && (await tx.existsBy(InspectionCase, { reportId: report.id, status: CaseStatus.OPEN }))) {
          throw conflict(`an inspection case opened on report ${report.id} is still open`, { field: 'input.status' });
        }
        await tx.update(
          SupervisionReport,
          { id: report.id },
          {
            status: valid.status,
            handlingNote: valid.note ?? report.handlingNote,
            closedOn: valid.status === ReportStatus.CLOSED ? ctx.today() : null,
          },
        );
        return tx.findOneByOrFail(SupervisionReport, { id: report.id });
      },
      (r) => [r.id],
    );
  }
}
