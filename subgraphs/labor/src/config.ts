import { loadSubgraphConfig, type SubgraphConfig } from '../../../shared/subgraph';

export const LABOR_DEFAULT_PORT = 4001;

export function loadLaborConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return loadSubgraphConfig('labor', LABOR_DEFAULT_PORT, env);
}
