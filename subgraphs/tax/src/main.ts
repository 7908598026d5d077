import 'reflect-metadata';
import { loadConfigOrExit } from '../../../shared/config';
import { runSubgraph } from '../../../shared/subgraph';
import { loadTaxConfig } from './config';
import { taxSubgraph } from './definition';

runSubgraph(taxSubgraph, loadConfigOrExit(() => loadTaxConfig())).catch((error: unknown) => {
  process.stderr.write(`tax failed to start: ${String(error)}\n`);
  process.exit(1);
});
