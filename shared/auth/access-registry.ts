import { type GraphQLSchema, isObjectType } from 'graphql';
import { ACCESS_EXTENSION, type AccessRule } from './access';

/** Every output field of one subgraph (`Type.field`) and its declared rule. */
export type AccessRules = ReadonlyMap<string, AccessRule>;

const bySchema = new WeakMap<GraphQLSchema, AccessRules>();

function ruleIn(extensions: unknown): AccessRule | undefined {
  return (extensions as Record<string, unknown> | null | undefined)?.[ACCESS_EXTENSION] as AccessRule | undefined;
}

/**
 * Reads the `@Access` declarations of a type-graphql schema, field by field. Fails, naming
 * every field, when a field has no rule or when an `identifying` field opens to a scope
 * alternative without `pii:read` or a named department: so a service cannot even start
 * with a field its rules forgot.
 */
export function collectAccessRules(schema: GraphQLSchema): AccessRules {
  const rules = new Map<string, AccessRule>();
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      const rule = ruleIn(field.extensions);
      if (!rule) {
        problems.push(`${name} has no @Access rule`);
        continue;
      }
      if (
        rule.personalData === 'identifying' &&
        rule.scopes.some((alt) => !alt.split('+').some((s) => s === 'pii:read' || s.includes('@')))
      ) {
        problems.push(`${name} is identifying: every alternative needs pii:read or a named department`);
      }
      rules.set(name, rule);
    }
  }
  if (problems.length) throw new Error(`access rules:\n  ${problems.join('\n  ')}`);
  return rules;
}

export function registerAccessRules(schema: GraphQLSchema, rules: AccessRules): void {
  bySchema.set(schema, rules);
}

/** The rules a subgraph schema was built with (see buildFederatedSchema). */
export function accessRulesOf(schema: GraphQLSchema): AccessRules {
  const rules = bySchema.get(schema);
  if (!rules) throw new Error('this schema was not built by buildFederatedSchema');
  return rules;
}
