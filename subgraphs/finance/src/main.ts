import 'reflect-metadata';
import { loadConfigOrExit } from '../../../shared/config';
import { runSubgraph } from '../../../shared/subgraph';
import { loadFinanceConfig } from './config';
import { financeSubgraph } from './definition';

runSubgraph(financeSubgraph, loadConfigOrExit(() => loadFinanceConfig())).catch((error: unknown) => {
  process.stderr.write(`finance failed to start: ${String(error)}\n`);
  process.exit(1);
});
