import type { SubgraphContext } from '../../../shared/subgraph';
import type { GatewayClient } from './gateway/gateway-client';

/** The office keeps no loaders of its own records (each request reads a handful of rows); it carries its way to the departments. */
export interface OfficeLoaders {
  gateway: GatewayClient;
}

export type OfficeContext = SubgraphContext<OfficeLoaders>;
