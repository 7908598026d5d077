import type { Logger } from './logger';

export interface ShutdownOptions {
  /** The drain's own bound; the process exits with 1 if stopping takes this plus a margin. */
  graceMs?: number;
}

/** Time for closing the database and flushing logs after the drain's grace period. */
const CLOSE_MARGIN_MS = 5000;

/**
 * SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (within the
 * grace period; then their connections are closed), close the database, exit 0. If
 * stopping hangs (a database that does not answer), the process exits 1 at the bound
 * rather than never. A second signal exits at once.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>, options: ShutdownOptions = {}): void {
  const boundMs = (options.graceMs ?? 10_000) + CLOSE_MARGIN_MS;
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, boundMs }, 'shutting down: draining in-flight requests');
    setTimeout(() => {
      logger.error({ boundMs }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, boundMs).unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
