import type { SubgraphDefinition } from '../../../shared/subgraph';
import { createTaxLoaders, type TaxLoaders } from './context';
import { TaxInitial1751000000000 } from './migrations/1751000000000-tax-initial';
import { TaxRelief } from './relief/tax-relief.entity';
import { buildTaxSchema } from './schema';
import { seedTaxDemo } from './seed';

export const taxSubgraph: SubgraphDefinition<TaxLoaders> = {
  name: 'tax',
  entities: [TaxRelief],
  migrations: [TaxInitial1751000000000],
  buildSchema: buildTaxSchema,
  createLoaders: createTaxLoaders,
  replicatesCertificates: true,
  seedDemo: seedTaxDemo,
};
