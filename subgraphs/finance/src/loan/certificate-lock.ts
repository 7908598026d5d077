import type { EntityManager } from 'typeorm';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { hasRowLocks, rowLock } from '../../../../shared/records';

/**
 * Serializes finance's writes on one certificate holder on MariaDB (a row lock on the
 * replica row until commit), so two concurrent requests cannot both pass a per-person
 * limit. SQLite has a single writer, so its transactions are serialized already.
 */
export async function lockCertificate(tx: EntityManager, number: string): Promise<void> {
  if (!hasRowLocks(tx)) return;
  await tx.findOne(CertificateReplica, { where: { number: number.trim() }, ...rowLock(tx) });
}
