import { Kind, parse, type ConstValueNode } from 'graphql';

export interface ComposedSubgraph {
  name: string;
  /** The default URL composition wrote (`npm run compose`); configuration may replace it. */
  url: string;
}

const stringArgument = (value: ConstValueNode | undefined): string | null => (value?.kind === Kind.STRING ? value.value : null);

/**
 * The subgraphs a supergraph was composed from, read from its `join__Graph` enum. The
 * gateway learns its departments from the committed supergraph, so it never imports them
 * and a new subgraph needs no gateway change.
 */
export function subgraphsOfSupergraph(supergraphSdl: string): ComposedSubgraph[] {
  const document = parse(supergraphSdl, { noLocation: true });
  const graphs = document.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  if (!graphs || graphs.kind !== Kind.ENUM_TYPE_DEFINITION)
    throw new Error('the supergraph has no join__Graph enum: is it a composed supergraph?');
  return (graphs.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const argument = (name: string) => stringArgument(directive?.arguments?.find((a) => a.name.value === name)?.value);
    const name = argument('name');
    const url = argument('url');
    if (!name || !url) throw new Error(`join__Graph.${value.name.value} lacks @join__graph(name, url)`);
    return { name, url };
  });
}
