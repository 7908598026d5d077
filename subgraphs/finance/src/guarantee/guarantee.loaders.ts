import { type DataSource, In } from 'typeorm';
import { rowLoader } from '../../../../shared/loaders';
import { GuaranteeFund } from './guarantee-fund.entity';

export function createGuaranteeLoaders(db: DataSource) {
  const funds = db.getRepository(GuaranteeFund);
  return {
    guaranteeFundById: rowLoader(
      (ids: readonly number[]) => funds.findBy({ id: In([...ids]) }),
      (f) => f.id,
    ),
    guaranteeFundByCounty: rowLoader(
      (codes: readonly string[]) => funds.findBy({ countyCode: In([...codes]) }),
      (f) => f.countyCode,
    ),
  };
}
