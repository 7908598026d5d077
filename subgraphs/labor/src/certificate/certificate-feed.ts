import type { EntityManager } from 'typeorm';
import type { ReemploymentCertificate } from './certificate.entity';
import { CertificateChange, CertificateFeedHead } from './certificate-change.entity';
import { type FeedHeadRef, nextSequence, openSequence } from '../../../../shared/feeds/outbox';

// The certificate feed keeps its own single-row head table (it predates feed_head).
const HEAD: FeedHeadRef = { target: CertificateFeedHead, where: { id: 1 } };

/**
 * Takes the certificate feed's write lock and returns the next sequence (nextSequence in
 * shared/feeds/outbox.ts). Call it first in a transaction that changes certificates,
 * before reading anything the change depends on, so those reads are serialized too.
 */
export const lockFeed = (tx: EntityManager): Promise<number> => nextSequence(tx, HEAD);

/** For writes of many changes at once (yearly expiry): consecutive sequences under one lock. */
export const openFeed = (tx: EntityManager): ReturnType<typeof openSequence> => openSequence(tx, HEAD);

/** Appends the certificate's current state to the outbox under a sequence from lockFeed. */
export async function appendCertificateChange(
  tx: EntityManager,
  sequence: number,
  certificate: ReemploymentCertificate,
  holderBirthDate: string,
  changedAt: Date,
): Promise<void> {
  await tx.insert(CertificateChange, {
    sequence,
    number: certificate.number,
    holderId: certificate.holderId,
    holderBirthDate,
    countyCode: certificate.countyCode,
    category: certificate.category,
    status: certificate.status,
    issuedOn: certificate.issuedOn,
    revokedOn: certificate.revokedOn ?? null,
    reason: certificate.statusReason,
    changedAt,
  });
}
