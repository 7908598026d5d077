import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { HOME } from './roles';

/** One field in a selection: `name(args) { children }`, `key` is `Parent.name`. */
export interface Node {
  name: string;
  key: string;
  type: string;
  args: string;
  /** For object fields; empty means `{ __typename }` (the field itself is still run). */
  children: Node[];
  object: boolean;
  /** An error in a nullable field stops there; in a non-null one it nulls the parent. */
  nullable: boolean;
}

/** Values for the arguments the matrix queries use, by argument name, then by type. */
const BY_NAME: Record<string, unknown> = { year: 2003, month: 8, first: 1, countyCode: HOME, withinMonths: 6 };

function valueFor(type: GraphQLInputType, name: string, overrides: Record<string, unknown>): unknown {
  if (name in overrides) return overrides[name];
  if (name in BY_NAME) return BY_NAME[name];
  if (isNonNullType(type)) return valueFor(type.ofType, name, overrides);
  if (isListType(type)) return [valueFor(type.ofType, name, overrides)];
  if (isEnumType(type)) return { enum: type.getValues()[0].name };
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, f.name, overrides)]));
  }
  if (isScalarType(type)) {
    const scalars: Record<string, unknown> = { String: 'x', ID: '0', Int: 1, Float: 1, Boolean: false, Date: '2003-08-01', Money: '1.00' };
    if (type.name in scalars) return scalars[type.name];
  }
  throw new Error(`no value for argument ${name} of type ${String(type)}`);
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object' && 'enum' in value) return String((value as { enum: string }).enum);
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

/** `(a: 1, b: "x")` for a field's arguments: every required one, and optional ones given in `overrides`. */
export function argumentsOf(args: readonly GraphQLArgument[], overrides: Record<string, unknown> = {}): string {
  // A period is a month or a quarter, both optional in the schema: the matrix asks for a month.
  const given = args.filter(
    (a) => isNonNullType(a.type) || a.name in overrides || a.name === 'month' || (a.name === 'countyCode' && a.defaultValue === undefined),
  );
  return given.length ? `(${given.map((a) => `${a.name}: ${literal(valueFor(a.type, a.name, overrides))}`).join(', ')})` : '';
}

/**
 * The selection of every field of `typeName`, down to `depth` levels: a type already on
 * the path is not expanded again (its field still runs, with `{ __typename }`).
 */
export function selectAll(
  schema: GraphQLSchema,
  typeName: string,
  depth: number,
  onPath: ReadonlySet<string> = new Set([typeName]),
): Node[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields())
    .filter((f) => !f.name.startsWith('_'))
    .map((field) => {
      const named = getNamedType(field.type);
      const object = isObjectType(named);
      const expand = object && depth > 1 && !onPath.has(named.name);
      return {
        name: field.name,
        key: `${typeName}.${field.name}`,
        type: named.name,
        args: argumentsOf(field.args),
        object,
        nullable: !isNonNullType(field.type),
        children: expand ? selectAll(schema, named.name, depth - 1, new Set([...onPath, named.name])) : [],
      };
    });
}

/** The nodes (and their subtrees) that `keep` accepts. */
export function prune(nodes: Node[], keep: (node: Node) => boolean): Node[] {
  return nodes.filter(keep).map((node) => ({ ...node, children: prune(node.children, keep) }));
}

/** The nodes whose field is not in `done`, or that lead to one that is not. */
export function notYet(nodes: Node[], done: ReadonlySet<string>): Node[] {
  return nodes.flatMap((node) => {
    const children = notYet(node.children, done);
    return done.has(node.key) && !children.length ? [] : [{ ...node, children }];
  });
}

export function print(nodes: Node[]): string {
  return nodes.map((n) => `${n.name}${n.args}${n.object ? ` { __typename ${print(n.children)} }` : ''}`).join(' ');
}

/** `chain { … { field } }`. */
export function printChain(chain: Node[], field: Node): string {
  return print(chain.reduceRight<Node[]>((inner, node) => [{ ...node, children: inner }], [{ ...field, children: [] }]));
}

/** Every node of a tree, with its chain of ancestors (root first). */
export function* eachNode(nodes: Node[], chain: Node[] = []): Generator<{ node: Node; chain: Node[] }> {
  for (const node of nodes) {
    yield { node, chain };
    yield* eachNode(node.children, [...chain, node]);
  }
}
