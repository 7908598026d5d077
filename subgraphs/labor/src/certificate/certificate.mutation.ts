import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { LaborContext } from '../context';
import { ReemploymentCertificate } from './certificate.entity';
import { changeCertificateStatus, issueCertificate, validReason } from './certificate.service';
import { Access } from '../../../../shared/auth/access';
import { positiveId } from '../../../../shared/validate';

@Resolver(() => ReemploymentCertificate)
export class CertificateMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ReemploymentCertificate, { description: '发放再就业优惠证 — issue the certificate to a qualifying registered person.' })
  issueCertificate(@Arg('personId', () => ID) personId: string, @Ctx() ctx: LaborContext): Promise<ReemploymentCertificate> {
    const id = positiveId('personId', personId);
    const audit = { operation: 'issueCertificate', entity: 'ReemploymentCertificate' };
    return auditedWrite(
      ctx,
      audit,
      (tx) => issueCertificate(tx, ctx.viewer, id, personId, ctx.today()),
      (c) => [c.number],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ReemploymentCertificate, {
    description: '注销 — revoke a valid or suspended certificate, with a reason; the feed carries it to tax, commerce and finance.',
  })
  revokeCertificate(
    @Arg('number', () => ID) number: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: LaborContext,
  ): Promise<ReemploymentCertificate> {
    const why = validReason(reason);
    return auditedWrite(
      ctx,
      { operation: 'revokeCertificate', entity: 'ReemploymentCertificate' },
      (tx) => changeCertificateStatus(tx, ctx.viewer, number, 'revoke', why, ctx.today()),
      (c) => [c.number],
    );
  }
}
