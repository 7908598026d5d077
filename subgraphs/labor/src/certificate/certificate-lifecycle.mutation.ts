import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { badUserInput, forbidden } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { ReemploymentCertificate } from './certificate.entity';
import { changeCertificateStatus, expireUnreviewedCertificates, reviewCertificate, validReason } from './certificate.service';
import { expiryYearProblem } from './certificate-status';
import { Access } from '../../../../shared/auth/access';
import { cityCounty } from '../../../../shared/validate';

@ObjectType({ description: 'What closing a yearly review did.' })
export class CertificateExpiryResult {
  @Access({ scopes: [] })
  @Field(() => Int)
  year!: number;

  @Access({ scopes: [] })
  @Field(() => ID, { nullable: true, description: 'The county closed, or null for the whole city.' })
  countyCode!: string | null;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Certificates that missed the review and became EXPIRED now.' })
  expired!: number;
}

@Resolver(() => ReemploymentCertificate)
export class CertificateLifecycleResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ReemploymentCertificate, {
    description: '暂停 — suspend a valid certificate (e.g. while a case is checked); benefits stop until reinstated.',
  })
  suspendCertificate(
    @Arg('number', () => ID) number: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: LaborContext,
  ): Promise<ReemploymentCertificate> {
    const why = validReason(reason);
    return auditedWrite(
      ctx,
      { operation: 'suspendCertificate', entity: 'ReemploymentCertificate' },
      (tx) => changeCertificateStatus(tx, ctx.viewer, number, 'suspend', why, ctx.today()),
      (c) => [c.number],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ReemploymentCertificate, { description: '恢复 — reinstate a suspended certificate.' })
  reinstateCertificate(@Arg('number', () => ID) number: string, @Ctx() ctx: LaborContext): Promise<ReemploymentCertificate> {
    return auditedWrite(
      ctx,
      { operation: 'reinstateCertificate', entity: 'ReemploymentCertificate' },
      (tx) => changeCertificateStatus(tx, ctx.viewer, number, 'reinstate', null, ctx.today()),
      (c) => [c.number],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ReemploymentCertificate, {
    description:
      '年检 — record that a valid or suspended certificate passed the yearly review of the current year (due from the year after issue).',
  })
  reviewCertificate(
    @Arg('number', () => ID) number: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: LaborContext,
  ): Promise<ReemploymentCertificate> {
    const today = ctx.today();
    return auditedWrite(
      ctx,
      { operation: 'reviewCertificate', entity: 'ReemploymentCertificate' },
      (tx) => reviewCertificate(tx, ctx.viewer, number, year, today),
      (c) => [c.number],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => CertificateExpiryResult, {
    description:
      '年检截止 — after the review deadline (March 31) of `year`, every valid or suspended certificate issued before that year that did not pass its review becomes EXPIRED, each change on the feed. Idempotent. Without `countyCode` it closes the whole city (city-wide token only).',
  })
  expireUnreviewedCertificates(
    @Arg('year', () => Int) year: number,
    @Arg('countyCode', () => ID, { nullable: true }) countyCode: string | null,
    @Ctx() ctx: LaborContext,
  ): Promise<CertificateExpiryResult> {
    const problem = expiryYearProblem(year, ctx.today());
    if (problem) throw badUserInput('year', problem);
    if (countyCode !== null) cityCounty('countyCode', countyCode);
    if (countyCode === null && ctx.viewer.county !== null)
      throw forbidden(`this token is limited to county ${ctx.viewer.county}: name it as countyCode`);
    if (countyCode !== null) assertCounty(ctx.viewer, countyCode);
    return auditedWrite(
      ctx,
      { operation: 'expireUnreviewedCertificates', entity: 'ReemploymentCertificate' },
      (tx) => expireUnreviewedCertificates(tx, year, countyCode),
      (result) => result.numbers,
    );
  }
}
