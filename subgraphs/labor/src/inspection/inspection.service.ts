import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { badUserInput, conflict } from '../../../../shared/errors';
import { InspectionCase } from './inspection-case.entity';
import { CaseStatus, ReportStatus } from './inspection.enums';
import { type CloseInspectionCaseInput, validateClosing, type ValidCase } from './inspection.inputs';
import { SupervisionReport } from './supervision-report.entity';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';
import type { validateHandling, validateReport } from './report.inputs';

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

/** Opens a case, taking up the supervision report it is opened on. */
export async function openInspectionCase(tx: EntityManager, viewer: Viewer, valid: ValidCase): Promise<InspectionCase> {
  if (valid.reportId !== null) await takeUpReport(tx, { ...valid, reportId: valid.reportId }, viewer);
  return insertAndFetch(tx, InspectionCase, {
    ...valid,
    status: CaseStatus.OPEN,
    closedOn: null,
    outcome: null,
    outcomeNote: null,
    amountRecovered: null,
  });
}

/** Closes an open case with its outcome (checked against the case); a closed case stays closed. */
export async function closeInspectionCase(
  tx: EntityManager,
  viewer: Viewer,
  id: number,
  input: CloseInspectionCaseInput,
  today: string,
): Promise<InspectionCase> {
  const kase = await findOrNotFound(tx, InspectionCase, { id }, { viewer, lock: true });
  if (kase.status === CaseStatus.CLOSED) throw conflict(`inspection case ${id} was closed on ${kase.closedOn}`);
  const closing = validateClosing(input, kase, today);
  await tx.update(InspectionCase, { id }, { ...closing, status: CaseStatus.CLOSED });
  return tx.findOneByOrFail(InspectionCase, { id });
}

/** Records a report from the public, RECEIVED. */
export async function receiveSupervisionReport(tx: EntityManager, valid: ReturnType<typeof validateReport>): Promise<SupervisionReport> {
  return insertAndFetch(tx, SupervisionReport, { ...valid, status: ReportStatus.RECEIVED, handlingNote: null, closedOn: null });
}

/** Moves a report on (RECEIVED → IN_PROGRESS → CLOSED); closing waits for the cases opened on it. */
export async function handleSupervisionReport(
  tx: EntityManager,
  viewer: Viewer,
  valid: ReturnType<typeof validateHandling>,
  today: string,
): Promise<SupervisionReport> {
  const report = await findOrNotFound(tx, SupervisionReport, { id: valid.reportId }, { viewer, lock: true });
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
      closedOn: valid.status === ReportStatus.CLOSED ? today : null,
    },
  );
  return tx.findOneByOrFail(SupervisionReport, { id: report.id });
}
