import { loadConfigOrExit } from '../../shared/config';
import { createLogger } from '../../shared/logger';
import { stopOnSignals } from '../../shared/server';
import { loadGatewayConfig } from './config';
import { createGateway } from './gateway';

async function main(): Promise<void> {
  const config = loadConfigOrExit(() => loadGatewayConfig());
  const logger = createLogger('gateway', config.logLevel);
  const service = await createGateway(config, logger);
  const url = await service.listen(config.port, config.host);
  logger.info({ url, subgraphs: config.subgraphUrls }, `gateway ready: send queries to ${url}`);
  stopOnSignals(logger, () => service.stop(), { graceMs: config.shutdownGraceMs });
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${String(error)}\n`);
  process.exit(1);
});
