import { isObjectType } from 'graphql';
import type { AccessRule } from '../shared/auth/access';
import { accessRulesOf } from '../shared/auth/access-registry';
import { type Composition, composeSupergraph } from './supergraph';

/** One output field of the composed graph and the rule its subgraphs declare for it. */
export interface FieldAccess {
  /** `Type.field`. */
  field: string;
  rule: AccessRule;
  /** The subgraphs that resolve it (several for keys and shareable types). */
  subgraphs: string[];
}

export interface AccessMatrix {
  /** Every output field of the API schema, in schema order, with its rule. */
  fields: FieldAccess[];
  /** Fields of the API schema without a rule, and fields whose subgraphs disagree. */
  problems: string[];
}

const same = (a: AccessRule, b: AccessRule) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The access matrix: every output field of the composed API schema with the rule its
 * resolvers declare (`@Access`), gathered from each subgraph's schema. The README's
 * Access table and the access-matrix test both read it.
 */
export async function accessMatrix(given?: Composition): Promise<AccessMatrix> {
  const composition = given ?? (await composeSupergraph());
  if (!composition.apiSchema) throw new Error(`composition failed:\n${composition.errors.join('\n')}`);
  const declared = new Map<string, { rule: AccessRule; subgraph: string }[]>();
  for (const { name, schema } of composition.subgraphs) {
    for (const [field, rule] of accessRulesOf(schema)) declared.set(field, [...(declared.get(field) ?? []), { rule, subgraph: name }]);
  }
  const fields: FieldAccess[] = [];
  const problems: string[] = [];
  for (const type of Object.values(composition.apiSchema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const name of Object.keys(type.getFields())) {
      const field = `${type.name}.${name}`;
      const rules = declared.get(field) ?? [];
      if (!rules.length) {
        problems.push(`${field} has no declared rule`);
        continue;
      }
      const disagreeing = rules.filter((r) => !same(r.rule, rules[0].rule));
      if (disagreeing.length) problems.push(`${field}: ${rules.map((r) => `${r.subgraph} ${JSON.stringify(r.rule)}`).join(' ≠ ')}`);
      fields.push({ field, rule: rules[0].rule, subgraphs: rules.map((r) => r.subgraph) });
    }
  }
  return { fields, problems };
}
