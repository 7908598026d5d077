import { type DataSource, In } from 'typeorm';
import { groupLoader } from '../../../../shared/loaders';
import { TaxRegistration } from './tax-registration.entity';

export function createTaxpayerLoaders(db: DataSource) {
  const registrations = db.getRepository(TaxRegistration);
  return {
    registrationsByCreditCode: groupLoader(
      (codes: readonly string[]) => registrations.find({ where: { creditCode: In([...codes]) }, order: { office: 'ASC' } }),
      (r) => r.creditCode,
    ),
  };
}
