import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig, type SubgraphName } from '../../gateway/src/config';
import { createGateway } from '../../gateway/src/gateway';
import type { Service } from '../../shared/server';
import { createSubgraph, type RunningSubgraph } from '../../shared/subgraph';
import { OFFICE_GATEWAY_ENV, SUBGRAPHS } from '../../subgraphs/registry';
import { jointOfficeSubgraph } from '../../subgraphs/joint-office/src/definition';
import { OFFICE_SERVICE_CLAIMS } from '../../subgraphs/joint-office/src/gateway/service-token';
import { envPrefix } from '../../shared/config';
import { departmentNamed } from '../../shared/auth/viewer';
import { testDatabases } from './databases';
import { loadAuthSettings } from '../../shared/auth/config';
import { type QueryLimits, SUBGRAPH_LIMITS } from '../../shared/limits';
import { type Caller, devSigner, issuerKeyPair, type Signer, tokenFor } from './tokens';

/** Tests act in the policy's first year, as the demo world does. */
export const TEST_BUSINESS_DATE = '2003-08-15';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Stack {
  gatewayUrl: string;
  subgraphs: Record<SubgraphName, RunningSubgraph & { url: string }>;
  /** POSTs an operation to the gateway over real HTTP, as `caller` (default: the joint office). */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** A bearer token for `caller`, signed by this stack's issuer. */
  token(caller?: Caller): Promise<string>;
  /** The stack's token issuer (e.g. to sign tokens with unusual lifetimes). */
  signer: Signer;
  /** Runs every replica's feed sync once (tests sync explicitly instead of polling). */
  syncFeeds(): Promise<void>;
  stop(): Promise<void>;
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/**
 * Starts the four subgraphs and the gateway in-process on free ports, with real HTTP
 * between them, each subgraph on its own fresh database (SQLite in memory, or MariaDB
 * when TEST_MARIADB_URL is set), loaded with the demo world unless `demoData` is false.
 */
export interface StackOptions {
  demoData?: boolean;
  businessDate?: string;
  /** NODE_ENV=production behaviour (no introspection, masked errors), verifying tokens against a key pair's public JWKS. */
  production?: boolean;
  /** How long Idempotency-Keys are kept (default a day). */
  idempotencyTtlSeconds?: number;
  /** Query limits of the gateway and the subgraphs (default: their production defaults). */
  limits?: { gateway?: QueryLimits; subgraphs?: QueryLimits };
  /** CERTIFICATE_MAX_LAG_SECONDS of finance, tax and commerce. */
  certificateMaxLagSeconds?: number;
  /** Databases to run on instead of fresh ones (e.g. filled by `npm run seed`); the caller owns them. */
  databaseUrls?: Partial<Record<SubgraphName, string>>;
  /** Extra gateway environment (e.g. GATEWAY_SUBGRAPH_TIMEOUT_MS, GATEWAY_BREAKER_RESET_MS, GATEWAY_RATE_LIMIT_CLIENT). */
  gatewayEnv?: NodeJS.ProcessEnv;
  /**
   * Partner tokens run registered operations only, as the gateway is deployed
   * (test/trusted-documents.test.ts). Off by default here: suites send partner tokens
   * free-form operations to show that the subgraphs themselves refuse what a partner's
   * scopes do not allow, since authorization is never the gateway's alone.
   */
  trustedDocuments?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const production = options.production ?? false;
  let signer = devSigner;
  const env: NodeJS.ProcessEnv = {};
  let keyDir: string | undefined;
  if (production) {
    const issuer = await issuerKeyPair();
    const dir = mkdtempSync(join(tmpdir(), 'reemp-keys-'));
    keyDir = dir;
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify(issuer.jwks));
    Object.assign(env, { NODE_ENV: 'production', AUTH_JWKS_FILE: join(dir, 'jwks.json') });
    signer = issuer.signer;
  }
  const auth = loadAuthSettings(env, production);
  const databases = testDatabases();
  const started: { name: SubgraphName; running: RunningSubgraph; url: string }[] = [];
  let gateway: Service | undefined;
  let gatewayUrl = 'http://127.0.0.1:9/not-started';
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(started.map(({ running }) => running.stop()));
    await databases.dropAll();
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  };
  try {
    for (const registered of SUBGRAPHS) {
      const { name } = registered;
      // The office reads through the gateway, which starts after it: hence a URL read when used.
      const definition =
        name === 'joint-office'
          ? jointOfficeSubgraph({
              gatewayUrl: () => gatewayUrl,
              serviceToken: () => signer(OFFICE_SERVICE_CLAIMS, '1h'),
              checkIntervalMinutes: 0,
            })
          : registered;
      const running = await createSubgraph(definition, {
        name,
        port: 0,
        host: '127.0.0.1',
        databaseUrl: options.databaseUrls?.[name] ?? (await databases.urlFor(name)),
        logLevel: 'silent',
        production,
        demoData: options.demoData ?? true,
        // Labor starts first (registry order); the others replicate its feed.
        laborUrl: started[0]?.url ?? 'http://127.0.0.1:9/unused',
        // Commerce starts after labor, whose register replica reads this when it syncs.
        get commerceUrl() {
          return started.find((s) => s.name === 'commerce')?.url ?? 'http://127.0.0.1:9/unused';
        },
        feedIntervalMs: 0,
        businessDate: options.businessDate ?? TEST_BUSINESS_DATE,
        auth,
        // With public-key verification the feed workers need an issued token, as in production.
        feedToken: production
          ? await signer({ sub: `${name}-certificate-sync`, dept: departmentNamed(name), scope: 'feed:read' }, '1h')
          : null,
        idempotencyTtlSeconds: options.idempotencyTtlSeconds ?? 86_400,
        limits: options.limits?.subgraphs ?? SUBGRAPH_LIMITS,
        certificateMaxLagSeconds: options.certificateMaxLagSeconds ?? 900,
        sqliteBusyTimeoutMs: 2000,
        shutdownGraceMs: 10_000,
      });
      started.push({ name, running, url: await running.service.listen(0, '127.0.0.1') });
    }
    const urls = Object.fromEntries(started.map(({ name, url }) => [`${envPrefix(name)}_URL`, url]));
    const businessDate = options.businessDate ?? TEST_BUSINESS_DATE;
    const gatewayConfig = loadGatewayConfig({
      ...env,
      ...urls,
      ...OFFICE_GATEWAY_ENV,
      LOG_LEVEL: 'silent',
      BUSINESS_DATE: businessDate,
      ...options.gatewayEnv,
    });
    gateway = await createGateway({
      ...gatewayConfig,
      limits: options.limits?.gateway ?? gatewayConfig.limits,
      trustedDocumentsForPartners: options.trustedDocuments ?? false,
    });
    gatewayUrl = await gateway.listen(0, '127.0.0.1');
    const subgraphs = Object.fromEntries(started.map(({ name, running, url }) => [name, { ...running, url }])) as Stack['subgraphs'];
    const workers = started.flatMap(({ running }) => [...(running.feed ? [running.feed] : []), ...running.feeds]);
    const syncFeeds = async () => {
      await Promise.all(workers.map((worker) => worker.syncOnce()));
    };
    // The first sync pulls every demo feed from zero (five replicas in one process): one
    // worker after the other, so that on a loaded machine no page waits behind the others'
    // past the worker's 10 s fetch timeout. Two more tries; a third timeout is real.
    // (Syncing is idempotent: a page applied twice changes nothing.)
    for (let attempt = 1; ; attempt++) {
      try {
        for (const worker of workers) await worker.syncOnce();
        break;
      } catch (error) {
        if (attempt === 3 || !(error instanceof Error && error.name === 'TimeoutError')) throw error;
      }
    }
    const token: Stack['token'] = (caller = 'jointOffice') => tokenFor(caller, '10m', signer);
    const query: Stack['query'] = async (q, v, caller = 'jointOffice', headers = {}) =>
      postGraphQL(gatewayUrl, q, v, { authorization: `Bearer ${await token(caller)}`, ...headers });
    return { gatewayUrl, subgraphs, query, token, signer, syncFeeds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
