import type { SubgraphDefinition } from '../../../shared/subgraph';
import { type CommerceLoaders, createCommerceLoaders } from './context';
import { EmployeeCount } from './employees/employee-count.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { FeeExemption } from './fee-exemption/fee-exemption.entity';
import { RegisterSequence } from './enterprise/register-sequence.entity';
import { CommerceInitial1751000000000 } from './migrations/1751000000000-commerce-initial';
import { CommerceFeeExemption1751000050000 } from './migrations/1751000050000-commerce-fee-exemption';
import { CommerceEmployeeCount1751000051000 } from './migrations/1751000051000-commerce-employee-count';
import { CommerceRegisterFeed1751000052000 } from './migrations/1751000052000-commerce-register-feed';
import { CommerceMonthlySummary1751000132000 } from './migrations/1751000132000-commerce-monthly-summary';
import { CommerceClosure1751000190000 } from './migrations/1751000190000-commerce-closure';
import { CommerceMonthlySummary } from './summary/commerce-monthly-summary.entity';
import { RegisterChange } from './register-feed/register-change.entity';
import { FeedHead } from '../../../shared/feeds/head.entity';
import { buildCommerceSchema } from './schema';
import { seedCommerceDemo } from './seed';

export const commerceSubgraph: SubgraphDefinition<CommerceLoaders> = {
  name: 'commerce',
  port: 4004,
  entities: [Enterprise, RegisterSequence, FeeExemption, EmployeeCount, RegisterChange, FeedHead, CommerceMonthlySummary],
  migrations: [
    CommerceInitial1751000000000,
    CommerceFeeExemption1751000050000,
    CommerceEmployeeCount1751000051000,
    CommerceRegisterFeed1751000052000,
    CommerceMonthlySummary1751000132000,
    CommerceClosure1751000190000,
  ],
  buildSchema: buildCommerceSchema,
  createLoaders: createCommerceLoaders,
  replicatesCertificates: true,
  seedDemo: seedCommerceDemo,
};
