import { loadSubgraphConfig, type SubgraphConfig } from '../../../shared/subgraph';

export const TAX_DEFAULT_PORT = 4003;

export function loadTaxConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return loadSubgraphConfig('tax', TAX_DEFAULT_PORT, env);
}
