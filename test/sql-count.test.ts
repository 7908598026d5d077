import type { SubgraphName } from '../gateway/src/config';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * N+1 guard: every relation and entity reference goes through a per-request DataLoader,
 * so a page of 50 persons costs each subgraph exactly as many statements as a page of 5.
 */
describe('SQL statements per request', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function statementsFor(first: number): Promise<Record<SubgraphName, number>> {
    for (const subgraph of Object.values(stack.subgraphs)) subgraph.queries.reset();
    const { data, errors } = await stack.query<{ persons: { edges: unknown[] } }>(contractOperation('PersonsByCounty'), {
      countyCode: '320803',
      first,
    });
    expect(errors).toBeUndefined();
    expect(data!.persons.edges).toHaveLength(first);
    const counts = {} as Record<SubgraphName, number>;
    for (const [name, subgraph] of Object.entries(stack.subgraphs)) counts[name] = subgraph.queries.total;
    return counts;
  }

  it('costs each subgraph one statement per batch, whatever the page size', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toEqual(five);
    // labor: the page and one certificate batch; the others: one batch each (the joint office is not asked).
    expect(fifty).toEqual({ labor: 2, finance: 1, tax: 1, commerce: 1, 'joint-office': 0 });
  });
});
