import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { AssessmentCertificate, EnterpriseReliefAssessment } from './assessment.entity';

export function createAssessmentLoaders(db: DataSource) {
  const assessments = db.getRepository(EnterpriseReliefAssessment);
  const certificates = db.getRepository(AssessmentCertificate);
  return {
    assessmentById: rowLoader(
      (ids: readonly number[]) => assessments.findBy({ id: In([...ids]) }),
      (a) => a.id,
    ),
    assessmentsByEnterprise: groupLoader(
      (codes: readonly string[]) => assessments.find({ where: { enterpriseCreditCode: In([...codes]) }, order: { id: 'ASC' } }),
      (a) => a.enterpriseCreditCode,
    ),
    certificatesByAssessment: groupLoader(
      (ids: readonly number[]) => certificates.find({ where: { assessmentId: In([...ids]) }, order: { certificateNumber: 'ASC' } }),
      (c) => c.assessmentId,
    ),
  };
}
