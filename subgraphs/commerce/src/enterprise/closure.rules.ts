/** Why a closure cannot be recorded: the input field to fix and the reason. */
export interface ClosureRefusal {
  field: string;
  message: string;
}

/**
 * Whether an entry can be closed on `closedOn` (the business date check is the input's):
 * once only, not before its registration, and not before its last recorded head count —
 * counts only move forward in time, and the closure is the count falling to nothing, so a
 * closure dated before a later count would leave the history saying the business employed
 * people after it closed.
 */
export function closureRefusal(
  entry: { creditCode: string; registeredOn: string; closedOn: string | null },
  lastCount: { effectiveOn: string; employeeCount: number } | null,
  closedOn: string,
): ClosureRefusal | null {
  if (entry.closedOn !== null) {
    return { field: 'input.creditCode', message: `${entry.creditCode} was already closed (注销登记) on ${entry.closedOn}` };
  }
  if (closedOn < entry.registeredOn) {
    return { field: 'input.closedOn', message: `precedes the registration of ${entry.creditCode} (${entry.registeredOn})` };
  }
  if (lastCount && closedOn < lastCount.effectiveOn) {
    return {
      field: 'input.closedOn',
      message: `precedes the last recorded count of ${entry.creditCode} (${lastCount.employeeCount} from ${lastCount.effectiveOn})`,
    };
  }
  return null;
}

/** An entry closed on the register takes no further changes (head counts, exemptions). */
export function closedRefusal(entry: { creditCode: string; closedOn: string | null }, field: string): ClosureRefusal | null {
  if (entry.closedOn === null) return null;
  return { field, message: `${entry.creditCode} was closed (注销登记) on ${entry.closedOn}: the register takes no further change of it` };
}
