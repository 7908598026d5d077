import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
  OperationTypeNode,
  parse,
  type SelectionSetNode,
} from 'graphql';

/** Codes a client sees when a department did not answer; stable, listed in the README. */
export type SubgraphFaultCode = 'SUBGRAPH_TIMEOUT' | 'SUBGRAPH_UNAVAILABLE';

export const SUBGRAPH_FAULT_CODES: readonly string[] = ['SUBGRAPH_TIMEOUT', 'SUBGRAPH_UNAVAILABLE'];

/** opossum's rejection while the circuit is open (or half-open with its probe in flight). */
export const CIRCUIT_OPEN = 'EOPENBREAKER';

// Property reads rather than `instanceof Error`: fetch's errors may come from another realm.
const prop = (value: unknown, key: 'code' | 'name' | 'cause'): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const codeOf = (error: unknown): unknown => prop(error, 'code');

/**
 * Whether a failed call means the department is unavailable (and counts against its
 * circuit), and which code the client sees. A subgraph's own answer with 4xx (bad
 * variables, a refused token) is not a fault: it is passed on as before.
 */
export function classifyFault(error: unknown): SubgraphFaultCode | null {
  if (prop(error, 'name') === 'TimeoutError' || prop(error, 'name') === 'AbortError') return 'SUBGRAPH_TIMEOUT';
  if (codeOf(error) === CIRCUIT_OPEN) return 'SUBGRAPH_UNAVAILABLE';
  if (error instanceof GraphQLError) {
    const status = (error.extensions.response as { status?: unknown } | undefined)?.status;
    return typeof status === 'number' && status >= 500 ? 'SUBGRAPH_UNAVAILABLE' : null;
  }
  // Refused or reset connections, unreadable bodies: the transport failed.
  return 'SUBGRAPH_UNAVAILABLE';
}

/** True when the request cannot have reached the department (circuit open, connection refused). */
export function neverSent(error: unknown): boolean {
  return codeOf(error) === CIRCUIT_OPEN || codeOf(prop(error, 'cause')) === 'ECONNREFUSED';
}

export interface FaultDescription {
  code: SubgraphFaultCode;
  service: string;
  timeoutMs: number;
  circuitOpen: boolean;
  mutation: boolean;
  sent: boolean;
}

/** What the client reads: the department, what happened, what to do; never an address or a body. */
export function faultMessage(f: FaultDescription): string {
  const what =
    f.code === 'SUBGRAPH_TIMEOUT'
      ? `${f.service} did not answer within ${f.timeoutMs} ms`
      : f.circuitOpen
        ? `${f.service} is unavailable (it failed repeatedly; the gateway tries it again shortly)`
        : `${f.service} is unavailable`;
  if (!f.mutation) return `${what}: its fields are null in this answer`;
  // Nothing is retried by the gateway: a mutation that reached the department may have been applied.
  return f.sent
    ? `${what}: the mutation may or may not have been applied; retry with the same Idempotency-Key`
    : `${what}: the mutation was not applied`;
}

function documentOf(options: GraphQLDataSourceProcessOptions): DocumentNode {
  if ('document' in options && options.document) return options.document;
  return parse(options.request.query ?? '{ __typename }');
}

export function isMutation(options: GraphQLDataSourceProcessOptions): boolean {
  const operation = documentOf(options).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION && operation.operation === OperationTypeNode.MUTATION;
}

/** Response names of a selection set's fields, looking through inline fragments. */
function responseNames(selectionSet: SelectionSetNode | undefined): string[] {
  const names = new Set<string>();
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') names.add(selection.alias?.value ?? selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) for (const name of responseNames(selection.selectionSet)) names.add(name);
  }
  return [...names];
}

/**
 * The fields this call was to fill, as paths the gateway understands: `[field]` for a
 * root call, `['_entities', i, field]` for each entity (the gateway turns these into the
 * client's paths, e.g. `persons.edges.3.node.loans`). One error per nulled field.
 */
export function nulledPaths(options: GraphQLDataSourceProcessOptions): (string | number)[][] {
  const operation = documentOf(options).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [[]];
  const paths: (string | number)[][] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    if (selection.name.value !== '_entities') {
      paths.push([selection.alias?.value ?? selection.name.value]);
      continue;
    }
    const representations: unknown = options.request.variables?.representations;
    const count = Array.isArray(representations) ? representations.length : 0;
    const fields = responseNames(selection.selectionSet);
    for (let i = 0; i < count; i += 1) for (const field of fields) paths.push(['_entities', i, field]);
  }
  return paths;
}

export function faultErrors(
  paths: (string | number)[][],
  message: string,
  code: SubgraphFaultCode,
  serviceName: string,
): GraphQLFormattedError[] {
  return paths.map((path) => ({ message, path, extensions: { code, serviceName } }));
}
