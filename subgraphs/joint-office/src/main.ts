import 'reflect-metadata';
import { loadConfigOrExit } from '../../../shared/config';
import { runSubgraph } from '../../../shared/subgraph';
import { loadJointOfficeConfig } from './config';
import { jointOfficeSubgraph } from './definition';

const config = loadConfigOrExit(() => loadJointOfficeConfig());
runSubgraph(jointOfficeSubgraph(config.office), config.subgraph).catch((error: unknown) => {
  process.stderr.write(`joint-office failed to start: ${String(error)}\n`);
  process.exit(1);
});
