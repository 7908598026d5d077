import { loadSubgraphConfig, type SubgraphConfig } from '../../../shared/subgraph';

export const FINANCE_DEFAULT_PORT = 4002;

export function loadFinanceConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return loadSubgraphConfig('finance', FINANCE_DEFAULT_PORT, env);
}
