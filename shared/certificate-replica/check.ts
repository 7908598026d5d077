import type { DataSource, EntityManager } from 'typeorm';
import { canAccessCounty, type Viewer } from '../auth/viewer';
import { badUserInput } from '../errors';
import { CertificateReplica } from './replica.entity';
import { requireFreshReplica } from './staleness';

/**
 * The certificate a benefit rests on, as this department's replica knows it: it must be
 * VALID and, when `holderId` is given, held by that person. Errors name `field`. The copy
 * itself must be fresh enough (CERTIFICATE_REPLICA_STALE otherwise). For a county-limited
 * `viewer` another county's certificate is unknown, like one never notified: its state is
 * not for that county to learn.
 */
export async function requireValidCertificate(
  db: DataSource | EntityManager,
  number: string,
  field: string,
  holderId?: number,
  viewer?: Viewer,
): Promise<CertificateReplica> {
  await requireFreshReplica(db);
  const certificate = await db.getRepository(CertificateReplica).findOneBy({ number: number.trim() });
  if (!certificate || (viewer && !canAccessCounty(viewer, certificate.countyCode))) {
    throw badUserInput(field, `certificate ${number} is unknown here (labor has not notified it)`);
  }
  if (certificate.status !== 'VALID') throw badUserInput(field, `certificate ${number} is ${certificate.status}, not VALID`);
  if (holderId !== undefined && certificate.holderId !== holderId) {
    throw badUserInput(field, `certificate ${number} is not held by person ${holderId}`);
  }
  return certificate;
}
