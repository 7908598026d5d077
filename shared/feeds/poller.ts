import { databaseFault } from '../faults';
import type { FeedWorker } from './sync';

/**
 * Polls a subgraph's feed workers in one loop, one after another, every `intervalMs`,
 * rather than on a timer each. On SQLite the workers share the department's one
 * connection, and while another process holds the database each worker's cursor write
 * waits out the busy timeout: a round therefore ends at the first database fault, so
 * readers still get through (as with one feed). Any other failure (a publisher down) is
 * the worker's own: recorded in its cursor, and the others still run.
 */
export function pollFeeds(workers: FeedWorker[], intervalMs: number): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  const runRound = async () => {
    for (const worker of workers) {
      try {
        await worker.syncOnce();
      } catch (error) {
        if (databaseFault(error)) return;
      }
    }
  };
  const tick = () => {
    round = runRound().finally(() => {
      round = undefined;
      if (timer) timer = setTimeout(tick, intervalMs);
    });
  };
  if (workers.length) timer = setTimeout(tick, 0);
  return {
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await round;
    },
  };
}
