import { type Stack, startStack } from './helpers/stack';

describe('health and transport', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  it('answers GET /health on every service', async () => {
    const urls = [stack.gatewayUrl, ...Object.values(stack.subgraphs).map((s) => s.url)];
    for (const url of urls) {
      const response = await fetch(url.replace(/graphql$/, 'health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    }
  });

  it('exposes Prometheus metrics to a metrics:read token only, with the replica lag on feed consumers', async () => {
    await stack.query('{ counties { code } }');
    const financeMetrics = stack.subgraphs.finance.url.replace(/graphql$/, 'metrics');
    expect((await fetch(financeMetrics)).status).toBe(401);
    const noScope = await fetch(financeMetrics, { headers: { authorization: `Bearer ${await stack.token('auditor')}` } });
    expect(noScope.status).toBe(403);
    const scraper = {
      headers: { authorization: `Bearer ${await stack.token({ sub: 'prometheus', dept: 'partner', scope: 'metrics:read' })}` },
    };
    const finance = await (await fetch(financeMetrics, scraper)).text();
    expect(finance).toMatch(/^certificate_replica_last_sequence\{service="finance"\} \d+$/m);
    expect(finance).toMatch(/^certificate_replica_lag_seconds\{service="finance"\} \d+$/m);
    const gateway = await (await fetch(stack.gatewayUrl.replace(/graphql$/, 'metrics'), scraper)).text();
    expect(gateway).toMatch(/^graphql_request_duration_seconds_count\{service="gateway",operation="query",outcome="ok"\} [1-9]/m);
  });

  it('reports 503 when a subgraph loses its database', async () => {
    const tax = stack.subgraphs.tax;
    await tax.db.destroy();
    const response = await fetch(tax.url.replace(/graphql$/, 'health'));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', service: 'tax' });
  });

  it('serves GraphQL only at POST /graphql', async () => {
    const response = await fetch(stack.gatewayUrl.replace(/graphql$/, 'nowhere'), { method: 'POST' });
    expect(response.status).toBe(404);
  });
});
