import type { DataSource } from 'typeorm';
import { buildDemoWorld, type DemoWorld } from '../../../../demo/world';
import { seedIfEmpty } from '../../../../shared/seeding';
import { InspectionCase } from './inspection-case.entity';
import { CaseOutcome, CaseStatus, InspectionKind, ReportChannel, ReportStatus, ReportSubject } from './inspection.enums';
import { SupervisionReport } from './supervision-report.entity';

/**
 * Per county: a hotline report about its first demo enterprise with the wage case opened
 * on it, still open, and a closed no-contract case against its second enterprise.
 */
export function seedInspectionDemo(db: DataSource, world: DemoWorld = buildDemoWorld()): Promise<boolean> {
  return seedIfEmpty(db, SupervisionReport, async (tx) => {
    for (const county of world.counties) {
      const [first, second] = world.enterprises.filter((e) => e.countyCode === county.code);
      if (!first || !second) continue;
      const report = await tx.insert(SupervisionReport, {
        countyCode: county.code,
        receivedOn: '2003-07-18',
        channel: ReportChannel.HOTLINE,
        subject: ReportSubject.LABOR_VIOLATION,
        content: `${first.name}拖欠下岗再就业职工两个月工资`,
        enterpriseCreditCode: first.creditCode,
        reporterContact: null,
        status: ReportStatus.IN_PROGRESS,
        handlingNote: '已转劳动监察大队立案',
        closedOn: null,
      });
      const open = {
        countyCode: county.code,
        status: CaseStatus.OPEN,
        closedOn: null,
        outcome: null,
        outcomeNote: null,
        amountRecovered: null,
      };
      await tx.insert(InspectionCase, {
        ...open,
        enterpriseCreditCode: first.creditCode,
        kind: InspectionKind.WAGE_ARREARS,
        openedOn: '2003-07-21',
        summary: '经举报立案：拖欠工资',
        workersAffected: 8,
        reportId: Number(report.identifiers[0].id),
      });
      await tx.insert(InspectionCase, {
        ...open,
        enterpriseCreditCode: second.creditCode,
        kind: InspectionKind.NO_LABOR_CONTRACT,
        openedOn: '2003-06-10',
        summary: '用工大检查：招用人员未签订劳动合同',
        workersAffected: 15,
        reportId: null,
        status: CaseStatus.CLOSED,
        closedOn: '2003-07-08',
        outcome: CaseOutcome.RECTIFIED,
        outcomeNote: '已责令补签劳动合同，复查合格',
      });
    }
  });
}
