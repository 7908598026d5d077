import type { SubgraphDefinition } from '../../../shared/subgraph';
import { createFinanceLoaders, type FinanceLoaders } from './context';
import { Loan } from './loan/loan.entity';
import { FinanceInitial1751000000000 } from './migrations/1751000000000-finance-initial';
import { buildFinanceSchema } from './schema';
import { seedFinanceDemo } from './seed';

export const financeSubgraph: SubgraphDefinition<FinanceLoaders> = {
  name: 'finance',
  entities: [Loan],
  migrations: [FinanceInitial1751000000000],
  buildSchema: buildFinanceSchema,
  createLoaders: createFinanceLoaders,
  replicatesCertificates: true,
  seedDemo: seedFinanceDemo,
};
