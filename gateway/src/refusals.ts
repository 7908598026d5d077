import { Counter, type Registry } from 'prom-client';

/** Who a refusal met: a department's (or the office's, an auditor's) token, a partner's, or none. */
export type CallerKind = 'client' | 'partner' | 'anonymous';

export type RefusalCounter = Counter<'code' | 'caller'>;

/**
 * Requests the gateway refused before GraphQL ran, by code (RATE_LIMITED,
 * OPERATION_NOT_REGISTERED) and kind of caller: a partner hitting either shows here first.
 */
export function refusalCounter(registry: Registry): RefusalCounter {
  return new Counter({
    name: 'gateway_refused_requests_total',
    help: 'Requests refused before GraphQL ran, by code (RATE_LIMITED, OPERATION_NOT_REGISTERED) and caller (client, partner, anonymous)',
    labelNames: ['code', 'caller'],
    registers: [registry],
  });
}
