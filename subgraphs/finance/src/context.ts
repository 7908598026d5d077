import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createLoanLoaders } from './loan/loan.loaders';

export function createFinanceLoaders(db: DataSource) {
  return { ...createLoanLoaders(db) };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
export type FinanceContext = SubgraphContext<FinanceLoaders>;
