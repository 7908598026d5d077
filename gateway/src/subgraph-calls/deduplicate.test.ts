import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { parse } from 'graphql';
import { DeduplicatingDataSource } from './deduplicate';

/** A subgraph that answers when told to, counting the calls it got. */
function slowSubgraph() {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  const source: GraphQLDataSource = {
    process: (options) => {
      calls.push(options.request.query ?? '');
      return new Promise<GatewayGraphQLResponse>((resolve) => pending.push(() => resolve({ data: { person: { id: '7', name: '王' } } })));
    },
  };
  return { source, calls, answerAll: () => pending.splice(0).forEach((answer) => answer()) };
}

function call(query: string, token: string, variables: Record<string, unknown> = { id: '7' }): GraphQLDataSourceProcessOptions {
  // Only the fields the data source reads; @apollo/gateway's full options carry more.
  return {
    request: { query, variables },
    document: parse(query),
    context: { viewer: { token } },
    incomingRequestContext: {},
  } as unknown as GraphQLDataSourceProcessOptions;
}

const QUERY = 'query ($id: ID!) { person(id: $id) { id name } }';

describe('DeduplicatingDataSource', () => {
  it('sends identical in-flight queries once and gives each caller its own copy', async () => {
    const subgraph = slowSubgraph();
    const source = new DeduplicatingDataSource(subgraph.source);
    const both = Promise.all([source.process(call(QUERY, 'a')), source.process(call(QUERY, 'a'))]);
    subgraph.answerAll();
    const [first, second] = await both;
    expect(subgraph.calls).toHaveLength(1);
    expect(first.data).toEqual({ person: { id: '7', name: '王' } });
    expect(second.data).toEqual(first.data);
    expect(second.data).not.toBe(first.data);
  });

  it('sends again once the first answer is in', async () => {
    const subgraph = slowSubgraph();
    const source = new DeduplicatingDataSource(subgraph.source);
    const first = source.process(call(QUERY, 'a'));
    subgraph.answerAll();
    await first;
    const second = source.process(call(QUERY, 'a'));
    subgraph.answerAll();
    await second;
    expect(subgraph.calls).toHaveLength(2);
  });

  it('never joins another caller, other variables or a mutation', async () => {
    const subgraph = slowSubgraph();
    const source = new DeduplicatingDataSource(subgraph.source);
    const mutation = 'mutation { registerPerson { id } }';
    const all = Promise.all([
      source.process(call(QUERY, 'a')),
      source.process(call(QUERY, 'b')),
      source.process(call(QUERY, 'a', { id: '8' })),
      source.process(call(mutation, 'a')),
      source.process(call(mutation, 'a')),
    ]);
    subgraph.answerAll();
    await all;
    expect(subgraph.calls).toHaveLength(5);
  });
});
