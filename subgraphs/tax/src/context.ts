import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createReliefLoaders } from './relief/relief.loaders';

export function createTaxLoaders(db: DataSource) {
  return { ...createReliefLoaders(db) };
}

export type TaxLoaders = ReturnType<typeof createTaxLoaders>;
export type TaxContext = SubgraphContext<TaxLoaders>;
