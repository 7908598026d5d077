import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { revocationDate } from '../../../../shared/certificate-replica/replica.entity';
import { type ExemptionEnd, exemptionEnd, waivedAfterEnd } from './fee-exemption-end.rules';
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
  @FieldResolver(() => MoneyScalar, {
    description:
      '减免合计 — all fees waived: over the three years, or after a revocation or closure the one-off fees and the months begun before the end.',
  })
  async totalWaived(@Root() exemption: FeeExemption, @Ctx() ctx: CommerceContext): Promise<bigint> {
    return waivedAfterEnd(exemption, await this.end(exemption, ctx));
  }

  /**
   * A revocation ends the exemption from its date, the business's closure after its last
   * day. Both are read (commerce's certificate replica, the register entry) rather than
   * written onto the exemption when the feed applies a revocation or a clerk closes the
   * business (as finance reads its interest subsidy's end): the replica and the register
   * stay the one record of each, and a feed page applied twice changes nothing.
   */
  private async end(exemption: FeeExemption, { loaders }: CommerceContext): Promise<ExemptionEnd | null> {
    const [certificate, business] = await Promise.all([
      loaders.certificateRecord.load(exemption.certificateNumber),
      loaders.enterpriseByCode.load(exemption.enterpriseCreditCode),
    ]);
    const revokedOn = certificate ? revocationDate(certificate) : null;
    return exemptionEnd(exemption, { number: exemption.certificateNumber, revokedOn }, business);
  }

  @Access({ scopes: ['commerce:read'], county: true, personal: 'personal' })
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'First day without the exemption before validUntil: the revocation of its certificate (注销), or the day after the business closed (注销登记); null when it runs its three years.',
  })
  async endedOn(@Root() exemption: FeeExemption, @Ctx() ctx: CommerceContext): Promise<string | null> {
    return (await this.end(exemption, ctx))?.endedOn ?? null;
  }

  @Access({ scopes: ['commerce:read'], county: true, personal: 'personal' })
  @FieldResolver(() => String, { nullable: true, description: 'Why the exemption ended before validUntil.' })
  async endedBecause(@Root() exemption: FeeExemption, @Ctx() ctx: CommerceContext): Promise<string | null> {
    return (await this.end(exemption, ctx))?.endedBecause ?? null;
  }

  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "Last day actually exempt: validUntil, the day before a revocation, the business's closure date, or null when it was revoked on or before approval.",
  })
  async effectiveUntil(@Root() exemption: FeeExemption, @Ctx() ctx: CommerceContext): Promise<string | null> {
    const end = await this.end(exemption, ctx);
    return end ? end.effectiveUntil : exemption.validUntil;
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
