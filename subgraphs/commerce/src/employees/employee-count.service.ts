import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { badUserInput } from '../../../../shared/errors';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseKind } from '../enterprise/enterprise.enums';
import { requireIndividualBusinessStaff } from './individual-business-staff';
import { EmployeeCount } from './employee-count.entity';
import type { ValidEmployeeCountUpdate } from './employee-count.inputs';
import { findOrNotFound } from '../../../../shared/records';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendRegisterChange } from '../register-feed/register-feed';
import { summarizeEmployees } from '../summary/commerce-summary.service';
import { closedRefusal } from '../enterprise/closure.rules';

/**
 * Records the new count and sets it on the register entry; a closed entry's staff stay at
 * nothing (closeBusiness recorded that as its last count). Counts only move forward in
 * time: a change dated before the last recorded one would rewrite a month already
 * reported to the joint meeting.
 */
export async function updateEmployeeCount(tx: EntityManager, viewer: Viewer, update: ValidEmployeeCountUpdate): Promise<Enterprise> {
  // Locked, so a closure being recorded concurrently is seen (or waits for this count).
  const enterprise = await findOrNotFound(tx, Enterprise, { creditCode: update.creditCode }, { viewer, lock: true });
  const closed = closedRefusal(enterprise, 'input.creditCode');
  if (closed) throw badUserInput(closed.field, closed.message);
  if (enterprise.kind === EnterpriseKind.INDIVIDUAL_BUSINESS) requireIndividualBusinessStaff(update.employeeCount, 'input.employeeCount');
  if (update.effectiveOn < enterprise.registeredOn) {
    throw badUserInput('input.effectiveOn', `precedes the registration of ${enterprise.creditCode} (${enterprise.registeredOn})`);
  }
  const last = await tx.findOne(EmployeeCount, {
    where: { creditCode: enterprise.creditCode },
    order: { effectiveOn: 'DESC', id: 'DESC' },
  });
  if (last && update.effectiveOn < last.effectiveOn) {
    throw badUserInput('input.effectiveOn', `precedes the last recorded count (${last.employeeCount} from ${last.effectiveOn})`);
  }
  await tx.insert(EmployeeCount, {
    creditCode: enterprise.creditCode,
    effectiveOn: update.effectiveOn,
    employeeCount: update.employeeCount,
  });
  await tx.update(Enterprise, { creditCode: enterprise.creditCode }, { employeeCount: update.employeeCount });
  await summarizeEmployees(tx, enterprise, last?.employeeCount ?? 0, update.employeeCount, update.effectiveOn);
  await appendRegisterChange(tx, enterprise.creditCode, FeedEvent.CHANGED);
  return tx.findOneByOrFail(Enterprise, { creditCode: enterprise.creditCode });
}
