import type { SubgraphDefinition } from '../../../shared/subgraph';
import { ReemploymentCertificate } from './certificate/certificate.entity';
import { CertificateChange, CertificateFeedHead } from './certificate/certificate-change.entity';
import { CertificateReview } from './certificate/certificate-review.entity';
import { createLaborLoaders, type LaborLoaders } from './context';
import { County } from './county/county.entity';
import { EmploymentRecord } from './employment/employment-record.entity';
import { EmploymentChange } from './employment/employment-change.entity';
import { FeedHead } from '../../../shared/feeds/head.entity';
import { LaborEmploymentFeed1751000023000 } from './migrations/1751000023000-labor-employment-feed';
import { LaborRegisterReplica1751000024000 } from './migrations/1751000024000-labor-register-replica';
import { LaborPersonFeed1751000100000 } from './migrations/1751000100000-labor-person-feed';
import { PersonChange } from './person/person-change.entity';
import { HardshipRefresh } from './person/hardship-refresh.entity';
import { hardshipAgeingJob } from './person/hardship-refresh.service';
import { LaborHardshipRefresh1751000220000 } from './migrations/1751000220000-labor-hardship-refresh';

import { LaborCertificateRevokedOn1751000150000 } from './migrations/1751000150000-labor-certificate-revoked-on';
import { LaborUrbanLaborForce1751000160000 } from './migrations/1751000160000-labor-urban-labor-force';
import { LaborRegisterClosure1751000191000 } from './migrations/1751000191000-labor-register-closure';
import { UrbanLaborForce } from './labor-force/urban-labor-force.entity';
import { RegisterReplica } from './register-replica/register-replica.entity';
import { registerFeedSync } from './register-replica/register-sync';
import { LaborInitial1751000000000 } from './migrations/1751000000000-labor-initial';
import { LaborRegistry1751000010000 } from './migrations/1751000010000-labor-registry';
import { LaborPostsTargets1751000011000 } from './migrations/1751000011000-labor-posts-targets';
import { LaborTraining1751000020000 } from './migrations/1751000020000-labor-training';
import { LaborCommunityPlatform1751000021000 } from './migrations/1751000021000-labor-community-platform';
import { LaborInspection1751000022000 } from './migrations/1751000022000-labor-inspection';
import { LaborMonthlySummary1751000130000 } from './migrations/1751000130000-labor-monthly-summary';
import { LaborMonthlySummary } from './summary/labor-monthly-summary.entity';
import { Person } from './person/person.entity';
import { HouseholdMember } from './household/household-member.entity';
import { HouseholdChange } from './household/household-change.entity';
import { LaborHouseholdRoster1751000180000 } from './migrations/1751000180000-labor-household-roster';
import { CommunityPlatform } from './platform/platform.entity';
import { InspectionCase } from './inspection/inspection-case.entity';
import { SupervisionReport } from './inspection/supervision-report.entity';
import { buildLaborSchema } from './schema';
import { seedLaborDemo } from './seed';
import { EmploymentTarget } from './targets/employment-target.entity';
import { PublicWelfarePost } from './welfare-post/public-welfare-post.entity';
import { TrainingCourse } from './training/training-course.entity';
import { TrainingEnrollment } from './training/training-enrollment.entity';
import { TrainingInstitution } from './training/training-institution.entity';

export const laborSubgraph: SubgraphDefinition<LaborLoaders> = {
  name: 'labor',
  port: 4001,
  entities: [
    County,
    Person,
    ReemploymentCertificate,
    CertificateChange,
    CertificateFeedHead,
    EmploymentRecord,
    EmploymentChange,
    PersonChange,
    FeedHead,
    RegisterReplica,
    CertificateReview,
    PublicWelfarePost,
    EmploymentTarget,
    TrainingInstitution,
    TrainingCourse,
    TrainingEnrollment,
    CommunityPlatform,
    InspectionCase,
    SupervisionReport,
    UrbanLaborForce,
    LaborMonthlySummary,
    HouseholdMember,
    HouseholdChange,
    HardshipRefresh,
  ],
  migrations: [
    LaborInitial1751000000000,
    LaborRegistry1751000010000,
    LaborPostsTargets1751000011000,
    LaborTraining1751000020000,
    LaborCommunityPlatform1751000021000,
    LaborInspection1751000022000,
    LaborEmploymentFeed1751000023000,
    LaborRegisterReplica1751000024000,
    LaborPersonFeed1751000100000,
    LaborMonthlySummary1751000130000,
    LaborCertificateRevokedOn1751000150000,
    LaborUrbanLaborForce1751000160000,
    LaborHouseholdRoster1751000180000,
    LaborRegisterClosure1751000191000,
    LaborHardshipRefresh1751000220000,
  ],
  buildSchema: buildLaborSchema,
  createLoaders: createLaborLoaders,
  seedDemo: seedLaborDemo,
  // Commerce's register entries, for a holder's business to count as self-employment.
  consumes: (options) => [registerFeedSync(options)],
  // Hardship flags follow the members' ages as the business date moves.
  jobs: (options) => [hardshipAgeingJob(options)],
};
