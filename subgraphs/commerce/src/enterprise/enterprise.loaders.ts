import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { Enterprise } from './enterprise.entity';

export function createEnterpriseLoaders(db: DataSource) {
  const enterprises = db.getRepository(Enterprise);
  return {
    enterpriseByCode: rowLoader(
      (codes: readonly string[]) => enterprises.findBy({ creditCode: In([...codes]) }),
      (e) => e.creditCode,
    ),
    businessesByOwner: groupLoader(
      (ids: readonly number[]) => enterprises.find({ where: { ownerId: In([...ids]) }, order: { registeredOn: 'ASC', creditCode: 'ASC' } }),
      (e) => e.ownerId ?? 0,
    ),
  };
}
