import type { EntityManager } from 'typeorm';
import type { ReemploymentCertificate } from './certificate.entity';
import { CertificateChange, CertificateFeedHead } from './certificate-change.entity';

/**
 * Takes the feed's write lock for the rest of the transaction and returns the next
 * sequence number. The UPDATE holds the head row's lock until commit, so transactions
 * that write certificate changes commit in sequence order: a reader that has seen
 * sequence n can never later find an uncommitted n-1 appear (no change skipped).
 * Call it first in a transaction that changes certificates, before reading anything the
 * change depends on, so those reads are serialized too.
 */
export async function lockFeed(tx: EntityManager): Promise<number> {
  await tx
    .createQueryBuilder()
    .update(CertificateFeedHead)
    .set({ lastSequence: () => 'lastSequence + 1' })
    .where('id = 1')
    .execute();
  const head = await tx.findOneByOrFail(CertificateFeedHead, { id: 1 });
  return head.lastSequence;
}

/**
 * For writes of many changes at once (yearly expiry): takes the same lock as lockFeed
 * without using a number, and hands out consecutive sequences; `close` moves the head to
 * the last one handed out, so the feed stays gapless.
 */
export async function openFeed(tx: EntityManager): Promise<{ next: () => number; close: () => Promise<void> }> {
  await tx
    .createQueryBuilder()
    .update(CertificateFeedHead)
    .set({ lastSequence: () => 'lastSequence' })
    .where('id = 1')
    .execute();
  let last = (await tx.findOneByOrFail(CertificateFeedHead, { id: 1 })).lastSequence;
  return {
    next: () => (last += 1),
    close: async () => {
      await tx.update(CertificateFeedHead, { id: 1 }, { lastSequence: last });
    },
  };
}

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
    reason: certificate.statusReason,
    changedAt,
  });
}
