import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { badUserInput } from '../../../../shared/errors';
import { FeedEvent } from '../../../../shared/feeds/event';
import { findOrNotFound } from '../../../../shared/records';
import { EmployeeCount } from '../employees/employee-count.entity';
import { appendRegisterChange } from '../register-feed/register-feed';
import { summarizeEmployees } from '../summary/commerce-summary.service';
import type { ValidClosure } from './closure.inputs';
import { closureRefusal } from './closure.rules';
import { Enterprise } from './enterprise.entity';

/**
 * 注销登记: closes a register entry on `closedOn`, in `tx`. The closure is also the entry's
 * head count falling to nothing from that day, recorded in the count history like any other
 * count: the statistics read staff as of a period's end from that history
 * (registration-stats.queries.ts) and commerce_monthly_summary keeps the same change, so the
 * staff drop out from the closure month on while registrations (a flow, by registration
 * month) stay as circulated. The feed carries the closure (CHANGED with `closedOn`): labor
 * ends the owner's self-employment on it and tax the business's relief. Fee exemptions end
 * by a rule of dates when read (fee-exemption-end.rules.ts), nothing is written on them.
 * Another county's entry is NOT_FOUND; the row is locked before deciding from it.
 */
export async function closeBusiness(tx: EntityManager, viewer: Viewer, closure: ValidClosure): Promise<Enterprise> {
  const entry = await findOrNotFound(tx, Enterprise, { creditCode: closure.creditCode }, { viewer, lock: true });
  const last = await tx.findOne(EmployeeCount, {
    where: { creditCode: entry.creditCode },
    order: { effectiveOn: 'DESC', id: 'DESC' },
  });
  const refusal = closureRefusal(entry, last, closure.closedOn);
  if (refusal) throw badUserInput(refusal.field, refusal.message);
  await tx.update(
    Enterprise,
    { creditCode: entry.creditCode },
    { closedOn: closure.closedOn, closedBecause: closure.reason, employeeCount: 0 },
  );
  await tx.insert(EmployeeCount, { creditCode: entry.creditCode, effectiveOn: closure.closedOn, employeeCount: 0 });
  await summarizeEmployees(tx, entry, last?.employeeCount ?? 0, 0, closure.closedOn);
  await appendRegisterChange(tx, entry.creditCode, FeedEvent.CHANGED);
  return tx.findOneByOrFail(Enterprise, { creditCode: entry.creditCode });
}
