import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createAssessmentLoaders } from './assessment/assessment.loaders';
import { createReliefLoaders } from './relief/relief.loaders';
import { createReliefStatsLoaders } from './stats/relief-stats.loaders';
import { createTaxpayerLoaders } from './taxpayer/taxpayer.loaders';

export function createTaxLoaders(db: DataSource) {
  return { ...createReliefLoaders(db), ...createTaxpayerLoaders(db), ...createAssessmentLoaders(db), ...createReliefStatsLoaders(db) };
}

export type TaxLoaders = ReturnType<typeof createTaxLoaders>;
export type TaxContext = SubgraphContext<TaxLoaders>;
