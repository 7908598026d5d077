import type { DataSource } from 'typeorm';
import type { Logger } from '../../../../shared/logger';
import type { GatewayClient } from '../gateway/gateway-client';
import { runConsistencyChecks } from './check-run';

/**
 * 定期督查 — the checks on a schedule (JOINT_OFFICE_CHECK_INTERVAL_MINUTES). A run that
 * fails (a department down) is logged and tried again at the next tick; runs never overlap.
 */
export function scheduleChecks(db: DataSource, gateway: GatewayClient, intervalMinutes: number, logger: Logger): { stop(): Promise<void> } {
  if (intervalMinutes <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runConsistencyChecks(db, gateway)
      .then((run) =>
        logger.info({ findings: run.findings, opened: run.opened, resolved: run.resolved }, 'scheduled consistency checks ran'),
      )
      .catch((error: unknown) => logger.warn({ err: error }, 'scheduled consistency checks failed; retrying at the next tick'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMinutes * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
