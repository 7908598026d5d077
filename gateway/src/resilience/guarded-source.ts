import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Counter } from 'prom-client';
import type { Logger } from '../../../shared/logger';
import type { SubgraphCircuit } from './breaker';
import { CIRCUIT_OPEN, classifyFault, faultErrors, faultMessage, isMutation, neverSent, nulledPaths } from './faults';

export interface GuardOptions {
  circuit: SubgraphCircuit;
  timeoutMs: number;
  logger: Logger;
  failures: Counter<'subgraph' | 'code'>;
}

/**
 * Wraps a department's data source: calls go through its circuit, and a call that fails
 * (timeout, refused, 5xx, circuit open) answers with one error per field it was to fill,
 * carrying `serviceName`, a stable code and the field's path, instead of throwing. The
 * gateway then nulls only those fields and the rest of the answer stands.
 */
export class GuardedDataSource implements GraphQLDataSource {
  constructor(
    private readonly name: string,
    private readonly inner: GraphQLDataSource,
    private readonly options: GuardOptions,
  ) {}

  async process(request: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    // Only clients' operations are guarded (not the gateway's own health checks).
    if (!('incomingRequestContext' in request)) return this.inner.process(request);
    try {
      return await this.options.circuit.fire(() => this.inner.process(request));
    } catch (error) {
      const code = classifyFault(error);
      if (!code) throw error;
      this.options.failures.inc({ subgraph: this.name, code });
      const circuitOpen = (error as { code?: unknown }).code === CIRCUIT_OPEN;
      // The details (URL, cause, body) stay in the gateway's log.
      if (!circuitOpen) this.options.logger.warn({ subgraph: this.name, code, err: error }, 'subgraph call failed');
      const message = faultMessage({
        code,
        service: this.name,
        timeoutMs: this.options.timeoutMs,
        circuitOpen,
        mutation: isMutation(request),
        sent: !neverSent(error),
      });
      return { errors: faultErrors(nulledPaths(request), message, code, this.name) };
    }
  }
}
