import { type DataSource, In } from 'typeorm';
import { rowLoader } from '../../../../shared/loaders';
import { ReemploymentCertificate } from './certificate.entity';

export function createCertificateLoaders(db: DataSource) {
  const certificates = db.getRepository(ReemploymentCertificate);
  return {
    certificateByNumber: rowLoader(
      (numbers: readonly string[]) => certificates.findBy({ number: In([...numbers]) }),
      (c) => c.number,
    ),
    certificateByHolder: rowLoader(
      (holderIds: readonly number[]) => certificates.findBy({ holderId: In([...holderIds]) }),
      (c) => c.holderId,
    ),
  };
}
