import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { z } from 'zod';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

const limit = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The limit variables of one service (`<PREFIX>_MAX_DEPTH`, …), with its defaults. The
 * gateway's are the ones clients meet; a subgraph's default to the same, with room for
 * what the query planner adds to a client's operation (`__typename`, key fields,
 * `_entities`), so that only operations the gateway would refuse are refused there.
 */
export function limitVariables(prefix: string, defaults: QueryLimits) {
  return {
    [`${prefix}_MAX_DEPTH`]: limit(defaults.maxDepth),
    [`${prefix}_MAX_ALIASES`]: limit(defaults.maxAliases),
    [`${prefix}_MAX_DIRECTIVES`]: limit(defaults.maxDirectives),
    [`${prefix}_MAX_TOKENS`]: limit(defaults.maxTokens),
    [`${prefix}_MAX_COST`]: limit(defaults.maxCost),
  };
}

export function limitsFrom(prefix: string, parsed: Record<string, unknown>): QueryLimits {
  return {
    maxDepth: parsed[`${prefix}_MAX_DEPTH`] as number,
    maxAliases: parsed[`${prefix}_MAX_ALIASES`] as number,
    maxDirectives: parsed[`${prefix}_MAX_DIRECTIVES`] as number,
    maxTokens: parsed[`${prefix}_MAX_TOKENS`] as number,
    maxCost: parsed[`${prefix}_MAX_COST`] as number,
  };
}

export const GATEWAY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 2000, maxCost: 20000 };
export const SUBGRAPH_LIMITS: QueryLimits = { maxDepth: 11, maxAliases: 15, maxDirectives: 20, maxTokens: 3000, maxCost: 30000 };

/**
 * Query limits (graphql-armor) run as validation rules at the gateway and at every
 * subgraph, so an operation over a limit is refused with 400 before anything runs — at
 * the gateway before any query plan reaches a subgraph, at a subgraph also when it is
 * called directly. Field
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
