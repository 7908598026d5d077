import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MoneyScalar } from '../../../../shared/scalars';
import type { CommerceContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ReemploymentCertificate } from '../references/certificate.reference';
import { FeeExemption } from './fee-exemption.entity';
import { Access } from '../../../../shared/auth/access';
import { CertificateOnRecord, toCertificateOnRecord } from '../../../../shared/certificate-replica/record';

@Resolver(() => FeeExemption)
export class FeeExemptionResolver {
  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => ReemploymentCertificate, { description: 'The 再就业优惠证 the exemption rests on.' })
  certificate(@Root() exemption: FeeExemption): ReemploymentCertificate {
    return { number: exemption.certificateNumber };
  }

  /** Labor's certificate fields need labor:read; a commerce clerk reads what commerce decided on here. */
  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => CertificateOnRecord, {
    nullable: true,
    description:
      "The certificate as commerce's replica of labor's feed records it (issue date, status, category): what the exemption was checked against.",
  })
  async certificateOnRecord(@Root() exemption: FeeExemption, @Ctx() { loaders }: CommerceContext): Promise<CertificateOnRecord | null> {
    const row = await loaders.certificateRecord.load(exemption.certificateNumber);
    return row && toCertificateOnRecord(row);
  }

  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The exempt individual business (个体工商户).' })
  enterprise(@Root() exemption: FeeExemption, @Ctx() { loaders }: CommerceContext): Promise<Enterprise | null> {
    return loaders.enterpriseByCode.load(exemption.enterpriseCreditCode);
  }

  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => MoneyScalar, { description: '减免合计 — all fees waived over the three years.' })
  totalWaived(@Root() exemption: FeeExemption): bigint {
    return exemption.registrationFee + exemption.licenceFee + exemption.managementFee;
  }
}

@Resolver(() => Enterprise)
export class EnterpriseFeeExemptionResolver {
  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => FeeExemption, {
    nullable: true,
    description: '收费减免 — the fee exemption of this individual business, if it has one.',
  })
  feeExemption(@Root() enterprise: Enterprise, @Ctx() { loaders }: CommerceContext): Promise<FeeExemption | null> {
    return loaders.feeExemptionByEnterprise.load(enterprise.creditCode);
  }
}
