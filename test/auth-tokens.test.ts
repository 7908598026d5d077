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
      const res = await postGraphQL(stack.gatewayUrl, '{ counties { code } }', undefined, token ? { authorization: `Bearer ${token}` } : {});
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
    const withToken = await postGraphQL<{ _service: { sdl: string } }>(labor, '{ _service { sdl } }', undefined, { authorization: `Bearer ${await stack.token()}` });
    expect(withToken.data?._service.sdl).toContain('type Person');
  });

  it('ignores headers that claim a department or scope', async () => {
    const res = await stack.query(contractOperation('RegisterPerson'), {
      input: { name: '冒名', idNumber: '11010519491231002X', countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' },
    }, 'reporter', { 'x-dept': 'labor', 'x-scope': 'labor:write', 'x-user': 'admin' });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });
});
