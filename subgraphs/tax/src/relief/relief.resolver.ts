import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { visibleOrNull } from '../../../../shared/auth/decorators';
import { intKey } from '../../../../shared/loaders';
import { EnterpriseReliefAssessment } from '../assessment/assessment.entity';
import type { TaxContext } from '../context';
import { County } from '../references/county.reference';
import { Enterprise } from '../references/enterprise.reference';
import { ReemploymentCertificate } from '../references/certificate.reference';
import { Person } from '../references/person.reference';
import { TaxRelief } from './tax-relief.entity';
import { Access } from '../../../../shared/auth/access';
import { CertificateOnRecord, toCertificateOnRecord } from '../../../../shared/certificate-replica/record';

@Resolver(() => TaxRelief)
export class TaxReliefResolver {
  @Access({ scopes: ['tax:read'], county: true })
  @Query(() => TaxRelief, { nullable: true })
  async taxRelief(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: TaxContext): Promise<TaxRelief | null> {
    const key = intKey(id);
    const relief = Number.isNaN(key) ? null : await loaders.reliefById.load(key);
    return visibleOrNull(viewer, relief);
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => ReemploymentCertificate)
  certificate(@Root() relief: TaxRelief): ReemploymentCertificate {
    return { number: relief.certificateNumber };
  }

  /** Labor's certificate fields need labor:read; a tax clerk reads what tax decided on here. */
  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => CertificateOnRecord, {
    nullable: true,
    description:
      "The certificate as tax's replica of labor's feed records it (issue date, status, category): what the grant was checked against.",
  })
  async certificateOnRecord(@Root() relief: TaxRelief, @Ctx() { loaders }: TaxContext): Promise<CertificateOnRecord | null> {
    const row = await loaders.certificateRecord.load(relief.certificateNumber);
    return row && toCertificateOnRecord(row);
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => County, { description: 'County of the taxpayer (县区), whose figures the relief counts in.' })
  county(@Root() relief: TaxRelief): County {
    return { code: relief.countyCode };
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => Person, { nullable: true, description: 'The certificate holder, for an individual business.' })
  person(@Root() relief: TaxRelief): Person | null {
    return relief.personId === null ? null : { id: String(relief.personId) };
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise, for relief granted to an employer.' })
  enterprise(@Root() relief: TaxRelief): Enterprise | null {
    return relief.enterpriseCreditCode === null ? null : { creditCode: relief.enterpriseCreditCode };
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => EnterpriseReliefAssessment, { nullable: true, description: 'The assessment (认定) enterprise relief rests on.' })
  assessment(@Root() relief: TaxRelief, @Ctx() { loaders }: TaxContext): Promise<EnterpriseReliefAssessment | null> | null {
    return relief.assessmentId === null ? null : loaders.assessmentById.load(relief.assessmentId);
  }
}
