import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createCertificateLoaders } from './certificate/certificate.loaders';
import { createCountyLoaders } from './county/county.loaders';
import { createEmploymentLoaders } from './employment/employment.loaders';
import { createPersonLoaders } from './person/person.loaders';
import { createHouseholdLoaders } from './household/household.loaders';
import { createProgressLoaders } from './progress/progress.loaders';
import { createTargetLoaders } from './targets/targets.loaders';
import { createInspectionLoaders } from './inspection/inspection.loaders';
import { createPlatformLoaders } from './platform/platform.loaders';
import { createTrainingLoaders } from './training/training.loaders';
import { createLaborForceLoaders } from './labor-force/labor-force.loaders';

/** Fresh per request, so batching and caching never leak between requests. */
export function createLaborLoaders(db: DataSource) {
  return {
    ...createCountyLoaders(db),
    ...createPersonLoaders(db),
    ...createHouseholdLoaders(db),
    ...createCertificateLoaders(db),
    ...createEmploymentLoaders(db),
    ...createTargetLoaders(db),
    ...createProgressLoaders(db),
    ...createTrainingLoaders(db),
    ...createPlatformLoaders(db),
    ...createInspectionLoaders(db),
    ...createLaborForceLoaders(db),
  };
}

export type LaborLoaders = ReturnType<typeof createLaborLoaders>;
export type LaborContext = SubgraphContext<LaborLoaders>;
