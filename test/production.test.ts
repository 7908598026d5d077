import { type Stack, startStack } from './helpers/stack';

/** NODE_ENV=production: no schema discovery, no internals in errors. */
describe('production hardening', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false, production: true });
  });
  afterAll(() => stack?.stop());

  it('refuses introspection', async () => {
    const res = await stack.query('{ __schema { types { name } } }');
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
  });

  it('gives no field suggestions', async () => {
    const res = await stack.query('{ countie { code } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it('hides SQL, stack traces and subgraph URLs behind a generic message', async () => {
    await stack.subgraphs.finance.db.destroy();
    const res = await stack.query('{ loan(id: "1") { id amount } }');
    const text = JSON.stringify(res.errors);
    expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/SELECT|sqlite|mariadb|stacktrace|127\.0\.0\.1|localhost|at \w+ \(/i);
  });
});
