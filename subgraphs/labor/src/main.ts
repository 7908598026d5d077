import 'reflect-metadata';
import { loadConfigOrExit } from '../../../shared/config';
import { runSubgraph } from '../../../shared/subgraph';
import { loadLaborConfig } from './config';
import { laborSubgraph } from './definition';

runSubgraph(laborSubgraph, loadConfigOrExit(() => loadLaborConfig())).catch((error: unknown) => {
  process.stderr.write(`labor failed to start: ${String(error)}\n`);
  process.exit(1);
});
