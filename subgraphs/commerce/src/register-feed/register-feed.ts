import type { EntityManager } from 'typeorm';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendEvent, namedHead, openSequence } from '../../../../shared/feeds/outbox';
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
  closedOn: entry.closedOn,
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

/** The entry's columns a backfill reads and the feed change's it writes, before the closure columns existed. */
const STATE_COLUMNS = ['creditCode', 'kind', 'industry', 'registeredOn', 'countyCode', 'ownerId', 'employeeCount'] as const;

/**
 * Puts every entry the feed has never carried on it, as CREATED (a consumer from zero sees
 * the register). The columns are named, not taken from the entities: the register feed's
 * migration runs this before the closure columns exist (`closures: false`); later callers
 * (the seeders) carry `closedOn` as well.
 */
export async function backfillRegisterChanges(tx: EntityManager, { closures = true } = {}): Promise<number> {
  const feed = await openSequence(tx, namedHead(REGISTER_FEED));
  const columns: (keyof Enterprise & keyof RegisterChange)[] = [...STATE_COLUMNS, ...(closures ? (['closedOn'] as const) : [])];
  const missing = await tx
    .createQueryBuilder(Enterprise, 'e')
    .select(columns.map((c) => `e.${c}`))
    .where('NOT EXISTS (SELECT 1 FROM register_change c WHERE c.creditCode = e.creditCode)')
    .orderBy('e.registeredOn', 'ASC')
    .addOrderBy('e.creditCode', 'ASC')
    .getMany();
  const exemptions = await tx.find(FeeExemption, { select: { enterpriseCreditCode: true, certificateNumber: true } });
  const certificates = new Map(exemptions.map((e) => [e.enterpriseCreditCode, e.certificateNumber]));
  const changedAt = new Date();
  const rows = missing.map((e) => ({
    ...Object.fromEntries(columns.map((c) => [c, e[c] ?? null])),
    ownerCertificateNumber: certificates.get(e.creditCode) ?? null,
    sequence: feed.next(),
    event: FeedEvent.CREATED,
    changedAt,
  }));
  const written = [...columns, 'ownerCertificateNumber', 'sequence', 'event', 'changedAt'];
  for (let i = 0; i < rows.length; i += 100) {
    await tx
      .createQueryBuilder()
      .insert()
      .into(RegisterChange, written)
      .values(rows.slice(i, i + 100))
      .execute();
  }
  await feed.close();
  return rows.length;
}
