import { postGraphQL, type Stack, startStack } from './helpers/stack';

/**
 * A subgraph called directly, with a valid token, refuses what the gateway refuses: the
 * limits are not only the gateway's, since anything on the network may call a subgraph.
 */
describe('limits at every subgraph', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function direct(query: string) {
    const labor = stack.subgraphs.labor;
    labor.queries.reset();
    const res = await postGraphQL(labor.url, query, undefined, { authorization: `Bearer ${await stack.token()}` });
    return { ...res, statements: labor.queries.total };
  }

  it.each([
    ['depth', `{ person(id: "1") { ${'certificate { holder { '.repeat(6)}id${' } }'.repeat(6)} } }`],
    ['aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: cityTargets(year: 2003) { year }`).join(' ')} }`],
    ['tokens', `{ cityTargets(year: 2003) { ${'...F '.repeat(1600)} } } fragment F on EmploymentTarget { year }`],
    [
      'cost',
      `{ ${Array.from({ length: 14 }, (_, i) => `c${i}: persons(countyCode: "320803", first: 100) { edges { node { id name employmentRecords { kind employer { creditCode hires { person { id name } } } } } } }`).join(' ')} }`,
    ],
  ])('refuses an operation over the %s limit with 400, before anything runs', async (_limit, query) => {
    const res = await direct(query);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.statements).toBe(0);
  });

  it('still answers what the gateway sends it for the client contract', async () => {
    const res = await stack.query(
      'query($id: ID!) { person(id: $id) { id name certificate { number holder { id loans { id } } } loans { id } } }',
      { id: '1' },
    );
    expect(res.errors).toBeUndefined();
  });
});
