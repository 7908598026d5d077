import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SubgraphName } from '../../../gateway/src/config';
import { envPrefix } from '../../../shared/config';
import { entryPointOf, gatewayUrlEnv, OFFICE_GATEWAY_ENV, SUBGRAPHS } from '../../../subgraphs/registry';
import { type GraphQLResponse, postGraphQL } from '../../helpers/stack';
import { type Caller, tokenFor } from '../../helpers/tokens';
import type { OwnMariaDb } from './mariadb';
import { freePort, ServiceProcess } from './processes';

/** A subgraph's name or `gateway`. */
type ServiceName = string;

/** Every subgraph process; the scenarios take down the departments, not the office. */
const SUBGRAPH_PROCESSES: SubgraphName[] = SUBGRAPHS.map((s) => s.name);
export const DEPARTMENTS: SubgraphName[] = SUBGRAPH_PROCESSES.filter((name) => name !== 'joint-office');

/** The suite's settings: short, so that hung departments cost seconds, not minutes. */
export const SETTINGS = {
  timeoutMs: 2000,
  breakerResetMs: 1000,
  feedIntervalMs: 300,
  maxLagSeconds: 5,
  sqliteBusyTimeoutMs: 500,
  shutdownGraceMs: 5000,
};

/**
 * A request that has not answered after this long is hung. It is a detector with a wide
 * margin over the gateway's timeout, not a performance assertion (those are in the bench).
 */
export const HANG_MS = SETTINGS.timeoutMs * 3 + 5000;

const ENTRIES: Record<ServiceName, string> = {
  ...Object.fromEntries(SUBGRAPH_PROCESSES.map((name) => [name, entryPointOf(name)])),
  gateway: 'gateway/src/main.js',
};

/**
 * The five services as separate compiled processes on free ports, with the demo world,
 * each subgraph on SQLite files in the suite's directory or on databases of the suite's
 * own MariaDB instance.
 */
export class FaultStack {
  private constructor(
    readonly services: Record<ServiceName, ServiceProcess>,
    readonly databases: Record<SubgraphName, string>,
  ) {}

  static async start(dir: string, mariadb?: OwnMariaDb): Promise<FaultStack> {
    mkdirSync(dir, { recursive: true });
    const ports = Object.fromEntries(await Promise.all(Object.keys(ENTRIES).map(async (name) => [name, await freePort()]))) as Record<
      ServiceName,
      number
    >;
    const url = (name: SubgraphName) => `http://127.0.0.1:${ports[name]}/graphql`;
    const databases = {} as Record<SubgraphName, string>;
    const suffix = Math.random().toString(16).slice(2, 8);
    for (const name of SUBGRAPH_PROCESSES) {
      databases[name] = mariadb
        ? await mariadb.createDatabase(`reemp_f${suffix}_${name.replace(/-/g, '_')}`)
        : `sqlite:${join(dir, `${name}.sqlite`)}`;
    }
    const common = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      BUSINESS_DATE: '2003-08-15',
      SHUTDOWN_GRACE_MS: String(SETTINGS.shutdownGraceMs),
    };
    const make = (name: ServiceName, env: NodeJS.ProcessEnv) =>
      new ServiceProcess(
        name,
        ports[name],
        ENTRIES[name],
        { ...common, [`${envPrefix(name)}_PORT`]: String(ports[name]), ...env },
        join(dir, `${name}.log`),
      );
    const services = {} as Record<ServiceName, ServiceProcess>;
    for (const name of SUBGRAPH_PROCESSES) {
      services[name] = make(name, {
        [`${envPrefix(name)}_DATABASE_URL`]: databases[name],
        LABOR_URL: url('labor'),
        // Labor replicates commerce's register feed.
        COMMERCE_URL: url('commerce'),
        CERTIFICATE_FEED_INTERVAL_MS: String(SETTINGS.feedIntervalMs),
        CERTIFICATE_MAX_LAG_SECONDS: String(SETTINGS.maxLagSeconds),
        SQLITE_BUSY_TIMEOUT_MS: String(SETTINGS.sqliteBusyTimeoutMs),
        // The office reads through the gateway; it is off the fault scenarios' path (no schedule).
        ...gatewayUrlEnv(`http://127.0.0.1:${ports.gateway}/graphql`),
        JOINT_OFFICE_CHECK_INTERVAL_MINUTES: '0',
      });
    }
    services.gateway = make('gateway', {
      ...Object.fromEntries(SUBGRAPH_PROCESSES.map((name) => [`${envPrefix(name)}_URL`, url(name)])),
      GATEWAY_SUBGRAPH_TIMEOUT_MS: String(SETTINGS.timeoutMs),
      ...OFFICE_GATEWAY_ENV,
      GATEWAY_BREAKER_RESET_MS: String(SETTINGS.breakerResetMs),
    });
    const stack = new FaultStack(services, databases);
    try {
      // Labor first: the others seed from the same demo world but sync its feed.
      await services.labor.start();
      await Promise.all(SUBGRAPH_PROCESSES.slice(1).map((name) => services[name].start()));
      await services.gateway.start();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  get gateway(): ServiceProcess {
    return this.services.gateway;
  }

  /** POSTs to the gateway as `caller`; throws if nothing comes back within HANG_MS. */
  async query<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller: Caller = 'jointOffice',
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    return this.post<T>(this.gateway.url, query, variables, caller, headers);
  }

  async post<T>(
    url: string,
    query: string,
    variables: Record<string, unknown>,
    caller: Caller = 'jointOffice',
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const token = await tokenFor(caller);
    const hang = AbortSignal.timeout(HANG_MS);
    const response = await Promise.race([
      postGraphQL<T>(url, query, variables, { authorization: `Bearer ${token}`, ...headers }),
      new Promise<never>((_resolve, reject) =>
        hang.addEventListener('abort', () => reject(new Error(`no answer within ${HANG_MS} ms: hung`))),
      ),
    ]);
    return response;
  }

  async ready(name: ServiceName): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.services[name].base}/ready`, { signal: AbortSignal.timeout(HANG_MS) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async stop(): Promise<void> {
    for (const service of Object.values(this.services)) service.resume();
    await Promise.all(Object.values(this.services).map((service) => service.kill()));
  }
}
