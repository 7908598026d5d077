import type { DataSource } from 'typeorm';
import type { Logger } from './logger';

/** What a subgraph's periodic jobs are built from. */
export interface JobOptions {
  db: DataSource;
  logger: Logger;
  /** The business date (`YYYY-MM-DD`), as the resolvers see it. */
  today: () => string;
}

/** Work a subgraph does on its own database as days pass (labor's ageing refresh of hardship flags). */
export interface SubgraphJob {
  name: string;
  /** One run; idempotent, and safe beside a concurrent run (another process on the same database). */
  run(): Promise<void>;
}

/**
 * Runs the jobs at once and then every `intervalMs`, one after another, in one loop like
 * the feed workers (pollFeeds): a job that fails is logged and tried again next round.
 */
export function pollJobs(jobs: SubgraphJob[], intervalMs: number, logger: Logger): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  const runRound = async () => {
    for (const job of jobs) {
      try {
        await job.run();
      } catch (error) {
        logger.warn({ job: job.name, err: error }, 'job failed; retried next round');
      }
    }
  };
  const tick = () => {
    round = runRound().finally(() => {
      round = undefined;
      if (timer) timer = setTimeout(tick, intervalMs);
    });
  };
  if (jobs.length) timer = setTimeout(tick, 0);
  return {
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await round;
    },
  };
}
