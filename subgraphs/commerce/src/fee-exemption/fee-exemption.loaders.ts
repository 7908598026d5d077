import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { FeeExemption } from './fee-exemption.entity';
import { createCertificateRecordLoader } from '../../../../shared/certificate-replica/record';

export function createFeeExemptionLoaders(db: DataSource) {
  const exemptions = db.getRepository(FeeExemption);
  return {
    certificateRecord: createCertificateRecordLoader(db),
    feeExemptionsByCertificate: groupLoader(
      (numbers: readonly string[]) =>
        exemptions.find({ where: { certificateNumber: In([...numbers]) }, order: { validFrom: 'ASC', id: 'ASC' } }),
      (f) => f.certificateNumber,
    ),
    feeExemptionByEnterprise: rowLoader(
      (codes: readonly string[]) => exemptions.findBy({ enterpriseCreditCode: In([...codes]) }),
      (f) => f.enterpriseCreditCode,
    ),
  };
}
