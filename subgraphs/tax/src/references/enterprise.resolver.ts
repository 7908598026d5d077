import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import type { TaxContext } from '../context';
import { Enterprise } from './enterprise.reference';
import { TaxRelief } from '../relief/tax-relief.entity';
import { Access } from '../../../../shared/auth/access';
import { EnterpriseReliefAssessment } from '../assessment/assessment.entity';
import { TaxRegistration } from '../taxpayer/tax-registration.entity';

// Class order here is the field order of Enterprise in the composed schema: keep it.
@Resolver(() => Enterprise)
export class EnterpriseAssessmentsResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => [EnterpriseReliefAssessment], { nullable: true, description: '认定 — its relief assessments, oldest first (tax).' })
  async taxReliefAssessments(
    @Root() enterprise: Enterprise,
    @Ctx() { loaders, viewer }: TaxContext,
  ): Promise<EnterpriseReliefAssessment[]> {
    const assessments = await loaders.assessmentsByEnterprise.load(enterprise.creditCode);
    return assessments.filter((a) => canAccessCounty(viewer, a.countyCode));
  }
}

@Resolver(() => Enterprise)
export class EnterpriseReliefsResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => [TaxRelief], { nullable: true, description: 'Tax relief granted to this enterprise (tax).' })
  async taxReliefs(@Root() enterprise: Enterprise, @Ctx() { loaders, viewer }: TaxContext): Promise<TaxRelief[]> {
    const reliefs = await loaders.reliefsByEnterprise.load(enterprise.creditCode);
    return reliefs.filter((relief) => canAccessCounty(viewer, relief.countyCode));
  }
}

@Resolver(() => Enterprise)
export class EnterpriseTaxRegistrationsResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => [TaxRegistration], { nullable: true, description: '税务登记 — its registrations with 国税 and 地税 (tax).' })
  async taxRegistrations(@Root() enterprise: Enterprise, @Ctx() { loaders, viewer }: TaxContext): Promise<TaxRegistration[]> {
    const registrations = await loaders.registrationsByCreditCode.load(enterprise.creditCode);
    return registrations.filter((r) => canAccessCounty(viewer, r.countyCode));
  }
}
