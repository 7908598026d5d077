import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuthSettings } from '../shared/auth/config';
import { signToken, type TokenClaims } from '../shared/auth/tokens';
import { projectRoot } from '../shared/paths';

const contract = readFileSync(join(projectRoot(), 'test', 'contract', 'operations.graphql'), 'utf8');

/** An operation of the contract (test/contract/operations.graphql), as clients send it. */
export function operation(name: string): string {
  const match = new RegExp(`(query|mutation) ${name}\\b[\\s\\S]*?\\n}\\n`).exec(contract);
  if (!match) throw new Error(`no ${name} in the contract`);
  return match[0];
}

/** Signs a development token (the services run with the development secret). */
export async function token(claims: TokenClaims): Promise<string> {
  const auth = loadAuthSettings({}, false);
  return signToken(claims, { secret: auth.secret ?? '', issuer: auth.issuer, audience: auth.audience });
}

/** The callers of the run: the joint office reads everything; labor's clerk registers. */
export async function benchTokens() {
  return {
    reader: await token({
      sub: 'bench',
      dept: 'joint-office',
      scope: 'labor:read finance:read tax:read commerce:read report:read pii:read',
    }),
    clerk: await token({ sub: 'bench-clerk', dept: 'labor', scope: 'labor:write' }),
    feed: await token({ sub: 'bench-replica', dept: 'tax', scope: 'feed:read' }),
    metrics: await token({ sub: 'bench-metrics', dept: 'joint-office', scope: 'metrics:read' }),
  };
}
export type BenchTokens = Awaited<ReturnType<typeof benchTokens>>;

export interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: unknown } }[];
  ms: number;
}

export async function post<T>(url: string, bearer: string, query: string, variables: object = {}): Promise<Answer<T>> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'ms'>;
  return { ...body, ms: performance.now() - started };
}

// Not SUBGRAPH_TIMEOUT: a request that timed out is a figure (a failure), not a wait.
const UNAVAILABLE = new Set(['SUBGRAPH_UNAVAILABLE']);

/**
 * Like post, but a run that measures errors measures nothing: any error stops it. A
 * department's circuit that the previous load opened (timeouts on a busy machine) is
 * waited for, up to a minute, as a client would retry.
 */
export async function postOk<T>(url: string, bearer: string, query: string, variables: object = {}): Promise<Answer<T> & { data: T }> {
  for (let attempt = 0; ; attempt += 1) {
    const answer = await post<T>(url, bearer, query, variables);
    if (!answer.errors?.length && answer.data) return answer as Answer<T> & { data: T };
    const retry = answer.errors?.every((e) => UNAVAILABLE.has(String(e.extensions?.code)));
    if (!retry || attempt >= 60) throw new Error(`${url}: ${JSON.stringify(answer.errors ?? 'no data')}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
