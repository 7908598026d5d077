import type { SubgraphDefinition } from '../../../shared/subgraph';
import { createTaxLoaders, type TaxLoaders } from './context';
import { AssessmentCertificate, EnterpriseReliefAssessment } from './assessment/assessment.entity';
import { TaxInitial1751000000000 } from './migrations/1751000000000-tax-initial';
import { TaxRegistration1751000040000 } from './migrations/1751000040000-tax-registration';
import { TaxReliefTaxpayerIndex1751000060000 } from './migrations/1751000060000-tax-relief-taxpayer-index';
import { TaxRegisterReplica1751000152000 } from './migrations/1751000152000-tax-register-replica';
import { TaxEmploymentReplica1751000170000 } from './migrations/1751000170000-tax-employment-replica';
import { EmploymentReplica } from '../../../shared/employment-replica/employment-replica.entity';
import { employmentFeedSync } from '../../../shared/employment-replica/employment-sync';
import { TaxRegisterClosure1751000192000 } from './migrations/1751000192000-tax-register-closure';
import { RegisterReplica } from './register-replica/register-replica.entity';
import { registerFeedSync } from './register-replica/register-sync';
import { TaxRelief } from './relief/tax-relief.entity';
import { TaxReliefChange } from './relief-feed/relief-change.entity';
import { TaxReliefFeed1751000102000 } from './migrations/1751000102000-tax-relief-feed';
import { FeedHead } from '../../../shared/feeds/head.entity';
import { buildTaxSchema } from './schema';
import { seedTaxDemo } from './seed';
import { TaxRegistration } from './taxpayer/tax-registration.entity';

export const taxSubgraph: SubgraphDefinition<TaxLoaders> = {
  name: 'tax',
  port: 4003,
  entities: [
    TaxRelief,
    TaxRegistration,
    EnterpriseReliefAssessment,
    AssessmentCertificate,
    TaxReliefChange,
    FeedHead,
    RegisterReplica,
    EmploymentReplica,
  ],
  migrations: [
    TaxInitial1751000000000,
    TaxRegistration1751000040000,
    TaxReliefTaxpayerIndex1751000060000,
    TaxReliefFeed1751000102000,
    TaxRegisterReplica1751000152000,
    TaxEmploymentReplica1751000170000,
    TaxRegisterClosure1751000192000,
  ],
  buildSchema: buildTaxSchema,
  createLoaders: createTaxLoaders,
  replicatesCertificates: true,
  seedDemo: seedTaxDemo,
  // Commerce's register entries: an individual business is registered for tax only as commerce
  // registered it, and an enterprise is new (新办) and has the staff commerce's register says.
  // Labor's employment records: the hires an enterprise assessment (认定) counts.
  consumes: (options) => [registerFeedSync(options), employmentFeedSync(options)],
};
