import { createLogger } from './logger';
import { pollJobs } from './jobs';

describe('pollJobs', () => {
  it('runs the jobs at once and every interval, a failing one not stopping the others, until stopped', async () => {
    const logger = createLogger('jobs-test', 'silent');
    const warn = jest.spyOn(logger, 'warn');
    let runs = 0;
    const polling = pollJobs(
      [
        {
          name: 'broken',
          run: () => Promise.reject(new Error('database down')),
        },
        {
          name: 'counter',
          run: async () => {
            runs += 1;
          },
        },
      ],
      5,
      logger,
    );
    // Until a second round has run (bounded: a loaded machine is slow, not wrong).
    for (let waited = 0; runs < 2 && waited < 5000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    await polling.stop();
    const stoppedAt = runs;
    expect(stoppedAt).toBeGreaterThanOrEqual(2);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ job: 'broken' }), expect.any(String));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(stoppedAt);
  });
});
