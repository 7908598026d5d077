import type { EntityManager } from 'typeorm';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';

/**
 * Serializes finance's writes on one certificate holder on MariaDB (a row lock on the
 * replica row until commit), so two concurrent requests cannot both pass a per-person
 * limit. SQLite has a single writer, so its transactions are serialized already.
 */
export async function lockCertificate(tx: EntityManager, number: string): Promise<void> {
  const type = tx.connection.options.type;
  if (type !== 'mariadb' && type !== 'mysql') return;
  await tx.getRepository(CertificateReplica).findOne({ where: { number: number.trim() }, lock: { mode: 'pessimistic_write' } });
}
