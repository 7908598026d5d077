import { SignJWT } from 'jose';
import { makeResidentId } from '../shared/checksums';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../shared/auth/config';
import { DEV_JWT_SECRET, signToken } from '../shared/auth/tokens';
import { contractOperation } from './helpers/operations';
import { postGraphQL, type Stack, startStack } from './helpers/stack';

describe('tokens at the gateway and at every subgraph', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const settings = { secret: DEV_JWT_SECRET, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };
  const reader = { sub: 'r', dept: 'joint-office' as const, scope: 'labor:read' };

  it('refuses missing, expired, forged and foreign tokens with 401 UNAUTHENTICATED', async () => {
    const bad = {
      missing: null,
      expired: await signToken(reader, settings, '-1m'),
      forged: await signToken(reader, { ...settings, secret: 'not-the-secret-not-the-secret-123456' }),
      wrongIssuer: await signToken(reader, { ...settings, issuer: 'elsewhere' }),
      wrongAudience: await signToken(reader, { ...settings, audience: 'another-api' }),
      algNone: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZGVwdCI6ImxhYm9yIiwic2NvcGUiOiJsYWJvcjp3cml0ZSJ9.',
    };
    for (const [name, token] of Object.entries(bad)) {
      const res = await postGraphQL(
        stack.gatewayUrl,
        '{ counties { code } }',
        undefined,
        token ? { authorization: `Bearer ${token}` } : {},
      );
      expect([name, res.status, res.errors?.[0].extensions?.code]).toEqual([name, 401, 'UNAUTHENTICATED']);
    }
  });

  it('lets a subgraph called directly answer nothing without a valid token, not even _service or _entities', async () => {
    const labor = stack.subgraphs.labor.url;
    for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Person", id: "1" }]) { __typename } }']) {
      const res = await postGraphQL(labor, query);
      expect(res.status).toBe(401);
      expect(res.data).toBeUndefined();
    }
    const health = await fetch(labor.replace(/graphql$/, 'health'));
    expect(health.status).toBe(200);
  });

  it("gives a subgraph's SDL (_service) to a composition token only", async () => {
    const labor = stack.subgraphs.labor.url;
    const ordinary = await postGraphQL<{ _service: { sdl: string } }>(labor, '{ _service { sdl } }', undefined, {
      authorization: `Bearer ${await stack.token()}`,
    });
    expect(ordinary.errors?.[0]).toMatchObject({ path: ['_service'], extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(ordinary)).not.toContain('type Person');
    const composer = await stack.token({ sub: 'ci-compose', dept: 'joint-office', scope: 'graph:compose' });
    const sdl = await postGraphQL<{ _service: { sdl: string } }>(labor, '{ _service { sdl } }', undefined, {
      authorization: `Bearer ${composer}`,
    });
    expect(sdl.data?._service.sdl).toContain('type Person');
  });

  it('refuses tokens without iat and tokens that would live longer than allowed', async () => {
    const key = new TextEncoder().encode(DEV_JWT_SECRET);
    const base = () =>
      new SignJWT({ dept: 'joint-office', scope: 'labor:read' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('r')
        .setIssuer(DEFAULT_ISSUER)
        .setAudience(DEFAULT_AUDIENCE);
    const bad = {
      noIat: await base().setExpirationTime('5m').sign(key),
      century: await base().setIssuedAt().setExpirationTime('100y').sign(key),
      futureIat: await base()
        .setIssuedAt(Math.floor(Date.now() / 1000) + 3600)
        .setExpirationTime('2h')
        .sign(key),
      // A person's token may live 8 hours (AUTH_MAX_TOKEN_AGE_SECONDS) …
      dayLong: await base().setIssuedAt().setExpirationTime('24h').sign(key),
    };
    for (const [name, token] of Object.entries(bad)) {
      for (const url of [stack.gatewayUrl, stack.subgraphs.labor.url]) {
        // A root field of labor's own: the counties are the gateway's (areas).
        const res = await postGraphQL(url, '{ cityTargets(year: 2003) { year } }', undefined, { authorization: `Bearer ${token}` });
        expect([name, res.status, res.errors?.[0].extensions?.code]).toEqual([name, 401, 'UNAUTHENTICATED']);
      }
    }
    // … a feed service's token (feed:read only) up to 30 days (AUTH_MAX_SERVICE_TOKEN_AGE_SECONDS).
    const feed = await signToken({ sub: 'partner-sync', dept: 'partner', scope: 'feed:read' }, settings, '29d');
    expect(
      (
        await postGraphQL(stack.gatewayUrl, '{ certificateChanges(first: 1) { edges { cursor } } }', undefined, {
          authorization: `Bearer ${feed}`,
        })
      ).status,
    ).toBe(200);
    const widened = await signToken({ sub: 'partner-sync', dept: 'partner', scope: 'feed:read labor:read' }, settings, '29d');
    expect((await postGraphQL(stack.gatewayUrl, '{ counties { code } }', undefined, { authorization: `Bearer ${widened}` })).status).toBe(
      401,
    );
  });

  it("keeps a client's x-request-id apart from the request id the gateway mints for its audit rows", async () => {
    const res = await stack.query(
      contractOperation('RegisterPerson'),
      {
        input: {
          name: '请求号',
          idNumber: makeResidentId('320803', '1950-01-01', 7),
          countyCode: '320803',
          category: 'SOE_LAID_OFF',
          registeredOn: '2003-07-01',
        },
      },
      'labor',
      { 'x-request-id': 'client-chosen-id-0001' },
    );
    expect(res.errors).toBeUndefined();
    const trail = await stack.query<{
      laborAuditTrail: { edges: { node: { operation: string; requestId: string; clientRequestId: string | null } }[] };
    }>('{ laborAuditTrail(first: 5) { edges { node { operation requestId clientRequestId } } } }', {}, 'auditor');
    const row = trail.data!.laborAuditTrail.edges.map((e) => e.node).find((n) => n.operation === 'registerPerson')!;
    expect(row.clientRequestId).toBe('client-chosen-id-0001');
    expect(row.requestId).not.toBe('client-chosen-id-0001');
    expect(row.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ignores headers that claim a department or scope', async () => {
    const res = await stack.query(
      contractOperation('RegisterPerson'),
      {
        input: { name: '冒名', idNumber: '11010519491231002X', countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' },
      },
      'reporter',
      { 'x-dept': 'labor', 'x-scope': 'labor:write', 'x-user': 'admin' },
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });
});
