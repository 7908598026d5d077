import type { SubgraphDefinition } from '../../../shared/subgraph';
import { ReemploymentCertificate } from './certificate/certificate.entity';
import { CertificateChange, CertificateFeedHead } from './certificate/certificate-change.entity';
import { createLaborLoaders, type LaborLoaders } from './context';
import { County } from './county/county.entity';
import { EmploymentRecord } from './employment/employment-record.entity';
import { LaborInitial1751000000000 } from './migrations/1751000000000-labor-initial';
import { Person } from './person/person.entity';
import { buildLaborSchema } from './schema';
import { seedLaborDemo } from './seed';

export const laborSubgraph: SubgraphDefinition<LaborLoaders> = {
  name: 'labor',
  entities: [County, Person, ReemploymentCertificate, CertificateChange, CertificateFeedHead, EmploymentRecord],
  migrations: [LaborInitial1751000000000],
  buildSchema: buildLaborSchema,
  createLoaders: createLaborLoaders,
  seedDemo: seedLaborDemo,
};
