import { createHash } from 'node:crypto';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
  visit,
} from 'graphql';
import { z } from 'zod';

/**
 * Apollo's persisted query manifest (format `apollo-persisted-query-manifest`, version 1),
 * the file GraphOS and `@apollo/generate-persisted-query-manifest` write: one entry per
 * operation, its id the SHA-256 (hex) of its body. Apollo's generator only reads Apollo
 * Client projects (one operation per document, `__typename` added as the client would):
 * our sources are plain GraphQL files with many operations, so the same format is built here.
 */
export const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
      name: z.string().min(1),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

export type PersistedQueryManifest = z.infer<typeof manifestSchema>;
export type ManifestOperation = PersistedQueryManifest['operations'][number];

/** A document's id as clients send it in `extensions.persistedQuery.sha256Hash`. */
export function documentId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** A file of operations (and fragments) that goes into the manifest, named for error messages. */
export interface OperationSource {
  name: string;
  text: string;
}

/** The fragments an operation spreads, directly or through other fragments, by name. */
function fragmentsUsedBy(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`fragment ${name} is spread but defined in no source`);
        used.set(name, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

/**
 * One manifest entry per named operation, in the order of the sources and of each file
 * (the client contract first, then partner operations): the body is the operation and
 * the fragments it uses, printed by graphql-js, so equal documents get equal ids.
 */
export function buildManifest(sources: OperationSource[]): PersistedQueryManifest {
  const documents = sources.map((source) => ({ source, document: parse(source.text) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { source, document } of documents)
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.has(definition.name.value)) throw new Error(`fragment ${definition.name.value} is defined twice (${source.name})`);
        fragments.set(definition.name.value, definition);
      }
  const operations: ManifestOperation[] = [];
  const names = new Set<string>();
  for (const { source, document } of documents)
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      // A partner names the operation it runs (logs, metrics, the manifest's review).
      if (!definition.name) throw new Error(`an operation in ${source.name} has no name: registered operations must be named`);
      const name = definition.name.value;
      if (names.has(name)) throw new Error(`operation ${name} is defined twice (${source.name})`);
      names.add(name);
      const body = print({
        kind: Kind.DOCUMENT,
        definitions: [definition, ...fragmentsUsedBy(definition, fragments)],
      } satisfies DocumentNode);
      operations.push({ id: documentId(body), name, type: definition.operation, body });
    }
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** Problems of each operation against the API schema (`name: message`); empty when all run. */
export function manifestProblems(manifest: PersistedQueryManifest, schema: GraphQLSchema): string[] {
  const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
  return manifest.operations.flatMap(({ name, type, body }) => {
    // graphql-js 16 does not report an operation whose root type the schema lacks.
    if (!roots[type]) return [`${name}: the schema has no ${type} type`];
    return validate(schema, parse(body)).map((error) => `${name}: ${error.message}`);
  });
}

/** The manifest as the file holds it (two-space JSON and a final newline, as Prettier leaves it). */
export function serializeManifest(manifest: PersistedQueryManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
