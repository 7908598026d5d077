import type { GraphQLDataSource } from '@apollo/gateway';
import type { Registry } from 'prom-client';
import type { Logger } from '../../../shared/logger';
import type { SubgraphName } from '../config';
import { SubgraphCircuit, trackCircuits } from './breaker';
import { GuardedDataSource } from './guarded-source';
import type { SubgraphGuardSettings } from './settings';

export interface SubgraphGuards {
  circuits: Record<SubgraphName, SubgraphCircuit>;
  /** Puts a department's data source behind its circuit and fault answers. */
  guard(name: SubgraphName, source: GraphQLDataSource): GraphQLDataSource;
}

/** One circuit per department, created once so that it outlives schema reloads. */
export function createSubgraphGuards(
  names: SubgraphName[],
  settings: SubgraphGuardSettings,
  logger: Logger,
  registry: Registry,
): SubgraphGuards {
  const circuits: Record<SubgraphName, SubgraphCircuit> = Object.fromEntries(
    names.map((name) => [name, new SubgraphCircuit(name, settings.breaker, logger)]),
  );
  const failures = trackCircuits(registry, Object.values(circuits));
  return {
    circuits,
    guard: (name, source) =>
      new GuardedDataSource(name, source, { circuit: circuits[name], timeoutMs: settings.timeoutMs[name], logger, failures }),
  };
}
