import 'reflect-metadata';
import { loadAuthSettings } from '../../shared/auth/config';
import { SUBGRAPH_LIMITS } from '../../shared/limits';
import { createSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../../shared/subgraph';
import { testDatabases } from './databases';
import { postGraphQL, type GraphQLResponse, TEST_BUSINESS_DATE } from './stack';
import { type Caller, tokenFor } from './tokens';

/** An address nothing listens on: a subgraph alone has no labor to replicate from. */
const NO_LABOR = 'http://127.0.0.1:9/graphql';

export interface LoneSubgraphOptions {
  /** Load the department's part of the demo world (default false: an empty, migrated database). */
  demoData?: boolean;
  businessDate?: string;
}

export interface LoneSubgraph extends RunningSubgraph {
  /** The subgraph's own /graphql, over real HTTP. */
  url: string;
  /** A bearer token for `caller`, signed with the development secret the subgraph trusts. */
  token(caller?: Caller): Promise<string>;
  /** POSTs an operation straight to the subgraph as `caller` (default: the joint office). */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<T>>;
}

/**
 * Starts one subgraph by itself, without the gateway or the other departments: a real HTTP
 * server on a free port over a fresh database (SQLite in memory, or a new MariaDB database
 * when TEST_MARIADB_URL is set), migrated as in production. `stop()` also drops the database.
 * For a department's own rules and schema; what crosses departments belongs to startStack.
 */
export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: LoneSubgraphOptions = {},
): Promise<LoneSubgraph> {
  const databases = testDatabases();
  let running: RunningSubgraph | undefined;
  try {
    running = await createSubgraph(definition, {
      name: definition.name,
      port: 0,
      host: '127.0.0.1',
      databaseUrl: await databases.urlFor(definition.name),
      logLevel: 'silent',
      production: false,
      demoData: options.demoData ?? false,
      laborUrl: NO_LABOR,
      commerceUrl: NO_LABOR,
      // No polling: a replica here only changes when a test writes to it.
      feedIntervalMs: 0,
      businessDate: options.businessDate ?? TEST_BUSINESS_DATE,
      auth: loadAuthSettings({}, false),
      feedToken: null,
      idempotencyTtlSeconds: 86_400,
      limits: SUBGRAPH_LIMITS,
      certificateMaxLagSeconds: 900,
      sqliteBusyTimeoutMs: 2000,
      shutdownGraceMs: 10_000,
    });
    const url = await running.service.listen(0, '127.0.0.1');
    const subgraph = running;
    const token: LoneSubgraph['token'] = (caller = 'jointOffice') => tokenFor(caller);
    const query: LoneSubgraph['query'] = async (q, v, caller = 'jointOffice') =>
      postGraphQL(url, q, v, { authorization: `Bearer ${await token(caller)}` });
    return {
      ...subgraph,
      url,
      token,
      query,
      stop: async () => {
        await subgraph.stop();
        await databases.dropAll();
      },
    };
  } catch (error) {
    await running?.stop();
    await databases.dropAll();
    throw error;
  }
}
