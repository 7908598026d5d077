import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createEnterpriseLoaders } from './enterprise/enterprise.loaders';

export function createCommerceLoaders(db: DataSource) {
  return { ...createEnterpriseLoaders(db) };
}

export type CommerceLoaders = ReturnType<typeof createCommerceLoaders>;
export type CommerceContext = SubgraphContext<CommerceLoaders>;
