import type { EntityManager } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { isUniqueViolation } from '../../../../shared/database';
import { badUserInput, conflict } from '../../../../shared/errors';
import { requireCommerceRegistration } from '../register-replica/commerce-registration';
import { TaxRegistration } from './tax-registration.entity';
import type { ValidRegistration } from './taxpayer.inputs';
import { insertAndFetch } from '../../../../shared/records';

/** The owner of an individual business, as the replica knows the certificate (any status: registering is no benefit). */
async function ownerOf(tx: EntityManager, registration: ValidRegistration, viewer: Viewer): Promise<number | null> {
  if (!registration.ownerCertificateNumber) return null;
  const certificate = await tx.findOneBy(CertificateReplica, { number: registration.ownerCertificateNumber });
  if (!certificate || !canAccessCounty(viewer, certificate.countyCode)) {
    throw badUserInput(
      'input.ownerCertificateNumber',
      `certificate ${registration.ownerCertificateNumber} is unknown here (labor has not notified it)`,
    );
  }
  return certificate.holderId;
}

/** Both offices register the same taxpayer: kind and owner must agree with the other office's entry. */
function assertConsistent(registration: ValidRegistration, ownerId: number | null, existing: TaxRegistration[]): void {
  const same = existing.find((r) => r.office === registration.office);
  if (same)
    throw conflict(`${registration.creditCode} is already registered with ${registration.office} (registration ${same.id})`, {
      id: String(same.id),
    });
  const other = existing[0];
  if (other && other.kind !== registration.kind) {
    throw badUserInput('input.kind', `${registration.creditCode} is registered with ${other.office} as ${other.kind}`);
  }
  if (other && other.ownerId !== ownerId) {
    throw badUserInput('input.ownerCertificateNumber', `${registration.creditCode} is registered with ${other.office} to another owner`);
  }
}

/** Registers the taxpayer with one office, consistent with the other office's entry. */
export async function registerTaxpayer(tx: EntityManager, viewer: Viewer, registration: ValidRegistration): Promise<TaxRegistration> {
  const ownerId = await ownerOf(tx, registration, viewer);
  assertConsistent(registration, ownerId, await tx.findBy(TaxRegistration, { creditCode: registration.creditCode }));
  // An individual business is registered for tax only as commerce registered it, to this owner.
  if (ownerId !== null && registration.ownerCertificateNumber) {
    const owner = { holderId: ownerId, certificateNumber: registration.ownerCertificateNumber };
    await requireCommerceRegistration(tx, registration.creditCode, owner, 'input.creditCode');
  }
  const { creditCode, office, kind, industry, registeredOn, countyCode } = registration;
  try {
    return await insertAndFetch(tx, TaxRegistration, { creditCode, office, kind, industry, registeredOn, countyCode, ownerId });
  } catch (error) {
    // A concurrent registration with the same office won the unique key.
    if (isUniqueViolation(error)) throw conflict(`${registration.creditCode} is already registered with ${registration.office}`);
    throw error;
  }
}
