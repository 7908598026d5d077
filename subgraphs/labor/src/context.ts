import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createCertificateLoaders } from './certificate/certificate.loaders';
import { createCountyLoaders } from './county/county.loaders';
import { createEmploymentLoaders } from './employment/employment.loaders';
import { createPersonLoaders } from './person/person.loaders';

/** Fresh per request, so batching and caching never leak between requests. */
export function createLaborLoaders(db: DataSource) {
  return {
    ...createCountyLoaders(db),
    ...createPersonLoaders(db),
    ...createCertificateLoaders(db),
    ...createEmploymentLoaders(db),
  };
}

export type LaborLoaders = ReturnType<typeof createLaborLoaders>;
export type LaborContext = SubgraphContext<LaborLoaders>;
