import { contractOperations } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/** Query limits at the gateway: refused operations answer 4xx and never reach a subgraph. */
describe('gateway limits and hardening', () => {
  let stack: Stack;
  let subgraphRequests = 0;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
    for (const subgraph of Object.values(stack.subgraphs)) subgraph.service.httpServer.on('request', () => (subgraphRequests += 1));
  });
  afterAll(() => stack?.stop());

  async function refused(query: string, extraHeaders: Record<string, string> = {}) {
    const before = subgraphRequests;
    const res = await stack.query(query, {}, 'jointOffice', extraHeaders);
    return { status: res.status, errors: res.errors ?? [], reachedSubgraph: subgraphRequests > before };
  }

  it('lets every operation of the client contract through the limits', async () => {
    const { validationRules } = await import('../shared/limits').then((m) =>
      m.queryLimits({ maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 2000, maxCost: 20000 }, false),
    );
    expect(validationRules.length).toBeGreaterThan(0);
    for (const [name, text] of contractOperations()) {
      const res = await stack.query(`${text}`, {}, 'jointOffice');
      // Missing variables are fine here: what must not appear is a limit rejection.
      expect([name, res.errors?.filter((e) => /depth|alias|directive|token|cost/i.test(e.message)) ?? []]).toEqual([name, []]);
    }
  });

  it('refuses a query nested too deep', async () => {
    const deep =
      '{ person(id: "1") { certificate { holder { certificate { holder { certificate { holder { certificate { holder { certificate { holder { id } } } } } } } } } } } }';
    const res = await refused(deep);
    expect(res.status).toBe(400);
    expect(res.errors[0].message).toMatch(/depth/i);
    expect(res.reachedSubgraph).toBe(false);
  });

  it('refuses alias floods, directive floods, token floods and expensive queries', async () => {
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: counties { code }`).join(' ')} }`;
    const directives = `{ counties { code ${'@include(if: true) '.repeat(25)} } }`;
    const tokens = `{ counties { ${'code '.repeat(2100)} } }`;
    const costly = `{ ${Array.from({ length: 12 }, (_, i) => `c${i}: persons(countyCode: "320803", first: 100) { edges { node { id name employmentRecords { kind employer { creditCode hires { person { id name } } } } } } }`).join(' ')} }`;
    for (const [name, query] of Object.entries({ aliases, directives, tokens, costly })) {
      const res = await refused(query);
      expect([name, res.status, res.reachedSubgraph]).toEqual([name, 400, false]);
    }
  });

  it('refuses request bodies over the limit with 413', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token()}` },
      body: JSON.stringify({ query: '{ counties { code } }', variables: { padding: 'x'.repeat(600_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('does not accept batched requests', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token()}` },
      body: JSON.stringify([{ query: '{ counties { code } }' }, { query: '{ counties { name } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('prevents CSRF: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ counties { code } }')}`, {
      headers: { authorization: `Bearer ${await stack.token()}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });
});
