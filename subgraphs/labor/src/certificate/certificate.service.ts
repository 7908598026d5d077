import type { Viewer } from '../../../../shared/auth/viewer';
import { type EntityManager, In, LessThan, Like } from 'typeorm';
import { badUserInput, conflict } from '../../../../shared/errors';
import { Person } from '../person/person.entity';
import { QUALIFYING_CATEGORIES } from '../person/person.enums';
import { CertificateStatus, ReemploymentCertificate } from './certificate.entity';
import { appendCertificateChange, lockFeed, openFeed } from './certificate-feed';
import { CertificateReview } from './certificate-review.entity';
import { type CertificateAction, reviewYearProblem, transition } from './certificate-status';
import { requiredText } from '../../../../shared/validate';
import { findOrNotFound } from '../../../../shared/records';
import { summarizeCertificates } from '../summary/labor-summary.service';

/** A reason as the feed and history carry it: 1 to 200 characters. */
export function validReason(reason: string, field = 'reason'): string {
  return requiredText(field, reason, 200);
}

/**
 * One status change of one certificate: the feed lock first (so the reads below are
 * serialized with every other certificate write), then the county and the transition
 * rule, then the row and its outbox change.
 */
export async function changeCertificateStatus(
  tx: EntityManager,
  viewer: Viewer,
  number: string,
  action: CertificateAction,
  reason: string | null,
  today: string,
): Promise<ReemploymentCertificate> {
  const sequence = await lockFeed(tx);
  const certificate = await findOrNotFound(tx, ReemploymentCertificate, { number }, { viewer });
  const next = transition(certificate.status, action);
  if (!next.ok) throw conflict(`certificate ${number}: ${next.reason}`, { status: certificate.status });
  const status: CertificateStatus = next.status;
  // Revocation is final (no transition leaves REVOKED), so its date is set once.
  const revokedOn = action === 'revoke' ? today : certificate.revokedOn;
  await tx.update(ReemploymentCertificate, { number }, { status, statusReason: reason, revokedOn });
  const holder = await tx.findOneByOrFail(Person, { id: certificate.holderId });
  const changedAt = new Date();
  await appendCertificateChange(tx, sequence, { ...certificate, status, statusReason: reason, revokedOn }, holder.birthDate, changedAt);
  await summarizeCertificates(tx, [{ ...certificate, from: certificate.status, to: status, changedAt }]);
  return tx.findOneByOrFail(ReemploymentCertificate, { number });
}

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

/**
 * Issues the certificate to a qualifying registered person, with its change on the feed;
 * `personId` is the id as the client sent it, for the refusal's message.
 */
export async function issueCertificate(
  tx: EntityManager,
  viewer: Viewer,
  id: number,
  personId: string,
  today: string,
): Promise<ReemploymentCertificate> {
  const sequence = await lockFeed(tx);
  const person = await findOrNotFound(tx, Person, { id }, { viewer });
  if (!QUALIFYING_CATEGORIES.has(person.category)) {
    throw badUserInput('personId', `category ${person.category} does not qualify for a re-employment certificate`);
  }
  const existing = await tx.findOneBy(ReemploymentCertificate, { holderId: id });
  if (existing) throw conflict(`person ${personId} already holds certificate ${existing.number}`, { number: existing.number });
  const issuedOn = today;
  const certificate = tx.create(ReemploymentCertificate, {
    number: await nextNumber(tx, person.countyCode, issuedOn.slice(0, 4)),
    holderId: id,
    countyCode: person.countyCode,
    category: person.category,
    issuedOn,
    status: CertificateStatus.VALID,
    statusReason: null,
    revokedOn: null,
  });
  await tx.insert(ReemploymentCertificate, certificate);
  const changedAt = new Date();
  await appendCertificateChange(tx, sequence, certificate, person.birthDate, changedAt);
  await summarizeCertificates(tx, [{ ...certificate, from: null, to: certificate.status, changedAt }]);
  return tx.findOneByOrFail(ReemploymentCertificate, { number: certificate.number });
}

/** Records that a valid or suspended certificate passed the yearly review of `year`. */
export async function reviewCertificate(
  tx: EntityManager,
  viewer: Viewer,
  number: string,
  year: number,
  today: string,
): Promise<ReemploymentCertificate> {
  const certificate = await findOrNotFound(tx, ReemploymentCertificate, { number }, { viewer });
  const problem = reviewYearProblem(year, certificate.issuedOn, today);
  if (problem) throw badUserInput('year', problem);
  const allowed = transition(certificate.status, 'review');
  if (!allowed.ok) throw conflict(`certificate ${number}: ${allowed.reason}`, { status: certificate.status });
  if (certificate.reviewedYear === year) throw conflict(`certificate ${number} already passed the ${year} review`);
  await tx.insert(CertificateReview, { number, year, reviewedOn: today });
  await tx.update(ReemploymentCertificate, { number }, { reviewedYear: year });
  return tx.findOneByOrFail(ReemploymentCertificate, { number });
}

/** What closing a yearly review did, with the certificates it expired (for the audit row). */
export interface CertificateExpiry {
  year: number;
  countyCode: string | null;
  expired: number;
  numbers: string[];
}

/**
 * Expires every valid or suspended certificate issued before `year` (of `countyCode`, or
 * the whole city) that did not pass the `year` review, each change on the feed.
 */
export async function expireUnreviewedCertificates(tx: EntityManager, year: number, countyCode: string | null): Promise<CertificateExpiry> {
  const reason = `missed the ${year} yearly review (未年检)`;
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
  await summarizeCertificates(
    tx,
    missed.map((c) => ({ ...c, from: c.status, to: CertificateStatus.EXPIRED, changedAt })),
  );
  return { year, countyCode, expired: missed.length, numbers: missed.map((c) => c.number) };
}
