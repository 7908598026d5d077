import type { SubgraphDefinition } from '../../../shared/subgraph';
import { type CommerceLoaders, createCommerceLoaders } from './context';
import { Enterprise } from './enterprise/enterprise.entity';
import { RegisterSequence } from './enterprise/register-sequence.entity';
import { CommerceInitial1751000000000 } from './migrations/1751000000000-commerce-initial';
import { buildCommerceSchema } from './schema';
import { seedCommerceDemo } from './seed';

export const commerceSubgraph: SubgraphDefinition<CommerceLoaders> = {
  name: 'commerce',
  entities: [Enterprise, RegisterSequence],
  migrations: [CommerceInitial1751000000000],
  buildSchema: buildCommerceSchema,
  createLoaders: createCommerceLoaders,
  replicatesCertificates: true,
  seedDemo: seedCommerceDemo,
};
