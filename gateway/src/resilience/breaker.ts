import CircuitBreaker from 'opossum';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from '../../../shared/logger';
import type { SubgraphName } from '../config';
import { classifyFault } from './faults';
import type { SubgraphGuardSettings } from './settings';

type Call<T> = () => Promise<T>;

export type CircuitState = 'closed' | 'half-open' | 'open';

/**
 * One opossum circuit per department. It counts only faults (timeouts, refused
 * connections, 5xx): a department that keeps failing is failed fast instead of making
 * every request wait for its timeout, and after `resetMs` one call goes through as a
 * probe (half-open) that closes the circuit again if it succeeds. Nothing is retried.
 */
export class SubgraphCircuit {
  private readonly breaker: CircuitBreaker<[Call<unknown>], unknown>;

  constructor(
    readonly name: SubgraphName,
    settings: SubgraphGuardSettings['breaker'],
    logger: Logger,
  ) {
    this.breaker = new CircuitBreaker((call: Call<unknown>) => call(), {
      name,
      // The fetch itself is aborted at the department's timeout (see guarded-source.ts).
      timeout: false,
      errorThresholdPercentage: settings.errorPercent,
      volumeThreshold: settings.volume,
      rollingCountTimeout: settings.windowMs,
      resetTimeout: settings.resetMs,
      errorFilter: (error: unknown) => classifyFault(error) === null,
    });
    this.breaker.on('open', () => logger.warn({ subgraph: name, retryInMs: settings.resetMs }, 'circuit opened: failing fast'));
    this.breaker.on('halfOpen', () => logger.info({ subgraph: name }, 'circuit half-open: probing'));
    this.breaker.on('close', () => logger.info({ subgraph: name }, 'circuit closed: department answers again'));
  }

  fire<T>(call: Call<T>): Promise<T> {
    return this.breaker.fire(call) as Promise<T>;
  }

  get state(): CircuitState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}

const STATE_VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** Prometheus view of the departments: failures by code and each circuit's state. */
export function trackCircuits(registry: Registry, circuits: SubgraphCircuit[]): Counter<'subgraph' | 'code'> {
  new Gauge({
    name: 'gateway_subgraph_circuit_state',
    help: 'Circuit per department: 0 closed, 1 half-open (probing), 2 open (failing fast)',
    labelNames: ['subgraph'],
    registers: [registry],
    collect() {
      for (const circuit of circuits) this.set({ subgraph: circuit.name }, STATE_VALUE[circuit.state]);
    },
  });
  return new Counter({
    name: 'gateway_subgraph_failures_total',
    help: 'Calls to a department that failed, by code (SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE)',
    labelNames: ['subgraph', 'code'],
    registers: [registry],
  });
}
