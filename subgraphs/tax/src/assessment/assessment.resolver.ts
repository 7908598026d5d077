import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import type { TaxContext } from '../context';
import { ReemploymentCertificate } from '../references/certificate.reference';
import { TaxType } from '../relief/relief.enums';
import { EnterpriseReliefAssessment } from './assessment.entity';
import { assessEnterpriseRelief, reachesThirtyPercent } from './assessment.rules';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => EnterpriseReliefAssessment)
export class AssessmentResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => Boolean, { description: 'Hired certificate holders are at least 30 % of the staff (hired × 100 ≥ staff × 30).' })
  reachesThirtyPercent(@Root() assessment: EnterpriseReliefAssessment): boolean {
    return reachesThirtyPercent(assessment.hiredCount, assessment.staffCount);
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => [TaxType], { description: '可减免税种 — tax types relief may be granted for on this assessment.' })
  reliefTaxTypes(@Root() assessment: EnterpriseReliefAssessment): TaxType[] {
    return assessEnterpriseRelief(assessment.kind, assessment.staffCount, assessment.hiredCount).taxTypes;
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '企业所得税减征比例 in basis points (万分之一) of the tax due: 10000 = exempt; below 30 % (hired ÷ staff × 100 %) × 2, rounded down; null if income tax is not relieved.',
  })
  incomeTaxReliefBasisPoints(@Root() assessment: EnterpriseReliefAssessment): number | null {
    return assessEnterpriseRelief(assessment.kind, assessment.staffCount, assessment.hiredCount).incomeTaxBasisPoints;
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => [ReemploymentCertificate], { description: 'The hired certificate holders counted (再就业优惠证).' })
  async hiredCertificates(
    @Root() assessment: EnterpriseReliefAssessment,
    @Ctx() { loaders, viewer }: TaxContext,
  ): Promise<ReemploymentCertificate[]> {
    const rows = await loaders.certificatesByAssessment.load(assessment.id);
    // A certificate number starts with its issuing county's code: other counties' stay out.
    return rows
      .filter((row) => canAccessCounty(viewer, row.certificateNumber.slice(0, 6)))
      .map((row) => ({ number: row.certificateNumber }));
  }
}
