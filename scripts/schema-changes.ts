import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  type DocumentNode,
  getNamedType,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * Schema coordinates (`Type.field`, `Type.field.argument`, `Input.field`, `Enum.VALUE`;
 * `Input.*` for every member of an input type or enum it sends) an
 * operation set depends on: the fields it selects with their arguments, and every input
 * field and enum value reachable from its variables and arguments (a client may send any).
 */
export function coordinatesUsedBy(schema: GraphQLSchema, operations: DocumentNode): Set<string> {
  const used = new Set<string>();
  const seenInputs = new Set<string>();
  const addInput = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (seenInputs.has(named.name)) return;
    seenInputs.add(named.name);
    used.add(named.name);
    // Whatever is added to an input the contract sends (a required field) concerns it too.
    used.add(`${named.name}.*`);
    if (isEnumType(named)) for (const value of named.getValues()) used.add(`${named.name}.${value.name}`);
    if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields())) {
        used.add(`${named.name}.${field.name}`);
        addInput(field.type);
      }
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    operations,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        used.add(`${parent.name}.${field.name}`);
        for (const argument of field.args) {
          used.add(`${parent.name}.${field.name}.${argument.name}`);
          addInput(argument.type);
        }
        // A union or interface result: its possible types matter to the client too.
        const result = getNamedType(field.type);
        if (isObjectType(result) || isInterfaceType(result)) used.add(result.name);
      },
      VariableDefinition() {
        const type = typeInfo.getInputType();
        if (type) addInput(type);
      },
    }),
  );
  return used;
}

/** A deprecation is documented when its reason names a date: `… (deprecated 2026-12-01)`. */
const DATED_REASON = /\b\d{4}-\d{2}-\d{2}\b/;

function deprecationOf(schema: GraphQLSchema, path: string): string | null {
  const [typeName, fieldName] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || !fieldName) return null;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return type.getFields()[fieldName]?.deprecationReason ?? null;
  if (isEnumType(type)) return type.getValue(fieldName)?.deprecationReason ?? null;
  return null;
}

export interface SchemaCheck {
  /** Breaking changes to what the contract uses: the check fails on any. */
  breaking: Change[];
  /** Removals of what was deprecated with a reason and a date in the released schema. */
  retired: Change[];
  /** Breaking changes to what the contract does not use: reported, not fatal. */
  uncontracted: Change[];
  /** Everything else (additions, descriptions, …), for the changelog. */
  safe: Change[];
}

/**
 * Whether a change at `path` touches the contract: the coordinate itself is used, or the
 * field it belongs to is (`Query.person.id` for an argument of `Query.person`). A type
 * alone does not make its other fields used.
 */
function touchesContract(used: Set<string>, path: string | undefined): boolean {
  if (!path) return true; // a schema-wide change counts against everyone
  const [type, field] = path.split('.');
  return used.has(path) || (field !== undefined && (used.has(`${type}.${field}`) || used.has(`${type}.*`)));
}

/** Compares the released API schema with the current one, judged against the contract. */
export async function checkSchemaChange(released: GraphQLSchema, current: GraphQLSchema, contract: DocumentNode): Promise<SchemaCheck> {
  const used = coordinatesUsedBy(released, contract);
  const result: SchemaCheck = { breaking: [], retired: [], uncontracted: [], safe: [] };
  for (const change of await diff(released, current)) {
    if (change.criticality.level !== CriticalityLevel.Breaking) result.safe.push(change);
    else if (!touchesContract(used, change.path)) result.uncontracted.push(change);
    else if (change.path && DATED_REASON.test(deprecationOf(released, change.path) ?? '')) result.retired.push(change);
    else result.breaking.push(change);
  }
  return result;
}
