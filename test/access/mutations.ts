import { getNamedType, type GraphQLSchema } from 'graphql';
import { argumentsOf, type Node, selectAll } from './selection';

/**
 * The mutations in requests where no two neighbours belong to one subgraph: the gateway
 * then sends each in its own fetch, and one refused (a non-null root) does not hide the
 * next. The arguments are placeholders (ids that exist nowhere, invalid inputs): what is
 * checked is whether the call gets past its rule. The same requests serve every role, so
 * the gateway plans each once.
 */
export function mutationBatches(api: GraphQLSchema, owner: (key: string) => string): Node[][] {
  const left = new Map<string, Node[]>();
  for (const mutation of Object.values(api.getMutationType()!.getFields())) {
    const key = `Mutation.${mutation.name}`;
    const type = getNamedType(mutation.type).name;
    const node: Node = {
      name: mutation.name,
      key,
      type,
      object: true,
      nullable: false,
      args: argumentsOf(mutation.args),
      children: selectAll(api, type, 1),
    };
    left.set(owner(key), [...(left.get(owner(key)) ?? []), node]);
  }
  const batches: Node[][] = [[]];
  let last = '';
  while ([...left.values()].some((nodes) => nodes.length)) {
    const next = [...left.entries()]
      .filter(([subgraph, nodes]) => nodes.length && subgraph !== last)
      .sort((a, b) => b[1].length - a[1].length)[0];
    if (!next) {
      batches.push([]);
      last = '';
      continue;
    }
    batches[batches.length - 1].push(next[1].shift()!);
    last = next[0];
  }
  return batches;
}
