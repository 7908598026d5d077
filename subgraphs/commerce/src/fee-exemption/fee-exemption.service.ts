import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import type { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { isUniqueViolation } from '../../../../shared/database';
import { badUserInput } from '../../../../shared/errors';
import type { Enterprise } from '../enterprise/enterprise.entity';
import { FeeExemption } from './fee-exemption.entity';
import { exemptionUntil, waivedFees } from './fee-exemption.rules';
import { insertAndFetch } from '../../../../shared/records';
import { closedRefusal } from '../enterprise/closure.rules';

const FIELD = 'input.certificateNumber';

function alreadyUsed(existing: FeeExemption): Error {
  return badUserInput(
    FIELD,
    `certificate ${existing.certificateNumber} already carries the fee exemption of ${existing.enterpriseCreditCode} (${existing.validFrom} to ${existing.validUntil}); one exemption per certificate`,
  );
}

/**
 * Checks, against this department's replica, that a certificate can carry a new
 * exemption for a business of `ownerId` approved on `registeredOn`: VALID as labor last
 * notified, held by the owner, issued by then, and not used for another business.
 */
export async function requireExemptibleCertificate(
  tx: EntityManager,
  certificateNumber: string,
  ownerId: number,
  registeredOn: string,
  viewer: Viewer,
): Promise<CertificateReplica> {
  const certificate = await requireValidCertificate(tx, certificateNumber, FIELD, ownerId, viewer);
  if (registeredOn < certificate.issuedOn) {
    throw badUserInput(
      'input.registeredOn',
      `the business was approved before certificate ${certificate.number} was issued (${certificate.issuedOn})`,
    );
  }
  const existing = await tx.findOneBy(FeeExemption, { certificateNumber: certificate.number });
  if (existing) throw alreadyUsed(existing);
  return certificate;
}

/**
 * Records the exemption on the certificate, from the business's approval date. A closed
 * business gets none: the exemption waives the fees of a business that trades.
 */
export async function grantFeeExemption(tx: EntityManager, certificate: CertificateReplica, business: Enterprise): Promise<FeeExemption> {
  const closed = closedRefusal(business, FIELD);
  if (closed) throw badUserInput(closed.field, closed.message);
  const row = {
    certificateNumber: certificate.number,
    enterpriseCreditCode: business.creditCode,
    countyCode: business.countyCode,
    holderId: certificate.holderId,
    validFrom: business.registeredOn,
    validUntil: exemptionUntil(business.registeredOn),
    ...waivedFees(),
  };
  try {
    return await insertAndFetch(tx, FeeExemption, row);
  } catch (error) {
    // A concurrent registration on the same certificate won the unique key.
    if (isUniqueViolation(error))
      throw badUserInput(FIELD, `certificate ${certificate.number} already carries a fee exemption; one exemption per certificate`);
    throw error;
  }
}
