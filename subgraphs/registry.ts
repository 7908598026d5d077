import type { SubgraphDefinition } from '../shared/subgraph';
import { commerceSubgraph } from './commerce/src/definition';
import { financeSubgraph } from './finance/src/definition';
import { laborSubgraph } from './labor/src/definition';
import { officeSettingsFromEnv } from './joint-office/src/config';
import { jointOfficeSubgraph } from './joint-office/src/definition';
import { taxSubgraph } from './tax/src/definition';

/**
 * The one list of subgraphs. Composition (`npm run compose`), `npm start`, the test stack,
 * the benchmark and the deployment check read it; the gateway reads the composed supergraph,
 * never this file. Order matters: labor first, because the others replicate its feed.
 * The gateway is started after them all; the office only calls it when asked or scheduled.
 * Adding a subgraph: docs/ARCHITECTURE.md, "Adding a subgraph".
 */
export const SUBGRAPHS: readonly SubgraphDefinition<unknown>[] = [
  laborSubgraph,
  financeSubgraph,
  taxSubgraph,
  commerceSubgraph,
  // The joint meeting's office reads the departments through the gateway (GATEWAY_URL).
  jointOfficeSubgraph(officeSettingsFromEnv()),
];

export function subgraphNamed(name: string): SubgraphDefinition<unknown> {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`no subgraph named ${name} in subgraphs/registry.ts`);
  return found;
}

/** The compiled entry point of a subgraph, relative to dist/ (each folder has src/main.ts). */
export function entryPointOf(name: string): string {
  return `subgraphs/${name}/src/main.js`;
}

/** Each subgraph's own SDL, committed beside it, so a department's schema change is its own diff. */
export function sdlPathOf(name: string): string {
  return `subgraphs/${name}/schema.graphql`;
}

/**
 * What the gateway needs for the office: its publications and check runs read the whole
 * city back through the gateway, so its calls get a minute, not the departments' seconds.
 * `npm start`, the test stacks and docker-compose set it; an operator may override it.
 */
export const OFFICE_GATEWAY_ENV = { JOINT_OFFICE_TIMEOUT_MS: '60000' };

/** What every subgraph process gets: the office finds the gateway here (departments ignore it). */
export const gatewayUrlEnv = (gatewayUrl: string) => ({ GATEWAY_URL: gatewayUrl });
