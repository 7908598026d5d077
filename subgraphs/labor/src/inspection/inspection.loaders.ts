import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { InspectionCase } from './inspection-case.entity';
import { SupervisionReport } from './supervision-report.entity';

export function createInspectionLoaders(db: DataSource) {
  const cases = db.getRepository(InspectionCase);
  const reports = db.getRepository(SupervisionReport);
  return {
    inspectionCaseById: rowLoader(
      (ids: readonly number[]) => cases.findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    inspectionCasesByEnterprise: groupLoader(
      (codes: readonly string[]) => cases.find({ where: { enterpriseCreditCode: In([...codes]) }, order: { openedOn: 'ASC', id: 'ASC' } }),
      (c) => c.enterpriseCreditCode,
    ),
    inspectionCasesByReport: groupLoader(
      (ids: readonly number[]) => cases.find({ where: { reportId: In([...ids]) }, order: { id: 'ASC' } }),
      (c) => c.reportId ?? 0,
    ),
    supervisionReportById: rowLoader(
      (ids: readonly number[]) => reports.findBy({ id: In([...ids]) }),
      (r) => r.id,
    ),
  };
}
