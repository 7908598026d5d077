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
