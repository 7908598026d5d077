import type { EntityManager } from 'typeorm';
import { makeCreditCode } from '../../../../shared/checksums';
import { isUniqueViolation } from '../../../../shared/database';
import { conflict } from '../../../../shared/errors';
import { EmployeeCount } from '../employees/employee-count.entity';
import { EnterpriseKind, type Industry } from './enterprise.enums';
import { Enterprise } from './enterprise.entity';
import { NEW_SERIAL_BASE, RegisterSequence } from './register-sequence.entity';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendRegisterChange } from '../register-feed/register-feed';
import { summarizeRegistration } from '../summary/commerce-summary.service';

export interface NewRegisterEntry {
  /** A code the entry already carries (a migrated record), or null to assign one. */
  creditCode: string | null;
  registrationNumber: string | null;
  name: string;
  kind: EnterpriseKind;
  industry: Industry;
  countyCode: string;
  ownerId: number | null;
  registeredOn: string;
  employeeCount: number;
}

/** GB 32100 entity type under authority 9 (industry and commerce): 2 individual business, 1 enterprise. */
function entityType(kind: EnterpriseKind): '1' | '2' {
  return kind === EnterpriseKind.INDIVIDUAL_BUSINESS ? '2' : '1';
}

/**
 * Puts an entry on the register with its first employee count, assigning a credit code
 * from the register sequence unless it brings one. Duplicate codes or registration
 * numbers are refused as CONFLICT, also when a concurrent write wins the race. The entry
 * goes on the register feed in the same transaction, with the owner's certificate the
 * registration cites (`ownerCertificateNumber`), if any.
 */
export async function insertRegisterEntry(
  tx: EntityManager,
  entry: NewRegisterEntry,
  ownerCertificateNumber: string | null = null,
): Promise<Enterprise> {
  if (entry.creditCode && (await tx.existsBy(Enterprise, { creditCode: entry.creditCode }))) {
    throw conflict(`credit code ${entry.creditCode} is already on the register`, { creditCode: entry.creditCode });
  }
  if (entry.registrationNumber && (await tx.existsBy(Enterprise, { registrationNumber: entry.registrationNumber }))) {
    throw conflict(`registration number ${entry.registrationNumber} is already on the register`, {
      registrationNumber: entry.registrationNumber,
    });
  }
  let creditCode = entry.creditCode;
  if (!creditCode) {
    const { identifiers } = await tx.insert(RegisterSequence, {});
    creditCode = makeCreditCode(entityType(entry.kind), entry.countyCode, NEW_SERIAL_BASE + Number(identifiers[0].id));
  }
  try {
    await tx.insert(Enterprise, { ...entry, creditCode });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`credit code ${creditCode} or registration number ${entry.registrationNumber ?? '-'} was registered concurrently`);
    throw error;
  }
  await tx.insert(EmployeeCount, { creditCode, effectiveOn: entry.registeredOn, employeeCount: entry.employeeCount });
  await summarizeRegistration(tx, entry);
  await appendRegisterChange(tx, creditCode, FeedEvent.CREATED, ownerCertificateNumber);
  return tx.findOneByOrFail(Enterprise, { creditCode });
}
