import { type ConstDirectiveNode, type DocumentNode, Kind, parse, type TypeNode } from 'graphql';

/**
 * A field of an entity that some department can reach through another department's
 * reference: when the department that resolves it is down, the gateway must be able to
 * null it alone, so it has to be nullable (ARCHITECTURE / README, "Nullability across
 * departments").
 */
export interface CrossDepartmentField {
  type: string;
  field: string;
  /** Departments (supergraph graph names, lower case) that resolve the field. */
  resolvedBy: string[];
  /** Departments that hand out references to the entity but do not resolve this field. */
  reachableFrom: string[];
  nullable: boolean;
}

interface FieldInfo {
  name: string;
  nullable: boolean;
  returns: string;
  resolvedBy: string[];
}

interface TypeInfo {
  graphs: string[];
  keyed: boolean;
  fields: FieldInfo[];
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((d) => d.name.value === name);

/** Which graphs resolve each field of each object type, read from the join__ directives. */
function readTypes(document: DocumentNode): Map<string, TypeInfo> {
  const types = new Map<string, TypeInfo>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const joinTypes = directives(definition, 'join__type');
    const graphs = joinTypes.map((d) => String(argument(d, 'graph')).toLowerCase());
    const fields = (definition.fields ?? []).map((field) => {
      const joinFields = directives(field, 'join__field').filter((d) => argument(d, 'graph') !== undefined);
      // No join__field: every graph that has the type resolves the field.
      const resolvedBy = joinFields.length
        ? joinFields.filter((d) => argument(d, 'external') !== true).map((d) => String(argument(d, 'graph')).toLowerCase())
        : graphs;
      return { name: field.name.value, nullable: field.type.kind !== Kind.NON_NULL_TYPE, returns: namedType(field.type), resolvedBy };
    });
    types.set(definition.name.value, { graphs, keyed: joinTypes.some((d) => argument(d, 'key') !== undefined), fields });
  }
  return types;
}

/**
 * Every field of a shared entity that a department may have to resolve for an object
 * another department handed out: the fields a department adds to another's entity
 * (`Person.loans`), and the owner's own fields reached through another department's
 * reference (`Enterprise.owner { name }`). Found from the supergraph alone.
 */
export function crossDepartmentFields(supergraphSdl: string): CrossDepartmentField[] {
  const types = readTypes(parse(supergraphSdl));
  // Which graphs can hand out an object of each type (from any field, roots included).
  const handedOutBy = new Map<string, Set<string>>();
  for (const type of types.values()) {
    for (const field of type.fields) {
      const set = handedOutBy.get(field.returns) ?? new Set<string>();
      for (const graph of field.resolvedBy) set.add(graph);
      handedOutBy.set(field.returns, set);
    }
  }
  const found: CrossDepartmentField[] = [];
  for (const [typeName, type] of types) {
    if (!type.keyed || type.graphs.length < 2) continue;
    const sources = [...(handedOutBy.get(typeName) ?? [])];
    for (const field of type.fields) {
      const reachableFrom = sources.filter((graph) => !field.resolvedBy.includes(graph)).sort();
      if (reachableFrom.length) {
        found.push({
          type: typeName,
          field: field.name,
          resolvedBy: [...field.resolvedBy].sort(),
          reachableFrom,
          nullable: field.nullable,
        });
      }
    }
  }
  return found;
}

/** The cross-department fields that are non-null: each one lets a failed department blank a sibling's data. */
export function nullabilityViolations(supergraphSdl: string): CrossDepartmentField[] {
  return crossDepartmentFields(supergraphSdl).filter((f) => !f.nullable);
}

export function describeViolation(f: CrossDepartmentField): string {
  return `${f.type}.${f.field} is non-null, but ${f.resolvedBy.join('/')} resolves it for objects that ${f.reachableFrom.join(', ')} hand out: make it nullable`;
}
