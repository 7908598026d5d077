import type { EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { badUserInput } from '../../../../shared/errors';
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

/**
 * A later step of a loan rests on the certificate it was applied on: the replica must
 * still show it VALID and held by the applicant (and be fresh), read under the same row
 * lock as the application, so a revocation applied by the feed cannot slip in between
 * the check and the step's writes. The refusal (BAD_USER_INPUT on `field`, the code the
 * application uses) names the loan and the certificate.
 */
export async function recheckLoanCertificate(
  tx: EntityManager,
  loan: { id: number; certificateNumber: string; applicantId: number },
  field: string,
): Promise<void> {
  await lockCertificate(tx, loan.certificateNumber);
  try {
    await requireValidCertificate(tx, loan.certificateNumber, field, loan.applicantId);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      const reason = error.message.slice(`${field}: `.length);
      throw badUserInput(field, `loan ${loan.id} rests on a certificate no longer good for it: ${reason}`);
    }
    throw error;
  }
}
