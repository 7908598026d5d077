import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createEnterpriseLoaders } from './enterprise/enterprise.loaders';
import { createFeeExemptionLoaders } from './fee-exemption/fee-exemption.loaders';
import { createRegistrationStatsLoaders } from './registration-stats/registration-stats.loaders';

export function createCommerceLoaders(db: DataSource) {
  return { ...createEnterpriseLoaders(db), ...createFeeExemptionLoaders(db), ...createRegistrationStatsLoaders(db) };
}

export type CommerceLoaders = ReturnType<typeof createCommerceLoaders>;
export type CommerceContext = SubgraphContext<CommerceLoaders>;
