import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envPrefix } from '../shared/config';
import { projectRoot } from '../shared/paths';
import { entryPointOf, gatewayUrlEnv, OFFICE_GATEWAY_ENV, SUBGRAPHS } from '../subgraphs/registry';
import { BUSINESS_DATE, type BenchWorld } from './world';

/** The registry's services on their usual ports + 10000, so a running `npm start` is left alone. */
export const GATEWAY_PORT = 14_000;
export const GATEWAY_URL = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
export const subgraphPort = (name: string): number => (SUBGRAPHS.find((s) => s.name === name)?.port ?? 0) + 10_000;
export const subgraphUrl = (name: string): string => `http://127.0.0.1:${subgraphPort(name)}/graphql`;

export interface Running {
  name: string;
  child: ChildProcess;
  /** Resident memory (MB) just before the process was stopped, for processes stopped mid-run. */
  lastRssMb?: number;
}

const root = projectRoot();

/** The environment every process of the run shares: ports, databases, the feed and office schedules off. */
export function serviceEnv(world: BenchWorld): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LOG_LEVEL: 'warn',
    BUSINESS_DATE,
    DEMO_DATA: world.demoData ? 'true' : 'false',
    // Feeds sync only when a section asks: a poll in the middle of a load is noise.
    CERTIFICATE_FEED_INTERVAL_MS: '0',
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${envPrefix(s.name)}_PORT`, String(subgraphPort(s.name))])),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${envPrefix(s.name)}_DATABASE_URL`, world.urls[s.name]])),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${envPrefix(s.name)}_URL`, subgraphUrl(s.name)])),
    GATEWAY_PORT: String(GATEWAY_PORT),
    // The joint office reads through the gateway; its schedule stays off during the run.
    ...gatewayUrlEnv(GATEWAY_URL),
    ...OFFICE_GATEWAY_ENV,
    JOINT_OFFICE_CHECK_INTERVAL_MINUTES: '0',
    // One token sends thousands of requests a second here: the limit is raised out of
    // reach rather than switched off, so its cost per request stays in the figures.
    GATEWAY_RATE_LIMIT_CLIENT: '1000000000',
    // A batch of 1,000 persons for importPersons is about 120 kB (README, "Bulk import").
    GATEWAY_BODY_LIMIT: '512kb',
  };
}

/** Starts a compiled entry point (relative to dist/) as its own process. */
export function startProcess(name: string, main: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Running {
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist', main)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return { name, child };
}

/** Waits until `probe` answers true (a health page, a trivial query), at most `seconds`. */
export async function waitUntil(what: string, probe: () => Promise<boolean>, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not become ready within ${seconds} s`);
}

export const healthy = (port: number) => () => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok);

/**
 * The five subgraphs (labor first: the others replicate its feed) and the gateway.
 * `BENCH_GATEWAY_NODE_OPTIONS` passes flags to the gateway's node (e.g. `--cpu-prof`),
 * `BENCH_SUBGRAPH_NODE_OPTIONS` to each subgraph's.
 */
export async function startServices(world: BenchWorld): Promise<Running[]> {
  const env = serviceEnv(world);
  const running: Running[] = [];
  const subgraphFlags = (process.env.BENCH_SUBGRAPH_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  for (const subgraph of SUBGRAPHS) {
    running.push(startProcess(subgraph.name, entryPointOf(subgraph.name), env, subgraphFlags));
    // One at a time: migrations and the demo world's seeding on two cores go faster in turn.
    await waitUntil(subgraph.name, healthy(subgraphPort(subgraph.name)), 600);
  }
  const gatewayFlags = (process.env.BENCH_GATEWAY_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  running.push(startProcess('gateway', 'gateway/src/main.js', env, gatewayFlags));
  await waitUntil('gateway', healthy(GATEWAY_PORT));
  return running;
}

/** CPU seconds (user + system) a process has used, from /proc. */
export function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
}

export function rssMb(proc: Running): number {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.lastRssMb ?? 0;
  const status = readFileSync(`/proc/${proc.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** SIGTERM, then waits for the exit (the gateway's CPU profile is written on exit). */
export async function stopProcess(proc: Running): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.lastRssMb = rssMb(proc);
  const exited = new Promise((resolve) => proc.child.once('exit', resolve));
  proc.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
}
