import Database from 'better-sqlite3';
import { contractOperation } from '../../helpers/operations';
import { freshIdNumber } from '../../helpers/fixtures';
import type { GraphQLResponse } from '../../helpers/stack';
import { allComplete, type Context, OPERATIONS } from '../helpers/context';
import { DEPARTMENTS } from '../helpers/fault-stack';
import { eventually, sleep } from '../helpers/processes';
import { applyForLoan, type Holder, loansOf, readFeed, registerHolder, replicaReaches } from '../helpers/records';

interface Outcome {
  ok: boolean;
  codes: string[];
  hung: boolean;
  internals: boolean;
  /** Kept so that a failure shows what leaked. */
  messages: string[];
}

/** Clients asking the dashboard's operations in a loop until told to stop. */
function load(ctx: Context, clients: number): { outcomes: Outcome[]; stop: () => Promise<void> } {
  const outcomes: Outcome[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i += 1) {
      const name = OPERATIONS[i % OPERATIONS.length];
      try {
        const answer: GraphQLResponse = await ctx().stack.query(contractOperation(name), ctx().variables[name]);
        outcomes.push({
          ok: answer.status === 200 && !answer.errors,
          codes: (answer.errors ?? []).map((e) => `${String(e.extensions?.serviceName)}:${String(e.extensions?.code)}`),
          hung: false,
          internals: /https?:\/\/|127\.0\.0\.1|ECONN|stack|SELECT/i.test(JSON.stringify(answer.errors ?? [])),
          messages: (answer.errors ?? []).map((e) => e.message),
        });
      } catch {
        outcomes.push({ ok: false, codes: [], hung: true, internals: false, messages: [] });
      }
    }
  };
  const clientsDone = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    outcomes,
    stop: async () => {
      running = false;
      await clientsDone;
    },
  };
}

/** MariaDB stopped and restarted under load; SQLite locked by another process. */
export function databaseScenarios(ctx: Context, onMariaDb: boolean): void {
  describe('database faults', () => {
    if (onMariaDb) {
      it('MariaDB stopped and restarted under load: clean DATABASE_UNAVAILABLE meanwhile, no hang, services reconnect by themselves', async () => {
        const { stack, mariadb } = ctx();
        const pids = Object.values(stack.services).map((s) => s.pid);
        const traffic = load(ctx, 4);
        // Traffic must be flowing before the outage (a fixed 500 ms was not always enough on a
        // loaded CI machine: no answer had come back when MariaDB stopped).
        await eventually('answers before the outage', () => Promise.resolve(traffic.outcomes.some((o) => o.ok) ? true : undefined));
        await mariadb!.stop();
        const duringOutage = traffic.outcomes.length;
        await sleep(1500);
        // Liveness stays up; readiness says the database is gone, on each subgraph and the gateway.
        expect((await fetch(`${stack.services.finance.base}/health`)).status).toBe(200);
        expect(await stack.ready('finance')).toEqual({
          status: 503,
          body: { status: 'unavailable', service: 'finance', checks: { database: 'unavailable' } },
        });
        expect((await stack.ready('gateway')).body).toMatchObject({
          missing: [...DEPARTMENTS, 'joint-office'].sort(),
          departments: { labor: { code: 'NOT_READY' } },
        });
        const idNumber = freshIdNumber('1971-01-01');
        const register = () =>
          stack.query<{ registerPerson: { id: string } }>(
            contractOperation('RegisterPerson'),
            {
              input: { name: '吴静', idNumber, countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' },
            },
            'labor',
          );
        const refused = await register();
        expect(refused.errors?.[0]).toEqual({
          message: "labor's database is unavailable; nothing was changed, try again shortly",
          path: ['registerPerson'],
          extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'labor' },
        });
        await mariadb!.start();
        await eventually('complete answers after the restart', () => allComplete(ctx()));
        await sleep(500);
        await traffic.stop();

        const { outcomes } = traffic;
        expect(outcomes.filter((o) => o.hung)).toEqual([]);
        expect(outcomes.filter((o) => o.internals)).toEqual([]);
        const failed = outcomes.filter((o) => !o.ok);
        expect(failed.length).toBeGreaterThan(0);
        expect(outcomes.slice(0, duringOutage).some((o) => o.ok)).toBe(true);
        expect(outcomes.at(-1)?.ok).toBe(true);
        const codes = new Set(failed.flatMap((o) => o.codes.map((c) => c.split(':')[1])));
        expect([...codes]).toEqual(['DATABASE_UNAVAILABLE']);
        expect(Object.values(stack.services).map((s) => s.pid)).toEqual(pids);
        // Nothing of the refused registration was written: it succeeds now.
        expect((await register()).errors).toBeUndefined();
        expect((await stack.ready('gateway')).status).toBe(200);
      });
    } else {
      describe('SQLite locked by another process', () => {
        let holder: Holder;
        let lock: Database.Database;
        beforeAll(async () => {
          holder = await registerHolder(ctx().stack, '郑红');
          await replicaReaches(ctx().stack, 'finance', (await readFeed(ctx().stack)).lastSequence);
        });
        afterAll(() => lock?.close());

        it('refuses a write with DATABASE_BUSY after the bounded busy wait, writing nothing; reads go on; writes resume once released', async () => {
          const { stack } = ctx();
          lock = new Database(stack.databases.finance.replace(/^sqlite:/, ''));
          lock.exec('BEGIN EXCLUSIVE');
          const busy = await applyForLoan(stack, holder, '3000.00');
          expect(busy.data).toBeNull();
          expect(busy.errors).toEqual([
            {
              message: "finance's database is locked by another writer; nothing was changed, try again shortly",
              path: ['applyForLoan'],
              extensions: { code: 'DATABASE_BUSY', serviceName: 'finance' },
            },
          ]);
          // WAL: readers are not blocked by the writer's lock.
          const dossier = await stack.query(contractOperation('PersonDossier'), ctx().variables.PersonDossier);
          expect(dossier.errors).toBeUndefined();
          expect(await loansOf(stack, holder.personId)).toEqual([]);
          lock.exec('ROLLBACK');
          const applied = await applyForLoan(stack, holder, '3000.00');
          expect(applied.errors).toBeUndefined();
          expect(await loansOf(stack, holder.personId)).toEqual([{ id: applied.data!.applyForLoan.id, amount: '3000.00' }]);
        });
      });
    }
  });
}
