import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadAuthSettings } from '../shared/auth/config';
import { signToken } from '../shared/auth/tokens';
import { makeResidentId } from '../shared/checksums';
import { envPrefix } from '../shared/config';
import { projectRoot } from '../shared/paths';
import { entryPointOf, gatewayUrlEnv, OFFICE_GATEWAY_ENV, SUBGRAPHS } from '../subgraphs/registry';

/**
 * `npm run bench`: starts the five compiled services as separate processes (as
 * `npm start` does) on fresh SQLite files with the demo world, then drives the gateway
 * with autocannon and reports latency, throughput and each process's memory. Targets are
 * printed next to the figures; nothing here is asserted by the test suite.
 */
// The registry's services on their usual ports + 10000, so a running `npm start` is left alone.
const SERVICES = [
  ...SUBGRAPHS.map((s) => ({ name: s.name, main: entryPointOf(s.name), port: s.port + 10_000 })),
  { name: 'gateway', main: 'gateway/src/main.js', port: 14000 },
];

/**
 * Targets for this 2-core machine running all five services and the load generator:
 * a department front end or dashboard click stays under a quarter second at 20
 * concurrent clients (more than a county bureau's whole staff), and memory settles:
 * the gateway's V8 heap grows to about 330 MB under sustained load and stays there.
 */
const TARGETS = { p99Ms: 250, minRps: 150, maxRssMb: 400 };

const root = projectRoot();
const contract = readFileSync(join(root, 'test', 'contract', 'operations.graphql'), 'utf8');
const operation = (name: string) => {
  const match = new RegExp(`query ${name}[\\s\\S]*?\\n}\\n`).exec(contract);
  if (!match) throw new Error(`no ${name} in the contract`);
  return match[0];
};

async function waitHealthy(port: number): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`service on ${port} did not become healthy`);
}

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function load(title: string, url: string, token: string, body: object, children: ChildProcess[], connections = 20) {
  // Warm-up, unmeasured: V8 needs a few thousand requests to optimise the hot paths of
  // five processes; cold figures are half the warm ones and say little about a server.
  await autocannon({
    url,
    method: 'POST',
    connections,
    duration: 15,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const cpuBefore = children.map((c) => cpuSeconds(c.pid));
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: 8,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const line = `${title.padEnd(34)} ${String(Math.round(result.requests.average)).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${result.errors + result.non2xx}`;
  process.stdout.write(`${line}\n`);
  // Where the CPU went: milliseconds of CPU per request in each service.
  const perRequest = children.map(
    (c, i) => `${SERVICES[i].name} ${((1000 * (cpuSeconds(c.pid) - cpuBefore[i])) / result.requests.total).toFixed(2)}`,
  );
  process.stdout.write(`${''.padEnd(34)} CPU ms/request: ${perRequest.join(', ')}\n`);
  return result;
}

const IMPORT_PERSONS = 'mutation($input: ImportPersonsInput!) { importPersons(input: $input) { created failed } }';

/**
 * Bulk import: batches of 1,000 new persons (each registered as registerPerson would, in
 * its own savepoint) sent one after another through the gateway, as a platform sends them.
 */
async function importThroughput(url: string, token: string, batches = 5, size = 1000): Promise<void> {
  const day = (n: number) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const times: number[] = [];
  for (let b = 0; b < batches; b += 1) {
    const items = Array.from({ length: size }, (_, i) => ({
      name: '批量导入',
      // Sequence 997 and birth dates from 1950: no demo person has them.
      idNumber: makeResidentId('320804', day(b * size + i), 997),
      countyCode: '320804',
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-01',
    }));
    const started = Date.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: IMPORT_PERSONS, variables: { input: { items } } }),
    });
    const body = (await response.json()) as { data?: { importPersons: { created: number } }; errors?: unknown[] };
    if (body.data?.importPersons.created !== size) throw new Error(`importPersons failed: ${JSON.stringify(body.errors ?? body.data)}`);
    times.push(Date.now() - started);
  }
  const total = times.reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${'importPersons, batches of ' + String(size)} ${String(Math.round((batches * size * 1000) / total)).padStart(6)} persons/s   ` +
      `per batch ${times.map((t) => `${t} ms`).join(', ')}\n`,
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reemp-bench-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    BUSINESS_DATE: '2003-08-15',
    CERTIFICATE_FEED_INTERVAL_MS: '0',
    ...Object.fromEntries(SERVICES.map((s) => [`${envPrefix(s.name)}_PORT`, String(s.port)])),
    // The joint office reads through the gateway; its schedule stays off during the run.
    ...gatewayUrlEnv('http://127.0.0.1:14000/graphql'),
    ...OFFICE_GATEWAY_ENV,
    JOINT_OFFICE_CHECK_INTERVAL_MINUTES: '0',
    // One token sends thousands of requests a second here: the limit is raised out of
    // reach rather than switched off, so its cost per request stays in the figures.
    GATEWAY_RATE_LIMIT_CLIENT: '1000000000',
    // A batch of 1,000 persons is about 120 kB (README, "Bulk import").
    GATEWAY_BODY_LIMIT: '512kb',
    ...Object.fromEntries(
      SERVICES.filter((s) => s.name !== 'gateway').map((s) => [`${envPrefix(s.name)}_URL`, `http://127.0.0.1:${s.port}/graphql`]),
    ),
  };
  const children: ChildProcess[] = [];
  const started = Date.now();
  try {
    for (const service of SERVICES) {
      children.push(spawn(process.execPath, [join(root, 'dist', service.main)], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
    }
    await Promise.all(SERVICES.map((s) => waitHealthy(s.port)));
    process.stdout.write(`cold start of five services with demo data: ${Date.now() - started} ms\n`);
    process.stdout.write(`resident memory at rest (MB): ${SERVICES.map((s, i) => `${s.name} ${rssMb(children[i].pid)}`).join(', ')}\n\n`);

    const auth = loadAuthSettings({}, false);
    const token = await signToken(
      { sub: 'bench', dept: 'joint-office', scope: 'labor:read finance:read tax:read commerce:read report:read pii:read' },
      { secret: auth.secret ?? '', issuer: auth.issuer, audience: auth.audience },
    );
    const gateway = 'http://127.0.0.1:14000/graphql';
    // A run that measures errors measures nothing: each operation must answer cleanly first.
    for (const [name, variables] of [
      ['PersonDossier', { id: '20' }],
      ['PersonsByCounty', { countyCode: '320803', first: 50 }],
      ['JointMeetingReport', { year: 2003, month: 7 }],
    ] as const) {
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: operation(name), variables }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || body.errors) throw new Error(`${name} failed: ${JSON.stringify(body.errors)}`);
    }
    const dossier = await load(
      'PersonDossier (4 subgraphs)',
      gateway,
      token,
      { query: operation('PersonDossier'), variables: { id: '20' } },
      children,
    );
    const page = await load(
      'PersonsByCounty first: 50',
      gateway,
      token,
      { query: operation('PersonsByCounty'), variables: { countyCode: '320803', first: 50 } },
      children,
    );
    // The joint meeting's whole monthly table: few clients, each asking for everything.
    const report = await load(
      'JointMeetingReport (8 counties)',
      gateway,
      token,
      { query: operation('JointMeetingReport'), variables: { year: 2003, month: 7 } },
      children,
      4,
    );

    const importer = await signToken(
      { sub: 'bench-import', dept: 'labor', scope: 'labor:write' },
      { secret: auth.secret ?? '', issuer: auth.issuer, audience: auth.audience },
    );
    await importThroughput(gateway, importer);

    process.stdout.write('\nresident memory after load (MB):\n');
    const memory = SERVICES.map((s, i) => ({ name: s.name, rss: rssMb(children[i].pid) }));
    for (const { name, rss } of memory) process.stdout.write(`  ${name.padEnd(9)} ${rss}\n`);
    const worstP99 = Math.max(dossier.latency.p99, page.latency.p99, report.latency.p99);
    const minRps = Math.min(dossier.requests.average, page.requests.average);
    const maxRss = Math.max(...memory.map((m) => m.rss));
    process.stdout.write(
      `\ntargets: p99 ≤ ${TARGETS.p99Ms} ms (${worstP99}) ${worstP99 <= TARGETS.p99Ms ? 'met' : 'MISSED'}; ` +
        `≥ ${TARGETS.minRps} req/s (${Math.round(minRps)}) ${minRps >= TARGETS.minRps ? 'met' : 'MISSED'}; ` +
        `RSS ≤ ${TARGETS.maxRssMb} MB per process (${maxRss}) ${maxRss <= TARGETS.maxRssMb ? 'met' : 'MISSED'}\n`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
