import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { FEED_NAMES, type FeedName, feedOperation } from '../examples/partner-sync/feeds';
import { LOG } from '../examples/partner-sync/sync';
import { loadAuthSettings } from '../shared/auth/config';
import { SUBGRAPH_LIMITS } from '../shared/limits';
import { projectRoot } from '../shared/paths';
import { createSubgraph, type RunningSubgraph } from '../shared/subgraph';
import { laborSubgraph } from '../subgraphs/labor/src/definition';
import { countEmployees, employ, endJob, registerEnterprise, type Send } from './feed-writes';
import { testDatabases } from './helpers/databases';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack, TEST_BUSINESS_DATE } from './helpers/stack';
import type { Caller } from './helpers/tokens';

// The example runs as a partner runs it: the compiled program as a child process, talking
// HTTP to a gateway that lets partner tokens run registered operations only.
const MAIN = join(projectRoot(), 'dist', 'examples', 'partner-sync', 'main.js');
const PARTNER: Caller = { sub: 'partner-sync-test', dept: 'partner', scope: 'feed:read' };

interface LogLine {
  msg: string;
  [field: string]: unknown;
}

/** The program running, its JSON log lines as they come, and its exit. */
class Run {
  readonly logs: LogLine[] = [];
  readonly exited: Promise<number | null>;
  private readonly waiting: { test: (line: LogLine) => boolean; resolve: () => void }[] = [];
  stderr = '';

  constructor(readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', (text) => {
      const line = JSON.parse(text) as LogLine;
      this.logs.push(line);
      for (const w of this.waiting.filter((w) => w.test(line))) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Resolves at the `count`-th log line with this message (counting those already seen). */
  until(msg: string, count = 1): Promise<void> {
    let seen = this.logs.filter((l) => l.msg === msg).length;
    if (seen >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ test: (l) => l.msg === msg && ++seen >= count, resolve });
      void this.exited.then(() => reject(new Error(`exited before "${msg}" ×${count}: ${this.stderr}${JSON.stringify(this.logs)}`)));
    });
  }

  count(msg: string): number {
    return this.logs.filter((l) => l.msg === msg).length;
  }
}

interface Export {
  out: string;
  state: string;
}

type Change = { sequence: number } & Record<string, unknown>;

function readLines(file: string): Change[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Change);
}

describe('examples/partner-sync against the gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reemp-partner-sync-'));
  const laborDatabases = testDatabases();
  let stack: Stack;
  let token: string;
  let labor: { url: string; port: number; databaseUrl: string; restarted?: RunningSubgraph };
  let files = 0;

  const send: Send = (query, variables, caller) => stack.query(query, variables, caller);

  function exportFiles(): Export {
    files += 1;
    return { out: join(dir, `export-${files}.jsonl`), state: join(dir, `export-${files}.cursor`) };
  }

  function run(feed: FeedName, to: Export, ...options: string[]): Run {
    const args = ['--feed', feed, '--out', to.out, '--state', to.state, '--gateway', stack.gatewayUrl, ...options];
    const env = { PATH: process.env.PATH, PARTNER_TOKEN: token, LOG_LEVEL: 'info' };
    return new Run(spawn(process.execPath, [MAIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  }

  /** The whole feed from zero, with the program's registered operation, as the partner. */
  async function feedFromZero(feed: FeedName): Promise<Change[]> {
    type Page = { edges: { node: Change }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const { document } = feedOperation(feed);
    const changes: Change[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<Record<string, Page>> = await stack.query(document, { after, first: 500 }, PARTNER);
      // Without pii:read, personal fields are null and FORBIDDEN; nothing else fails.
      expect((res.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN' || e.path?.[3] !== 'node')).toEqual([]);
      const page = res.data![feed];
      changes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return changes;
      after = page.pageInfo.endCursor;
    }
  }

  /** Every change of the feed exactly once, in sequence order, as the feed serves it. */
  async function expectExactlyTheFeed(feed: FeedName, file: string): Promise<Change[]> {
    const written = readLines(file);
    const sequences = written.map((c) => c.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(written).toEqual(await feedFromZero(feed));
    return written;
  }

  let laborDown = false;
  async function stopLabor(): Promise<void> {
    laborDown = true;
    await (labor.restarted ?? stack.subgraphs.labor).stop();
  }

  /** Labor started again on its database and port, as an operator restarts it. */
  async function startLabor(): Promise<void> {
    labor.restarted = await createSubgraph(laborSubgraph, {
      name: 'labor',
      port: labor.port,
      host: '127.0.0.1',
      databaseUrl: labor.databaseUrl,
      logLevel: 'silent',
      production: false,
      demoData: false,
      laborUrl: 'http://127.0.0.1:9/unused',
      commerceUrl: stack.subgraphs.commerce.url,
      feedIntervalMs: 0,
      businessDate: TEST_BUSINESS_DATE,
      auth: loadAuthSettings({}, false),
      feedToken: null,
      idempotencyTtlSeconds: 86_400,
      limits: SUBGRAPH_LIMITS,
      certificateMaxLagSeconds: 900,
      sqliteBusyTimeoutMs: 2000,
      shutdownGraceMs: 10_000,
    });
    expect(await labor.restarted.service.listen(labor.port, '127.0.0.1')).toBe(labor.url);
    laborDown = false;
  }

  /** Issues `count` certificates and revokes every other one: 1.5 × count certificate changes. */
  async function certificateChanges(count: number): Promise<string[]> {
    const numbers: string[] = [];
    for (let i = 0; i < count; i++) {
      const input = {
        name: '孙桂兰',
        idNumber: freshIdNumber(),
        countyCode: '320804',
        category: 'SOE_UNEMPLOYED',
        registeredOn: '2003-07-01',
      };
      const person = await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor');
      const issued = await stack.query<{ issueCertificate: { number: string } }>(
        contractOperation('IssueCertificate'),
        { personId: person.data!.registerPerson.id },
        'labor',
      );
      expect(issued.errors).toBeUndefined();
      numbers.push(issued.data!.issueCertificate.number);
    }
    for (const number of numbers.filter((_, i) => i % 2 === 0)) {
      const revoked = await stack.query(contractOperation('RevokeCertificate'), { number, reason: '已就业' }, 'labor');
      expect(revoked.errors).toBeUndefined();
    }
    return numbers;
  }

  let issued: string[];

  beforeAll(async () => {
    // Labor on a database that outlives its process (a SQLite file, or MariaDB), so that it can be restarted.
    const databaseUrl = process.env.TEST_MARIADB_URL ? await laborDatabases.urlFor('partner_labor') : `sqlite:${join(dir, 'labor.sqlite')}`;
    stack = await startStack({
      demoData: false,
      trustedDocuments: true,
      databaseUrls: { labor: databaseUrl },
      // The breaker lets a probe through soon after labor is back (its default is 5 s).
      gatewayEnv: { GATEWAY_BREAKER_RESET_MS: '200' },
    });
    const url = stack.subgraphs.labor.url;
    labor = { url, port: Number(new URL(url).port), databaseUrl };
    token = await stack.signer(PARTNER, '1h');
    issued = await certificateChanges(40); // 60 changes
  });

  // A test that failed with labor stopped leaves the next one a whole stack.
  afterEach(async () => {
    if (laborDown) await startLabor();
  });

  afterAll(async () => {
    await labor?.restarted?.stop();
    await stack?.stop();
    await laborDatabases.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs registered operations only: each feed by its id in the persisted query manifest', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot(), 'gateway', 'persisted-query-manifest.json'), 'utf8')) as {
      operations: { id: string; name: string }[];
    };
    for (const feed of FEED_NAMES) {
      const { id, operationName } = feedOperation(feed);
      expect(manifest.operations.find((o) => o.id === id)?.name).toBe(operationName);
    }
  });

  it('exports every change once, in order, while labor is stopped mid-export and started again', async () => {
    const to = exportFiles();
    const sync = run('certificateChanges', to, '--page', '3', '--retries', '50', '--backoff-ms', '50', '--backoff-max-ms', '400');
    await sync.until(LOG.written, 2);
    // Held still while labor stops, so the outage falls in the middle of the export.
    sync.child.kill('SIGSTOP');
    const before = readLines(to.out).length;
    await stopLabor();
    sync.child.kill('SIGCONT');
    // (The request in flight when it was held may still bring its page.)
    await sync.until(LOG.retrying);
    const atOutage = readLines(to.out).length;
    await sync.until(LOG.retrying, 2);
    expect(readLines(to.out)).toHaveLength(atOutage); // nothing written while labor is down
    await startLabor();

    expect(await sync.exited).toBe(0);
    expect(before).toBeGreaterThanOrEqual(6);
    expect(before).toBeLessThan(60);
    const reasons = sync.logs.filter((l) => l.msg === LOG.retrying).map((l) => String(l.reason));
    expect(reasons.some((r) => r.includes('SUBGRAPH_UNAVAILABLE'))).toBe(true);
    const written = await expectExactlyTheFeed('certificateChanges', to.out);
    expect(written).toHaveLength(60);
    expect(new Set(written.map((c) => c.number))).toEqual(new Set(issued));
    expect(JSON.parse(readFileSync(to.state, 'utf8'))).toMatchObject({ feed: 'certificateChanges', sequence: written.at(-1)!.sequence });
  });

  it('gives up after its retries with the cursor kept; a second run resumes and repeats nothing', async () => {
    const to = exportFiles();
    const first = run('certificateChanges', to, '--page', '3', '--retries', '2', '--backoff-ms', '20', '--backoff-max-ms', '40');
    await first.until(LOG.written, 2);
    first.child.kill('SIGSTOP');
    await stopLabor();
    first.child.kill('SIGCONT');
    expect(await first.exited).toBe(1);
    expect(first.count(LOG.retrying)).toBe(2);
    const kept = readLines(to.out);
    expect(JSON.parse(readFileSync(to.state, 'utf8'))).toMatchObject({ sequence: kept.at(-1)!.sequence });
    await startLabor();

    const second = run('certificateChanges', to, '--page', '3');
    expect(await second.exited).toBe(0);
    expect(second.logs.find((l) => l.msg === LOG.resuming)).toMatchObject({ savedSequence: kept.at(-1)!.sequence });
    expect(await expectExactlyTheFeed('certificateChanges', to.out)).toHaveLength(60);
  });

  it('killed mid-way, with the cursor behind the output and a torn last line, a second run neither loses nor repeats', async () => {
    const to = exportFiles();
    const first = run('certificateChanges', to, '--page', '3');
    await first.until(LOG.written, 2);
    first.child.kill('SIGSTOP');
    const earlierState = readFileSync(to.state, 'utf8');
    first.child.kill('SIGCONT');
    await first.until(LOG.written, 5);
    first.child.kill('SIGKILL');
    await first.exited;
    // As a crash leaves it: the cursor saved pages ago (its later renames lost), half a line appended.
    writeFileSync(to.state, earlierState);
    const lines = readLines(to.out);
    appendFileSync(to.out, '{"sequence":99999,"num');
    const saved = (JSON.parse(earlierState) as { sequence: number }).sequence;
    expect(lines.at(-1)!.sequence).toBeGreaterThan(saved);

    const second = run('certificateChanges', to, '--page', '3');
    expect(await second.exited).toBe(0);
    expect(second.logs.find((l) => l.msg === LOG.resuming)).toMatchObject({ savedSequence: saved, outputSequence: lines.at(-1)!.sequence });
    expect(second.logs.find((l) => l.msg === LOG.written)?.skipped).toBeGreaterThan(0);
    expect(await expectExactlyTheFeed('certificateChanges', to.out)).toHaveLength(60);
  });

  it('exports the other feeds with the same program; without pii:read, personal fields null', async () => {
    await employ(send);
    await endJob(send, (await employ(send, false)).recordId);
    await countEmployees(send, await registerEnterprise(send, 6), 8);
    for (const feed of ['employmentChanges', 'registerChanges', 'personChanges'] as const) {
      const to = exportFiles();
      const sync = run(feed, to, '--page', '2');
      expect(await sync.exited).toBe(0);
      expect((await expectExactlyTheFeed(feed, to.out)).length).toBeGreaterThanOrEqual(2);
      // The person feed's operation asks for personal fields too: this token reads them as null.
      const withheld = sync.logs.find((l) => l.msg === LOG.withheld)?.fields;
      if (feed === 'personChanges') expect(withheld).toEqual(expect.arrayContaining(['name', 'idNumber']));
      else expect(withheld).toBeUndefined();
    }
  });

  it('--follow writes changes made after it caught up, and stops cleanly on SIGTERM', async () => {
    const to = exportFiles();
    const sync = run('employmentChanges', to, '--page', '2', '--follow', '--interval', '1');
    await sync.until(LOG.caughtUp);
    const caughtUp = readLines(to.out).length;
    await employ(send);
    await sync.until(LOG.written, sync.count(LOG.written) + 1);
    sync.child.kill('SIGTERM');
    expect(await sync.exited).toBe(0);
    expect((await expectExactlyTheFeed('employmentChanges', to.out)).length).toBe(caughtUp + 1);
  });

  it('stops at once, writing nothing, when the token may not read the feed', async () => {
    const to = exportFiles();
    const args = ['--feed', 'certificateChanges', '--out', to.out, '--gateway', stack.gatewayUrl, '--backoff-ms', '10'];
    const env = { PATH: process.env.PATH, PARTNER_TOKEN: await stack.signer({ ...PARTNER, scope: 'report:read' }, '10m') };
    const sync = new Run(spawn(process.execPath, [MAIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
    expect(await sync.exited).toBe(1);
    expect(sync.count(LOG.retrying)).toBe(0);
    expect(sync.logs.at(-1)).toMatchObject({
      msg: expect.stringContaining('export stopped'),
      reason: expect.stringContaining('FORBIDDEN'),
    });
    expect(existsSync(to.out)).toBe(false);
    expect(existsSync(`${to.out}.cursor`)).toBe(false);
  });

  it('refuses bad options before connecting, naming each', async () => {
    const sync = new Run(
      spawn(process.execPath, [MAIN, '--feed', 'loans', '--page', '501'], {
        env: { PATH: process.env.PATH },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    expect(await sync.exited).toBe(78);
    for (const named of ['--feed', '--out', '--page', 'PARTNER_TOKEN']) expect(sync.stderr).toContain(`${named}:`);
  });
});
