import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { visibleOrNull } from '../../../../shared/auth/decorators';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { ReemploymentCertificate } from './certificate.entity';
import { CertificateChange } from './certificate-change.entity';
import { CertificateReview } from './certificate-review.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => ReemploymentCertificate)
export class CertificateResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => ReemploymentCertificate, { nullable: true, description: '再就业优惠证 by number.' })
  async certificate(
    @Arg('number', () => ID) number: string,
    @Ctx() { loaders, viewer }: LaborContext,
  ): Promise<ReemploymentCertificate | null> {
    const certificate = await loaders.certificateByNumber.load(number);
    return visibleOrNull(viewer, certificate);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Person, { nullable: true })
  holder(@Root() certificate: ReemploymentCertificate, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(certificate.holderId);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [CertificateChange], {
    nullable: true,
    description:
      '状态变更记录 — every change of this certificate (issue, suspension, reinstatement, revocation, expiry), oldest first: the entries of the feed for this number.',
  })
  history(@Root() certificate: ReemploymentCertificate, @Ctx() { loaders }: LaborContext): Promise<CertificateChange[]> {
    return loaders.changesByNumber.load(certificate.number);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [CertificateReview], { nullable: true, description: '年检记录 — the yearly reviews passed, by year.' })
  reviews(@Root() certificate: ReemploymentCertificate, @Ctx() { loaders }: LaborContext): Promise<CertificateReview[]> {
    return loaders.reviewsByNumber.load(certificate.number);
  }
}

@Resolver(() => Person)
export class PersonCertificateResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => ReemploymentCertificate, { nullable: true })
  certificate(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<ReemploymentCertificate | null> {
    return loaders.certificateByHolder.load(person.id);
  }
}
