import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { In, LessThan } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { badUserInput, conflict, forbidden } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { CertificateStatus, ReemploymentCertificate } from './certificate.entity';
import { changeCertificateStatus, validReason } from './certificate.service';
import { appendCertificateChange, openFeed } from './certificate-feed';
import { CertificateReview } from './certificate-review.entity';
import { expiryYearProblem, reviewYearProblem, transition } from './certificate-status';
import { Access } from '../../../../shared/auth/access';
import { cityCounty } from '../../../../shared/validate';
import { findOrNotFound } from '../../../../shared/records';

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
    return changeCertificateStatus(ctx, number, 'suspend', 'suspendCertificate', validReason(reason));
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => ReemploymentCertificate, { description: '恢复 — reinstate a suspended certificate.' })
  reinstateCertificate(@Arg('number', () => ID) number: string, @Ctx() ctx: LaborContext): Promise<ReemploymentCertificate> {
    return changeCertificateStatus(ctx, number, 'reinstate', 'reinstateCertificate', null);
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
      async (tx) => {
        const certificate = await findOrNotFound(tx, ReemploymentCertificate, { number }, { viewer: ctx.viewer });
        const problem = reviewYearProblem(year, certificate.issuedOn, today);
        if (problem) throw badUserInput('year', problem);
        const allowed = transition(certificate.status, 'review');
        if (!allowed.ok) throw conflict(`certificate ${number}: ${allowed.reason}`, { status: certificate.status });
        if (certificate.reviewedYear === year) throw conflict(`certificate ${number} already passed the ${year} review`);
        await tx.insert(CertificateReview, { number, year, reviewedOn: today });
        await tx.update(ReemploymentCertificate, { number }, { reviewedYear: year });
        return tx.findOneByOrFail(ReemploymentCertificate, { number });
      },
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
    const reason = `missed the ${year} yearly review (未年检)`;
    return auditedWrite(
      ctx,
      { operation: 'expireUnreviewedCertificates', entity: 'ReemploymentCertificate' },
      async (tx) => {
        const feed = await openFeed(tx);
        const query = tx
          .createQueryBuilder(ReemploymentCertificate, 'c')
          .where({ status: In([CertificateStatus.VALID, CertificateStatus.SUSPENDED]), issuedOn: LessThan(`${year}-01-01`) })
          .andWhere('(c.reviewedYear IS NULL OR c.reviewedYear < :year)', { year });
        if (countyCode) query.andWhere('c.countyCode = :countyCode', { countyCode });
        const missed = await query.orderBy('c.number', 'ASC').getMany();
        const birthDates = new Map<number, string>();
        const changedAt = new Date();
        for (let i = 0; i < missed.length; i += 200) {
          const chunk = missed.slice(i, i + 200);
          const holders = await tx.find(Person, { where: { id: In(chunk.map((c) => c.holderId)) }, select: { id: true, birthDate: true } });
          for (const h of holders) birthDates.set(h.id, h.birthDate);
          await tx.update(
            ReemploymentCertificate,
            { number: In(chunk.map((c) => c.number)) },
            { status: CertificateStatus.EXPIRED, statusReason: reason },
          );
          for (const c of chunk) {
            const expired = { ...c, status: CertificateStatus.EXPIRED, statusReason: reason };
            await appendCertificateChange(tx, feed.next(), expired, birthDates.get(c.holderId) ?? c.issuedOn, changedAt);
          }
        }
        await feed.close();
        return { year, countyCode, expired: missed.length, numbers: missed.map((c) => c.number) };
      },
      (result) => result.numbers,
    );
  }
}
