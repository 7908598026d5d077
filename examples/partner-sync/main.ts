import pino from 'pino';
import { ConfigError, loadConfig, type SyncConfig } from './config';
import { feedOperation } from './feeds';
import { GatewayClient } from './gateway-client';
import { SyncError, syncFeed } from './sync';

/**
 * A partner's export of one department feed to JSON lines (README beside this file):
 * `PARTNER_TOKEN=… node dist/examples/partner-sync/main.js --feed certificateChanges --out certs.jsonl`.
 * Exits 0 when caught up (or stopped by SIGINT/SIGTERM), 1 when it gave up, 78 on bad options.
 */
async function main(): Promise<number> {
  let config: SyncConfig;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 78; // EX_CONFIG
  }
  const logger = pino({ level: config.logLevel, base: { feed: config.feed }, timestamp: pino.stdTimeFunctions.isoTime });
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      logger.info({ signal }, 'stopping after the page in hand');
      stop.abort();
    });
  const operation = feedOperation(config.feed);
  try {
    const written = await syncFeed({
      operation,
      client: new GatewayClient({ url: config.gatewayUrl, token: config.token, timeoutMs: config.requestTimeoutMs, signal: stop.signal }),
      outFile: config.outFile,
      stateFile: config.stateFile,
      pageSize: config.pageSize,
      follow: config.follow,
      pollIntervalMs: config.pollIntervalMs,
      retry: config.retry,
      logger,
      signal: stop.signal,
    });
    logger.info({ written, outFile: config.outFile }, 'export done');
    return 0;
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    logger.error({ reason: error.message }, 'export stopped; the next run resumes from the saved cursor');
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`partner-sync failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
