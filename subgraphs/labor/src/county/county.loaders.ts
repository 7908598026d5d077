import { type DataSource, In } from 'typeorm';
import { rowLoader } from '../../../../shared/loaders';
import { County } from './county.entity';

export function createCountyLoaders(db: DataSource) {
  return {
    countyByCode: rowLoader((codes: readonly string[]) => db.getRepository(County).findBy({ code: In([...codes]) }), (c) => c.code),
  };
}
