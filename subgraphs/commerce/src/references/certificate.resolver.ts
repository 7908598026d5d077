import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import type { CommerceContext } from '../context';
import { ReemploymentCertificate } from './certificate.reference';
import { FeeExemption } from '../fee-exemption/fee-exemption.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => ReemploymentCertificate)
export class CertificateFeeExemptionsResolver {
  @Access({ scopes: ['commerce:read'], county: true })
  @FieldResolver(() => [FeeExemption], {
    nullable: true,
    description: '工商收费减免 — fee exemptions commerce granted on this certificate (at most one).',
  })
  async feeExemptions(@Root() certificate: ReemploymentCertificate, @Ctx() { loaders, viewer }: CommerceContext): Promise<FeeExemption[]> {
    const exemptions = await loaders.feeExemptionsByCertificate.load(certificate.number);
    return exemptions.filter((exemption) => canAccessCounty(viewer, exemption.countyCode));
  }
}
