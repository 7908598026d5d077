import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { type EntityManager, Like } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { badUserInput, conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { QUALIFYING_CATEGORIES } from '../person/person.enums';
import { CertificateStatus, ReemploymentCertificate } from './certificate.entity';
import { appendCertificateChange, lockFeed } from './certificate-feed';
import { changeCertificateStatus, validReason } from './certificate.service';
import { Access } from '../../../../shared/auth/access';
import { positiveId } from '../../../../shared/validate';
import { findOrNotFound } from '../../../../shared/records';

/** Next number of the county's series for the year: county code + year + 6-digit sequence. */
async function nextNumber(tx: EntityManager, countyCode: string, year: string): Promise<string> {
  const prefix = `${countyCode}${year}`;
  const last = await tx.findOne(ReemploymentCertificate, {
    where: { number: Like(`${prefix}%`) },
    order: { number: 'DESC' },
    select: { number: true },
  });
  const sequence = last ? Number(last.number.slice(prefix.length)) + 1 : 1;
  if (sequence > 999_999) throw conflict(`the ${year} certificate series of county ${countyCode} is exhausted`);
  return `${prefix}${String(sequence).padStart(6, '0')}`;
}

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
      async (tx) => {
        const sequence = await lockFeed(tx);
        const person = await findOrNotFound(tx, Person, { id }, { viewer: ctx.viewer });
        if (!QUALIFYING_CATEGORIES.has(person.category)) {
          throw badUserInput('personId', `category ${person.category} does not qualify for a re-employment certificate`);
        }
        const existing = await tx.findOneBy(ReemploymentCertificate, { holderId: id });
        if (existing) throw conflict(`person ${personId} already holds certificate ${existing.number}`, { number: existing.number });
        const issuedOn = ctx.today();
        const certificate = tx.create(ReemploymentCertificate, {
          number: await nextNumber(tx, person.countyCode, issuedOn.slice(0, 4)),
          holderId: id,
          countyCode: person.countyCode,
          category: person.category,
          issuedOn,
          status: CertificateStatus.VALID,
          statusReason: null,
        });
        await tx.insert(ReemploymentCertificate, certificate);
        await appendCertificateChange(tx, sequence, certificate, person.birthDate, new Date());
        return tx.findOneByOrFail(ReemploymentCertificate, { number: certificate.number });
      },
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
    return changeCertificateStatus(ctx, number, 'revoke', 'revokeCertificate', validReason(reason));
  }
}
