import type { SubgraphDefinition } from '../shared/subgraph';
import { commerceSubgraph } from './commerce/src/definition';
import { financeSubgraph } from './finance/src/definition';
import { laborSubgraph } from './labor/src/definition';
import { taxSubgraph } from './tax/src/definition';

/**
 * The one list of subgraphs. Composition (`npm run compose`), `npm start`, the test stack,
 * the benchmark and the deployment check read it; the gateway reads the composed supergraph,
 * never this file. Order matters: labor first, because the others replicate its feed.
 * Adding a subgraph: docs/ARCHITECTURE.md, "Adding a subgraph".
 */
export const SUBGRAPHS: readonly SubgraphDefinition<unknown>[] = [laborSubgraph, financeSubgraph, taxSubgraph, commerceSubgraph];

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
