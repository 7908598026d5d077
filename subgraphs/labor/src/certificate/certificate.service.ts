import { auditedWrite } from '../../../../shared/audit/audited';
import { conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { type CertificateStatus, ReemploymentCertificate } from './certificate.entity';
import { appendCertificateChange, lockFeed } from './certificate-feed';
import { type CertificateAction, transition } from './certificate-status';
import { requiredText } from '../../../../shared/validate';
import { findOrNotFound } from '../../../../shared/records';

/** A reason as the feed and history carry it: 1 to 200 characters. */
export function validReason(reason: string, field = 'reason'): string {
  return requiredText(field, reason, 200);
}

/**
 * One status change of one certificate: the feed lock first (so the reads below are
 * serialized with every other certificate write), then the county and the transition
 * rule, then the row and its outbox change, all in the audited transaction.
 */
export function changeCertificateStatus(
  ctx: LaborContext,
  number: string,
  action: CertificateAction,
  operation: string,
  reason: string | null,
): Promise<ReemploymentCertificate> {
  return auditedWrite(
    ctx,
    { operation, entity: 'ReemploymentCertificate' },
    async (tx) => {
      const sequence = await lockFeed(tx);
      const certificate = await findOrNotFound(tx, ReemploymentCertificate, { number }, { viewer: ctx.viewer });
      const next = transition(certificate.status, action);
      if (!next.ok) throw conflict(`certificate ${number}: ${next.reason}`, { status: certificate.status });
      const status: CertificateStatus = next.status;
      await tx.update(ReemploymentCertificate, { number }, { status, statusReason: reason });
      const holder = await tx.findOneByOrFail(Person, { id: certificate.holderId });
      await appendCertificateChange(tx, sequence, { ...certificate, status, statusReason: reason }, holder.birthDate, new Date());
      return tx.findOneByOrFail(ReemploymentCertificate, { number });
    },
    (c) => [c.number],
  );
}
