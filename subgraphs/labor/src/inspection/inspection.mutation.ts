import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { Viewer } from '../../../../shared/auth/viewer';
import { badUserInput, conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { InspectionCase } from './inspection-case.entity';
import { CaseStatus, ReportStatus } from './inspection.enums';
import { positiveId } from '../../../../shared/validate';
import { CloseInspectionCaseInput, OpenInspectionCaseInput, validateCase, validateClosing, type ValidCase } from './inspection.inputs';
import { SupervisionReport } from './supervision-report.entity';
import { Access } from '../../../../shared/auth/access';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

/** A case opened on a report must match it; the report is then being handled. */
async function takeUpReport(tx: EntityManager, valid: ValidCase & { reportId: number }, viewer: Viewer): Promise<void> {
  const report = await findOrNotFound(tx, SupervisionReport, { id: valid.reportId }, { viewer, lock: true });
  if (report.countyCode !== valid.countyCode) throw badUserInput('input.reportId', `the report concerns county ${report.countyCode}`);
  if (report.status === ReportStatus.CLOSED)
    throw conflict(`supervision report ${report.id} is already closed`, { field: 'input.reportId' });
  if (report.enterpriseCreditCode !== null && report.enterpriseCreditCode !== valid.enterpriseCreditCode) {
    throw badUserInput('input.enterpriseCreditCode', `the report is about enterprise ${report.enterpriseCreditCode}`);
  }
  if (valid.openedOn < report.receivedOn) throw badUserInput('input.openedOn', `is before the report was received on ${report.receivedOn}`);
  if (report.status === ReportStatus.RECEIVED) await tx.update(SupervisionReport, { id: report.id }, { status: ReportStatus.IN_PROGRESS });
}

@Resolver(() => InspectionCase)
export class InspectionCaseMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => InspectionCase, { description: '劳动监察立案 — open a case against an enterprise, possibly on a supervision report.' })
  openInspectionCase(
    @Arg('input', () => OpenInspectionCaseInput) input: OpenInspectionCaseInput,
    @Ctx() ctx: LaborContext,
  ): Promise<InspectionCase> {
    const valid = validateCase(input, ctx.today());
    assertCounty(ctx.viewer, valid.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'openInspectionCase', entity: 'InspectionCase' },
      async (tx) => {
        if (valid.reportId !== null) await takeUpReport(tx, { ...valid, reportId: valid.reportId }, ctx.viewer);
        return insertAndFetch(tx, InspectionCase, {
          ...valid,
          status: CaseStatus.OPEN,
          closedOn: null,
          outcome: null,
          outcomeNote: null,
          amountRecovered: null,
        });
      },
      (c) => [c.id],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => InspectionCase, { description: '结案 — close an open case with its outcome; a closed case stays closed.' })
  closeInspectionCase(
    @Arg('input', () => CloseInspectionCaseInput) input: CloseInspectionCaseInput,
    @Ctx() ctx: LaborContext,
  ): Promise<InspectionCase> {
    const id = positiveId('input.caseId', input.caseId);
    return auditedWrite(
      ctx,
      { operation: 'closeInspectionCase', entity: 'InspectionCase' },
      async (tx) => {
        const kase = await findOrNotFound(tx, InspectionCase, { id }, { viewer: ctx.viewer, lock: true });
        if (kase.status === CaseStatus.CLOSED) throw conflict(`inspection case ${id} was closed on ${kase.closedOn}`);
        const closing = validateClosing(input, kase, ctx.today());
        await tx.update(InspectionCase, { id }, { ...closing, status: CaseStatus.CLOSED });
        return tx.findOneByOrFail(InspectionCase, { id });
      },
      (c) => [c.id],
    );
  }
}
