import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { SubsidyPayment } from './subsidy-payment.entity';

export function createSubsidyLoaders(db: DataSource) {
  const payments = db.getRepository(SubsidyPayment);
  const order = { paidOn: 'ASC', id: 'ASC' } as const;
  return {
    subsidyById: rowLoader(
      (ids: readonly number[]) => payments.findBy({ id: In([...ids]) }),
      (p) => p.id,
    ),
    subsidiesByPerson: groupLoader(
      (ids: readonly number[]) => payments.find({ where: { personId: In([...ids]) }, order }),
      (p) => p.personId ?? 0,
    ),
    subsidiesByEnterprise: groupLoader(
      (codes: readonly string[]) => payments.find({ where: { enterpriseCreditCode: In([...codes]) }, order }),
      (p) => p.enterpriseCreditCode ?? '',
    ),
  };
}
