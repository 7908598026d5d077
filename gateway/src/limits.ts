import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/**
 * Query limits (graphql-armor) run as validation rules at the gateway, so an operation
 * over a limit is refused with 400 before any query plan reaches a subgraph. Field
 * suggestions ("did you mean …") are blocked in production: they leak the schema. The
 * token limit is graphql-js's own parser option (`parseOptions.maxTokens`): armor's
 * version fails inside Apollo's parsing hook, which answers 500 instead of 400.
 */
export function queryLimits(
  limits: QueryLimits,
  production: boolean,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: !production },
    maxAliases: { n: limits.maxAliases, exposeLimits: !production },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: !production },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, exposeLimits: !production },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
