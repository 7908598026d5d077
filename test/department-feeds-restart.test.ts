import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadAuthSettings } from '../shared/auth/config';
import { FeedCursor } from '../shared/feeds/cursor.entity';
import { SUBGRAPH_LIMITS } from '../shared/limits';
import { createSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../shared/subgraph';
import type { SubgraphConfig } from '../shared/subgraph-config';
import { commerceSubgraph } from '../subgraphs/commerce/src/definition';
import { Enterprise } from '../subgraphs/commerce/src/enterprise/enterprise.entity';
import { EmploymentReplica } from '../shared/employment-replica/employment-replica.entity';
import { financeSubgraph } from '../subgraphs/finance/src/definition';
import { laborSubgraph } from '../subgraphs/labor/src/definition';
import { EmploymentRecord } from '../subgraphs/labor/src/employment/employment-record.entity';
import { RegisterReplica } from '../subgraphs/labor/src/register-replica/register-replica.entity';
import { testDatabases } from './helpers/databases';
import { postGraphQL, TEST_BUSINESS_DATE } from './helpers/stack';
import { tokenFor } from './helpers/tokens';
import { countEmployees, employ, endJob, registerEnterprise, type Send } from './feed-writes';

type Name = 'labor' | 'finance' | 'commerce';
const DEFINITIONS: Record<Name, SubgraphDefinition<unknown>> = {
  labor: laborSubgraph,
  finance: financeSubgraph,
  commerce: commerceSubgraph,
};

/**
 * Publishers and consumers stopped and started again on the same databases (a SQLite file,
 * or MariaDB with TEST_MARIADB_URL): a consumer resumes from its cursor, and nothing written
 * before or after a stop is lost or applied twice.
 */
describe('department feeds across stopped publishers and consumers', () => {
  const databases = testDatabases();
  const dir = mkdtempSync(join(tmpdir(), 'reemp-feeds-'));
  const urls: Partial<Record<Name, string>> = {};
  const dbUrls: Partial<Record<Name, string>> = {};
  const running: Partial<Record<Name, RunningSubgraph>> = {};
  const unused = 'http://127.0.0.1:9/graphql';

  async function start(name: Name): Promise<RunningSubgraph> {
    dbUrls[name] ??= process.env.TEST_MARIADB_URL ? await databases.urlFor(name) : `sqlite:${join(dir, `${name}.sqlite`)}`;
    const config: SubgraphConfig = {
      name,
      port: 0,
      host: '127.0.0.1',
      databaseUrl: dbUrls[name],
      logLevel: 'silent',
      production: false,
      demoData: false,
      // Read when a worker syncs: a restarted publisher listens on a new port.
      get laborUrl() {
        return urls.labor ?? unused;
      },
      get commerceUrl() {
        return urls.commerce ?? unused;
      },
      feedIntervalMs: 0,
      businessDate: TEST_BUSINESS_DATE,
      auth: loadAuthSettings({}, false),
      feedToken: null,
      idempotencyTtlSeconds: 86_400,
      limits: SUBGRAPH_LIMITS,
      certificateMaxLagSeconds: 900,
      sqliteBusyTimeoutMs: 2000,
      shutdownGraceMs: 10_000,
    };
    const subgraph = await createSubgraph(DEFINITIONS[name], config);
    urls[name] = await subgraph.service.listen(0, '127.0.0.1');
    running[name] = subgraph;
    return subgraph;
  }

  async function stop(name: Name): Promise<void> {
    await running[name]?.stop();
    running[name] = undefined;
    urls[name] = undefined;
  }

  // Each write goes to the department that owns it, over HTTP.
  const send: Send = async (query, variables, caller) => {
    const owner = (typeof caller === 'string' ? caller : caller.dept) as Name;
    return postGraphQL(urls[owner]!, query, variables, { authorization: `Bearer ${await tokenFor(caller)}` });
  };

  beforeAll(async () => {
    for (const name of ['labor', 'finance', 'commerce'] as const) await start(name);
  });
  afterAll(async () => {
    for (const name of ['labor', 'finance', 'commerce'] as const) await stop(name);
    await databases.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  interface Case {
    feed: string;
    publisher: Name;
    consumer: Name;
    /** Writes on the publisher; returns how many feed changes it made. */
    write: () => Promise<number>;
    /** The publisher's facts and the consumer's copy of them, in the same shape and order. */
    published: (db: DataSource) => Promise<unknown[]>;
    replicated: (db: DataSource) => Promise<unknown[]>;
  }

  const cases: Case[] = [
    {
      feed: 'labor.employmentChanges',
      publisher: 'labor',
      consumer: 'finance',
      write: async () => {
        await employ(send);
        await endJob(send, (await employ(send, false)).recordId);
        return 3;
      },
      published: async (db) =>
        (await db.getRepository(EmploymentRecord).find({ order: { id: 'ASC' } })).map((r) => [r.id, r.personId, r.kind, r.endedOn]),
      replicated: async (db) =>
        (await db.getRepository(EmploymentReplica).find({ order: { recordId: 'ASC' } })).map((r) => [
          r.recordId,
          r.personId,
          r.kind,
          r.endedOn,
        ]),
    },
    {
      feed: 'commerce.registerChanges',
      publisher: 'commerce',
      consumer: 'labor',
      write: async () => {
        await registerEnterprise(send, 2);
        await countEmployees(send, await registerEnterprise(send, 6), 8);
        return 3;
      },
      published: async (db) =>
        (await db.getRepository(Enterprise).find({ order: { creditCode: 'ASC' } })).map((e) => [e.creditCode, e.employeeCount]),
      replicated: async (db) =>
        (await db.getRepository(RegisterReplica).find({ order: { creditCode: 'ASC' } })).map((e) => [e.creditCode, e.employeeCount]),
    },
  ];

  const worker = (c: Case) => running[c.consumer]!.feeds.find((f) => f.feed === c.feed)!;
  const cursor = (c: Case) => running[c.consumer]!.db.getRepository(FeedCursor).findOneByOrFail({ feed: c.feed });

  it.each(cases)('$feed: a stopped publisher loses nothing; the consumer catches up when it is back', async (c) => {
    await worker(c).syncOnce();
    const written = await c.write();
    expect(await worker(c).syncOnce()).toBe(written);
    const before = await c.replicated(running[c.consumer]!.db);
    expect(before).toEqual(await c.published(running[c.publisher]!.db));
    const synced = await cursor(c);

    await stop(c.publisher);
    await expect(worker(c).syncOnce()).rejects.toThrow();
    expect(await cursor(c)).toMatchObject({ lastSequence: synced.lastSequence, lastError: expect.stringMatching(/\S/) });
    expect(await c.replicated(running[c.consumer]!.db)).toEqual(before);

    await start(c.publisher);
    const more = await c.write();
    expect(await worker(c).syncOnce()).toBe(more);
    expect(await c.replicated(running[c.consumer]!.db)).toEqual(await c.published(running[c.publisher]!.db));
    expect(await cursor(c)).toMatchObject({ lastSequence: synced.lastSequence + more, lastError: null });
  });

  it.each(cases)('$feed: a stopped consumer resumes from its cursor, nothing doubled', async (c) => {
    await worker(c).syncOnce();
    const synced = await cursor(c);
    await stop(c.consumer);
    const written = await c.write();

    await start(c.consumer);
    // Only the changes made while it was down, not the whole feed again.
    expect(await worker(c).syncOnce()).toBe(written);
    expect(await c.replicated(running[c.consumer]!.db)).toEqual(await c.published(running[c.publisher]!.db));
    expect((await cursor(c)).lastSequence).toBe(synced.lastSequence + written);
    expect(await worker(c).syncOnce()).toBe(0);
  });
});
