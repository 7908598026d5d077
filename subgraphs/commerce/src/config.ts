import { loadSubgraphConfig, type SubgraphConfig } from '../../../shared/subgraph';

export const COMMERCE_DEFAULT_PORT = 4004;

export function loadCommerceConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return loadSubgraphConfig('commerce', COMMERCE_DEFAULT_PORT, env);
}
