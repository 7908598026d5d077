import type { GraphQLSchema } from 'graphql';
import { feedReplicaStatusResolver } from '../../../shared/feeds/status';
import { RegisterReplica } from './register-replica/register-replica.entity';
import { intKey } from '../../../shared/loaders';
import { auditTrailResolver } from '../../../shared/audit/audit.resolver';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import { CertificateResolver, PersonCertificateResolver } from './certificate/certificate.resolver';
import { CertificateFeedResolver } from './certificate/certificate-feed.resolver';
import { CertificateMutationResolver } from './certificate/certificate.mutation';
import { CertificateLifecycleResolver } from './certificate/certificate-lifecycle.mutation';
import { EmploymentMutationResolver } from './employment/employment.mutation';
import { ImportMutationResolver } from './import/import.mutation';
import { EmploymentFeedResolver } from './employment/employment-feed.resolver';
import { HardshipRegistryResolver, HouseholdResolver, PersonHouseholdResolver } from './person/registry.resolver';
import { CountyProgressResolver, EmploymentProgressResolver } from './progress/progress.resolver';
import { CountyRankingResolver } from './progress/ranking.resolver';
import { CountyTargetsResolver, EmploymentTargetResolver } from './targets/targets.resolver';
import { EmploymentTargetMutationResolver } from './targets/targets.mutation';
import { PublicWelfarePostMutationResolver } from './welfare-post/public-welfare-post.mutation';
import { PublicWelfarePostResolver } from './welfare-post/public-welfare-post.resolver';
import type { LaborContext } from './context';
import { EmploymentRecordResolver, PersonEmploymentResolver } from './employment/employment.resolver';
import { EnterpriseHiresResolver, EnterpriseInspectionResolver } from './references/enterprise.resolver';
import { Enterprise } from './references/enterprise.reference';
import { PersonMutationResolver } from './person/person.mutation';
import { HouseholdMutationResolver } from './household/household.mutation';
import { HouseholdMemberResolver, HouseholdRosterResolver } from './household/household.resolver';
import { PersonCorrectionMutationResolver } from './person/person-correction.mutation';
import { PersonFeedResolver } from './person/person-feed.resolver';
import { PersonResolver } from './person/person.resolver';
import { InspectionCaseMutationResolver } from './inspection/inspection.mutation';
import { InspectionCaseResolver } from './inspection/inspection.resolver';
import { SupervisionReportMutationResolver } from './inspection/report.mutation';
import { SupervisionReportResolver } from './inspection/report.resolver';
import { CommunityPlatformMutationResolver } from './platform/platform.mutation';
import { CommunityPlatformResolver, CountyPlatformReadinessResolver } from './platform/platform.resolver';
import { TrainingEnrollmentMutationResolver } from './training/enrollment.mutation';
import { TrainingInstitutionMutationResolver } from './training/institution.mutation';
import {
  PersonTrainingResolver,
  TrainingCourseFieldsResolver,
  TrainingEnrollmentFieldsResolver,
  TrainingInstitutionFieldsResolver,
  TrainingOutcomeFieldsResolver,
} from './training/training-fields.resolver';
import { TrainingQueryResolver } from './training/training.resolver';
import { CountyLaborForceResolver } from './labor-force/labor-force.resolver';
import { UrbanLaborForceMutationResolver } from './labor-force/labor-force.mutation';

export function buildLaborSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        feedReplicaStatusResolver({
          name: 'laborRegisterReplica',
          feed: 'commerce.registerChanges',
          table: RegisterReplica,
          department: 'labor',
        }),
        auditTrailResolver('labor'),
        PersonResolver,
        PersonMutationResolver,
        PersonCorrectionMutationResolver,
        PersonFeedResolver,
        CertificateResolver,
        PersonCertificateResolver,
        CertificateMutationResolver,
        CertificateFeedResolver,
        EmploymentRecordResolver,
        EmploymentFeedResolver,
        PersonEmploymentResolver,
        EnterpriseHiresResolver,
        CertificateLifecycleResolver,
        EmploymentMutationResolver,
        ImportMutationResolver,
        HardshipRegistryResolver,
        HouseholdResolver,
        PersonHouseholdResolver,
        HouseholdRosterResolver,
        HouseholdMemberResolver,
        HouseholdMutationResolver,
        PublicWelfarePostResolver,
        PublicWelfarePostMutationResolver,
        EmploymentTargetResolver,
        EmploymentTargetMutationResolver,
        CountyTargetsResolver,
        CountyProgressResolver,
        EmploymentProgressResolver,
        CountyRankingResolver,
        TrainingQueryResolver,
        TrainingInstitutionFieldsResolver,
        TrainingCourseFieldsResolver,
        TrainingEnrollmentFieldsResolver,
        TrainingOutcomeFieldsResolver,
        PersonTrainingResolver,
        TrainingInstitutionMutationResolver,
        TrainingEnrollmentMutationResolver,
        CommunityPlatformResolver,
        CountyPlatformReadinessResolver,
        CommunityPlatformMutationResolver,
        InspectionCaseResolver,
        EnterpriseInspectionResolver,
        InspectionCaseMutationResolver,
        SupervisionReportResolver,
        SupervisionReportMutationResolver,
        CountyLaborForceResolver,
        UrbanLaborForceMutationResolver,
      ],
      orphanedTypes: [Enterprise],
    },
    {
      County: { __resolveReference: (ref: { code: string }, ctx: LaborContext) => ctx.loaders.countyByCode.load(ref.code) },
      Person: { __resolveReference: (ref: { id: string }, ctx: LaborContext) => ctx.loaders.personById.load(intKey(ref.id)) },
      ReemploymentCertificate: {
        __resolveReference: (ref: { number: string }, ctx: LaborContext) => ctx.loaders.certificateByNumber.load(ref.number),
      },
      TrainingInstitution: {
        __resolveReference: (ref: { id: string }, ctx: LaborContext) => ctx.loaders.trainingInstitutionById.load(intKey(ref.id)),
      },
      // Enterprises are commerce's: the key is all labor needs to resolve `hires`.
      Enterprise: { __resolveReference: (ref: { creditCode: string }) => ref },
    },
  );
}
