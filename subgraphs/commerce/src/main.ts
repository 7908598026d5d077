import 'reflect-metadata';
import { loadConfigOrExit } from '../../../shared/config';
import { runSubgraph } from '../../../shared/subgraph';
import { loadCommerceConfig } from './config';
import { commerceSubgraph } from './definition';

runSubgraph(commerceSubgraph, loadConfigOrExit(() => loadCommerceConfig())).catch((error: unknown) => {
  process.stderr.write(`commerce failed to start: ${String(error)}\n`);
  process.exit(1);
});
