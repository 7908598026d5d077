import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';
import type { TokenClaims } from '../shared/auth/tokens';
import type { Caller } from './helpers/tokens';

/**
 * Rate limits at the gateway, through the real stack with low limits: a caller over its
 * limit gets 429 with Retry-After and a GraphQL error, and nobody else is slowed.
 * Each test uses its own token subjects, so counts never carry from one test to another.
 */
describe('gateway rate limits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      demoData: false,
      trustedDocuments: true,
      gatewayEnv: {
        GATEWAY_RATE_LIMIT_WINDOW_SECONDS: '600',
        GATEWAY_RATE_LIMIT_CLIENT: '3',
        GATEWAY_RATE_LIMIT_PARTNER: '2',
        GATEWAY_RATE_LIMIT_ANONYMOUS: '2',
      },
    });
  });
  afterAll(() => stack?.stop());

  const COUNTIES = '{ counties { code } }';
  const clerk = (sub: string): TokenClaims => ({ sub, dept: 'labor', scope: 'labor:read' });

  async function send(caller: Caller | null) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller) headers.authorization = `Bearer ${await stack.token(caller)}`;
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: COUNTIES }) });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
  }

  it('answers 429 with Retry-After and RATE_LIMITED once a client passes its limit; another client is not affected', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await send(clerk('clerk-a'))).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await send(clerk('clerk-a'));
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(600);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      {
        message: expect.stringMatching(/too many requests/),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.retryAfter) },
      },
    ]);
    const other = await send(clerk('clerk-b'));
    expect([other.status, other.errors]).toEqual([200, undefined]);
    expect(other.data).toEqual({ counties: expect.arrayContaining([{ code: '320803' }]) });
  });

  it('counts a client by its subject, whatever token it presents', async () => {
    // A fresh token for the same subject is the same client (tokens are renewed every few hours).
    for (let i = 0; i < 3; i += 1)
      expect((await send({ ...clerk('clerk-c'), scope: i % 2 ? 'labor:read' : 'report:read' })).status).toBe(200);
    expect((await send(clerk('clerk-c'))).status).toBe(429);
  });

  it('gives partners their own, lower limit', async () => {
    const bank: Caller = { sub: 'bank-of-huaian', dept: 'partner', scope: 'feed:read' };
    const registered = contractOperation('CertificateChanges');
    for (let i = 0; i < 2; i += 1) {
      const answer = await stack.query(registered, { first: 1 }, bank);
      expect([answer.status, answer.errors]).toEqual([200, undefined]);
    }
    const third = await send(bank);
    expect([third.status, third.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
  });

  it('limits requests without a valid token by address, without touching clients from the same address', async () => {
    expect([(await send(null)).status, (await send(null)).status]).toEqual([401, 401]);
    const third = await send(null);
    expect([third.status, third.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    expect(third.retryAfter).toMatch(/^\d+$/);
    expect((await send(clerk('clerk-d'))).status).toBe(200);
  });

  it('counts refusals by code and kind of caller on /metrics', async () => {
    const metrics = async () => {
      const url = stack.gatewayUrl.replace(/\/graphql$/, '/metrics');
      const token = await stack.token({ sub: 'prometheus', dept: 'joint-office', scope: 'metrics:read' });
      return (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).text();
    };
    const refusedClients = (text: string) =>
      Number(/^gateway_refused_requests_total\{code="RATE_LIMITED",caller="client"[^}]*\} (\d+)$/m.exec(text)?.[1] ?? 0);
    const before = refusedClients(await metrics());
    for (let i = 0; i < 4; i += 1) await send(clerk('clerk-e'));
    expect(refusedClients(await metrics())).toBe(before + 1);
    const bank: Caller = { sub: 'bank-metrics', dept: 'partner', scope: 'feed:read' };
    expect((await send(bank)).errors?.[0].extensions?.code).toBe('OPERATION_NOT_REGISTERED');
    expect(await metrics()).toMatch(/^gateway_refused_requests_total\{code="OPERATION_NOT_REGISTERED",caller="partner"[^}]*\} [1-9]\d*$/m);
  });
});
