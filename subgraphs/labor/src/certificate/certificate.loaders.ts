import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { ReemploymentCertificate } from './certificate.entity';
import { CertificateChange } from './certificate-change.entity';
import { CertificateReview } from './certificate-review.entity';

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
    changesByNumber: groupLoader(
      (numbers: readonly string[]) =>
        db.getRepository(CertificateChange).find({ where: { number: In([...numbers]) }, order: { sequence: 'ASC' } }),
      (c) => c.number,
    ),
    reviewsByNumber: groupLoader(
      (numbers: readonly string[]) =>
        db.getRepository(CertificateReview).find({ where: { number: In([...numbers]) }, order: { year: 'ASC' } }),
      (r) => r.number,
    ),
  };
}
