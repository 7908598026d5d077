import type { EntityManager } from 'typeorm';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendEvent, namedHead, openSequence } from '../../../../shared/feeds/outbox';
import { insertChunked } from '../../../../shared/seeding';
import { Enterprise } from '../enterprise/enterprise.entity';
import { FeeExemption } from '../fee-exemption/fee-exemption.entity';
import { RegisterChange } from './register-change.entity';

export const REGISTER_FEED = 'commerce.registerChanges';

const stateOf = (entry: Enterprise, ownerCertificateNumber: string | null) => ({
  creditCode: entry.creditCode,
  kind: entry.kind,
  industry: entry.industry,
  registeredOn: entry.registeredOn,
  countyCode: entry.countyCode,
  ownerId: entry.ownerId,
  ownerCertificateNumber,
  employeeCount: entry.employeeCount,
});

/** The certificate the entry's fee exemption rests on: the owner's, as commerce knows it. */
async function ownerCertificate(tx: EntityManager, creditCode: string): Promise<string | null> {
  const exemption = await tx.findOne(FeeExemption, { where: { enterpriseCreditCode: creditCode }, select: { certificateNumber: true } });
  return exemption?.certificateNumber ?? null;
}

/**
 * Appends the entry's state after `event` to the register feed, in the change's
 * transaction; `ownerCertificateNumber` when the caller knows it (a registration citing a
 * certificate, before its exemption row exists), else read from the fee exemption.
 */
export async function appendRegisterChange(
  tx: EntityManager,
  creditCode: string,
  event: FeedEvent,
  ownerCertificateNumber?: string | null,
): Promise<void> {
  const entry = await tx.findOneByOrFail(Enterprise, { creditCode });
  const certificate = ownerCertificateNumber === undefined ? await ownerCertificate(tx, creditCode) : ownerCertificateNumber;
  await appendEvent(tx, REGISTER_FEED, RegisterChange, { ...stateOf(entry, certificate), event, changedAt: new Date() });
}

/** Puts every entry the feed has never carried on it, as CREATED (a consumer from zero sees the register). */
export async function backfillRegisterChanges(tx: EntityManager): Promise<number> {
  const feed = await openSequence(tx, namedHead(REGISTER_FEED));
  const missing = await tx
    .createQueryBuilder(Enterprise, 'e')
    .where('NOT EXISTS (SELECT 1 FROM register_change c WHERE c.creditCode = e.creditCode)')
    .orderBy('e.registeredOn', 'ASC')
    .addOrderBy('e.creditCode', 'ASC')
    .getMany();
  const exemptions = await tx.find(FeeExemption, { select: { enterpriseCreditCode: true, certificateNumber: true } });
  const certificates = new Map(exemptions.map((e) => [e.enterpriseCreditCode, e.certificateNumber]));
  const changedAt = new Date();
  const rows = missing.map((e) => ({
    ...stateOf(e, certificates.get(e.creditCode) ?? null),
    sequence: feed.next(),
    event: FeedEvent.CREATED,
    changedAt,
  }));
  await insertChunked(tx, RegisterChange, rows);
  await feed.close();
  return rows.length;
}
