import { contractOperation } from '../../helpers/operations';
import type { Context } from '../helpers/context';
import { eventually } from '../helpers/processes';
import {
  applyForLoan,
  type FeedState,
  type Holder,
  loansOf,
  readFeed,
  registerHolder,
  replicaOf,
  replicaReaches,
} from '../helpers/records';

const CONSUMERS = ['finance', 'tax', 'commerce'] as const;

async function certificateOf(ctx: Context, personId: string): Promise<{ number: string; status: string } | null | undefined> {
  const res = await ctx().stack.query<{ person: { certificate: { number: string; status: string } | null } | null }>(
    'query($id: ID!) { person(id: $id) { certificate { number status } } }',
    { id: personId },
  );
  return res.data?.person?.certificate;
}

/** Every replica applied the whole feed: one row per certificate, up to the last sequence. */
async function expectReplicasExactlyOnce(ctx: Context, feed: FeedState): Promise<void> {
  // Labor's feed itself: strictly increasing sequences, none repeated.
  expect(feed.sequences).toEqual([...feed.sequences].sort((a, b) => a - b));
  expect(new Set(feed.sequences).size).toBe(feed.sequences.length);
  for (const department of CONSUMERS) {
    const state = await replicaReaches(ctx().stack, department, feed.lastSequence);
    expect([department, state.lastSequence, state.certificates]).toEqual([department, feed.lastSequence, feed.latest.size]);
  }
}

/**
 * kill -9 right after an acknowledged write: the write survives the restart (SQLite WAL,
 * InnoDB redo log), and the certificate feed and the replicas carry every change exactly
 * once in effect, whichever side was killed mid-way.
 */
export function durabilityScenarios(ctx: Context, onMariaDb: boolean): void {
  describe('durability', () => {
    let holder: Holder;

    it('labor killed right after acknowledging a certificate: it is there after restart and reaches every replica once', async () => {
      const { stack } = ctx();
      holder = await registerHolder(stack, '陈志强');
      expect(await stack.services.labor.kill()).toBeNull();
      await stack.services.labor.start();
      expect(await certificateOf(ctx, holder.personId)).toEqual({ number: holder.number, status: 'VALID' });
      const feed = await readFeed(stack);
      expect(feed.latest.has(holder.number)).toBe(true);
      await expectReplicasExactlyOnce(ctx, feed);
    });

    it('finance killed right after acknowledging a loan: the loan is there after restart', async () => {
      const { stack } = ctx();
      const applied = await applyForLoan(stack, holder, '8000.00');
      expect(applied.errors).toBeUndefined();
      await stack.services.finance.kill();
      await stack.services.finance.start();
      expect(await loansOf(stack, holder.personId)).toEqual([{ id: applied.data!.applyForLoan.id, amount: '8000.00' }]);
    });

    it('replicas killed while the feed moves: no change lost, none applied twice', async () => {
      const { stack } = ctx();
      const holders = [await registerHolder(stack, '孙丽'), await registerHolder(stack, '赵国庆')];
      const revoked = await stack.query(contractOperation('RevokeCertificate'), { number: holders[0].number, reason: '已就业' }, 'labor');
      expect(revoked.errors).toBeUndefined();
      // Killed while polling every 300 ms: some mid-sync, some right after a page.
      await Promise.all(CONSUMERS.map((name) => stack.services[name].kill()));
      await Promise.all(CONSUMERS.map((name) => stack.services[name].start()));
      const feed = await readFeed(stack);
      await expectReplicasExactlyOnce(ctx, feed);
      const before = await replicaOf(stack, 'finance');
      await stack.services.finance.kill();
      await stack.services.finance.start();
      expect(await replicaOf(stack, 'finance')).toMatchObject({ lastSequence: before.lastSequence, certificates: before.certificates });
      // The revocation arrived: finance refuses a loan on it.
      const refused = await applyForLoan(stack, holders[0], '1000.00');
      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'input.certificateNumber' },
        message: expect.stringMatching(/REVOKED/),
      });
    });

    if (onMariaDb) {
      it('MariaDB killed right after an acknowledged write: the write is there once it restarts, the services reconnect by themselves', async () => {
        const { stack, mariadb } = ctx();
        const pids = Object.values(stack.services).map((s) => s.pid);
        const fresh = await registerHolder(stack, '钱伟');
        const loan = await applyForLoan(stack, holder, '2000.00');
        expect(loan.errors).toBeUndefined();
        await mariadb!.kill();
        await mariadb!.start();
        await eventually('the certificate readable again', async () => ((await certificateOf(ctx, fresh.personId)) ? true : undefined));
        expect(await certificateOf(ctx, fresh.personId)).toEqual({ number: fresh.number, status: 'VALID' });
        expect((await loansOf(stack, holder.personId)).map((l) => l.id)).toContain(loan.data!.applyForLoan.id);
        await expectReplicasExactlyOnce(ctx, await readFeed(stack));
        expect(Object.values(stack.services).map((s) => s.pid)).toEqual(pids);
      });
    }
  });
}
