import type { SubgraphDefinition } from '../../../shared/subgraph';
import { createTaxLoaders, type TaxLoaders } from './context';
import { AssessmentCertificate, EnterpriseReliefAssessment } from './assessment/assessment.entity';
import { TaxInitial1751000000000 } from './migrations/1751000000000-tax-initial';
import { TaxRegistration1751000040000 } from './migrations/1751000040000-tax-registration';
import { TaxReliefTaxpayerIndex1751000060000 } from './migrations/1751000060000-tax-relief-taxpayer-index';
import { TaxMonthlySummary1751000131000 } from './migrations/1751000131000-tax-monthly-summary';
import { TaxMonthlySummary } from './summary/tax-monthly-summary.entity';
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
  entities: [TaxRelief, TaxRegistration, EnterpriseReliefAssessment, AssessmentCertificate, TaxReliefChange, FeedHead, TaxMonthlySummary],
  migrations: [
    TaxInitial1751000000000,
    TaxRegistration1751000040000,
    TaxReliefTaxpayerIndex1751000060000,
    TaxReliefFeed1751000102000,
    TaxMonthlySummary1751000131000,
  ],
  buildSchema: buildTaxSchema,
  createLoaders: createTaxLoaders,
  replicatesCertificates: true,
  seedDemo: seedTaxDemo,
};
