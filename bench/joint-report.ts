import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAuthSettings } from '../shared/auth/config';
import { signToken } from '../shared/auth/tokens';
import { envPrefix } from '../shared/config';
import { projectRoot } from '../shared/paths';
import { entryPointOf, gatewayUrlEnv, OFFICE_GATEWAY_ENV, SUBGRAPHS } from '../subgraphs/registry';

/**
 * `node dist/bench/joint-report.js --db <folder filled by npm run seed> [--runs N]`: starts
 * the five compiled services on that folder's SQLite files (no demo data) and times the
 * joint meeting's monthly report (JointMeetingReport, July 2003) one request at a time:
 * the first (cold) request, then the median and worst of N warm ones. One client, so the
 * figure is the report's own cost, not queueing. Nothing here is asserted by the tests.
 */
const SERVICES = [
  ...SUBGRAPHS.map((s) => ({ name: s.name, main: entryPointOf(s.name), port: s.port + 20_000 })),
  { name: 'gateway', main: 'gateway/src/main.js', port: 24000 },
];

async function waitHealthy(port: number): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`service on ${port} did not become healthy`);
}

/** The report's fields of one department each (with the counties), to tell where the time goes. */
function departmentParts(report: string): Record<string, string> {
  const fields: Record<string, string[]> = {
    labor: ['targets', 'employmentProgress', 'certificateStats'],
    finance: ['loanStats'],
    tax: ['taxReliefStats'],
    commerce: ['registrationStats'],
  };
  const lines = report.split('\n');
  const parts: Record<string, string> = {};
  for (const [department, names] of Object.entries(fields)) {
    const others = Object.values(fields)
      .flat()
      .filter((name) => !names.includes(name));
    // A field's block runs from its line to the next line at its indentation.
    const kept: string[] = [];
    let skipping = -1;
    for (const line of lines) {
      const indent = line.length - line.trimStart().length;
      if (skipping >= 0 && indent > skipping) continue;
      if (skipping >= 0 && indent === skipping && line.trim() === '}') {
        skipping = -1;
        continue;
      }
      skipping = -1;
      if (others.some((name) => line.trimStart().startsWith(`${name}(`))) {
        if (!line.trimEnd().endsWith('}')) skipping = indent;
        continue;
      }
      kept.push(line);
    }
    parts[`  ${department} fields only`] = kept.join('\n');
  }
  // The floor: the same request shape with no figures (gateway, auth, the counties).
  parts['  counties only (no figures)'] = 'query JointMeetingReport { counties { code name } }';
  return parts;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' } }, strict: true });
  if (!values.db) throw new Error('usage: node dist/bench/joint-report.js --db <folder> [--runs N]');
  const folder = resolve(values.db);
  const runs = Number(values.runs ?? 30);
  const root = projectRoot();
  const contract = readFileSync(join(root, 'test', 'contract', 'operations.graphql'), 'utf8');
  const query = /query JointMeetingReport[\s\S]*?\n}\n/.exec(contract)?.[0];
  if (!query) throw new Error('no JointMeetingReport in the contract');
  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    BUSINESS_DATE: '2003-08-15',
    CERTIFICATE_FEED_INTERVAL_MS: '0',
    JOINT_OFFICE_CHECK_INTERVAL_MINUTES: '0',
    GATEWAY_RATE_LIMIT_CLIENT: '1000000000',
    // A cold records-path report can take longer than the gateway's 5 s: time it, do not cut it off.
    GATEWAY_SUBGRAPH_TIMEOUT_MS: '60000',
    DATA_DIR: folder,
    ...gatewayUrlEnv('http://127.0.0.1:24000/graphql'),
    ...OFFICE_GATEWAY_ENV,
    ...Object.fromEntries(SERVICES.map((s) => [`${envPrefix(s.name)}_PORT`, String(s.port)])),
    ...Object.fromEntries(
      SERVICES.filter((s) => s.name !== 'gateway').map((s) => [`${envPrefix(s.name)}_URL`, `http://127.0.0.1:${s.port}/graphql`]),
    ),
  };
  const children: ChildProcess[] = [];
  try {
    for (const service of SERVICES) {
      children.push(spawn(process.execPath, [join(root, 'dist', service.main)], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
    }
    await Promise.all(SERVICES.map((s) => waitHealthy(s.port)));
    const auth = loadAuthSettings({}, false);
    const token = await signToken(
      { sub: 'bench', dept: 'joint-office', scope: 'labor:read finance:read tax:read commerce:read report:read' },
      { secret: auth.secret ?? '', issuer: auth.issuer, audience: auth.audience },
    );
    const once = async (text: string): Promise<number> => {
      const started = performance.now();
      const response = await fetch('http://127.0.0.1:24000/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: text, variables: { year: 2003, month: 7 } }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || body.errors) throw new Error(`report failed: ${JSON.stringify(body.errors)}`);
      return performance.now() - started;
    };
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    for (const [title, text] of Object.entries({ JointMeetingReport: query, ...departmentParts(query) })) {
      const cold = await once(text);
      for (let i = 0; i < 5; i += 1) await once(text);
      const warm: number[] = [];
      for (let i = 0; i < runs; i += 1) warm.push(await once(text));
      warm.sort((a, b) => a - b);
      process.stdout.write(
        `${title.padEnd(28)} cold ${ms(cold)}, warm median ${ms(warm[Math.floor(runs / 2)])}, ` +
          `min ${ms(warm[0])}, max ${ms(warm[runs - 1])} (${runs} runs)\n`,
      );
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
