import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { contractOperation } from '../../helpers/operations';
import type { Context } from '../helpers/context';
import { eventually, sleep } from '../helpers/processes';
import { applyForLoan, readFeed, registerHolder, replicaReaches } from '../helpers/records';

/** True when a new request to `base` is not served (connection refused or closed). */
async function refuses(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

/**
 * SIGTERM: stop accepting, finish what is in flight (within SHUTDOWN_GRACE_MS), close
 * the database, exit 0.
 */
export function shutdownScenarios(ctx: Context, onMariaDb: boolean): void {
  describe('graceful shutdown', () => {
    it('the gateway drains a request in flight (waiting on a hung department) and exits 0', async () => {
      const { stack, variables } = ctx();
      const { gateway, finance } = stack.services;
      finance.pause();
      try {
        const inFlight = stack.query<{ person: { name: string } }>(contractOperation('PersonDossier'), variables.PersonDossier);
        await sleep(300);
        gateway.signal('SIGTERM');
        await sleep(300);
        expect(await refuses(gateway.base)).toBe(true);
        const answer = await inFlight;
        expect(answer.status).toBe(200);
        expect(answer.data?.person.name).toEqual(expect.any(String));
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_TIMEOUT']);
        expect(await gateway.waitExit()).toBe(0);
        expect(gateway.log()).toMatch(/"msg":"stopped"/);
      } finally {
        finance.resume();
      }
      await gateway.start();
    });

    it('a subgraph finishes a request in flight, closes its database and exits 0', async () => {
      const { stack, mariadb } = ctx();
      const { finance } = stack.services;
      const holder = await registerHolder(stack, '冯晓梅');
      await replicaReaches(stack, 'finance', (await readFeed(stack)).lastSequence);
      // Hold the request inside the database: MariaDB stopped, or the SQLite file locked.
      const lock = onMariaDb ? undefined : new Database(stack.databases.finance.replace(/^sqlite:/, ''));
      if (lock) lock.exec('BEGIN EXCLUSIVE');
      else mariadb!.pause();
      let inFlight;
      try {
        inFlight = stack.post<{ applyForLoan: { id: string } }>(
          finance.url,
          contractOperation('ApplyForLoan'),
          {
            input: {
              applicantId: holder.personId,
              certificateNumber: holder.number,
              amount: '6000.00',
              termMonths: 12,
              purpose: '修鞋',
              lowProfitProject: true,
            },
          },
          'finance',
        );
        await sleep(100);
        finance.signal('SIGTERM');
        await sleep(150);
      } finally {
        if (lock) {
          lock.exec('ROLLBACK');
          lock.close();
        } else {
          mariadb!.resume();
        }
      }
      const answer = await inFlight;
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.applyForLoan.id).toEqual(expect.any(String));
      expect(await finance.waitExit()).toBe(0);
      expect(finance.log()).toMatch(/"msg":"database closed"[\s\S]*"msg":"stopped"/);
      if (onMariaDb) {
        const database = new URL(stack.databases.finance).pathname.slice(1);
        await eventually(
          "finance's connections closed",
          async () => ((await mariadb!.connectionsTo(database)) === 0 ? true : undefined),
          10_000,
        );
      } else {
        // A cleanly closed SQLite database checkpoints and removes its write-ahead log.
        expect(existsSync(`${stack.databases.finance.replace(/^sqlite:/, '')}-wal`)).toBe(false);
      }
      await finance.start();
      const loan = await applyForLoan(stack, holder, '1000.00');
      expect(loan.errors).toBeUndefined();
    });
  });
}
