import type { Readiness, ReadinessProbe } from '../../shared/readiness';
import type { SubgraphName } from './config';
import type { SubgraphCircuit } from './resilience/breaker';

interface DepartmentReadiness {
  status: 'ready' | 'unavailable';
  /** Why not: NOT_READY (it answered 503: database, migrations), SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE. */
  code?: string;
  circuit: string;
  /** The department's own report (database, migrations, certificate replica lag). */
  checks?: unknown;
}

/** A subgraph's readiness endpoint beside its GraphQL endpoint (`…/graphql` → `…/ready`). */
export const readyUrl = (graphqlUrl: string): string => new URL('ready', graphqlUrl).href;

async function probe(url: string, timeoutMs: number, circuit: SubgraphCircuit): Promise<DepartmentReadiness> {
  // The circuit as requests see it now, not after this probe has waited for an answer.
  const state = circuit.state;
  try {
    const response = await fetch(readyUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as { checks?: unknown };
    if (response.ok) return { status: 'ready', circuit: state, checks: body.checks };
    return { status: 'unavailable', code: 'NOT_READY', circuit: state, checks: body.checks };
  } catch (error) {
    const timedOut = typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'TimeoutError';
    return { status: 'unavailable', code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', circuit: state };
  }
}

/**
 * The gateway is ready when every department is: each subgraph's /ready is asked in
 * parallel, within that department's timeout. The body names the missing ones; the
 * gateway still serves partial answers meanwhile (this is for operators and orchestrators).
 */
export function departmentsReadiness(
  names: SubgraphName[],
  urls: Record<SubgraphName, string>,
  timeoutMs: Record<SubgraphName, number>,
  circuits: Record<SubgraphName, SubgraphCircuit>,
): ReadinessProbe {
  return async (): Promise<Readiness> => {
    const results = await Promise.all(names.map(async (name) => [name, await probe(urls[name], timeoutMs[name], circuits[name])] as const));
    const missing = results.filter(([, r]) => r.status !== 'ready').map(([name]) => name);
    return { ready: missing.length === 0, body: { missing, departments: Object.fromEntries(results) } };
  };
}
