import type { Stack } from './stack';
import type { Caller } from './tokens';

/** A labor clerk whose token is limited to one county. */
export const countyClerk = (county: string): Caller => ({ sub: `labor-${county}`, dept: 'labor', scope: 'labor:write', county });

/** Runs an operation that must succeed; returns its data. */
export async function expectOk<T>(stack: Stack, query: string, variables: Record<string, unknown>, caller: Caller = 'labor'): Promise<T> {
  const { data, errors } = await stack.query<T>(query, variables, caller);
  expect(errors).toBeUndefined();
  return data as T;
}

/** Runs an operation that must be refused with exactly one error; returns its extensions. */
export async function expectRefused(
  stack: Stack,
  query: string,
  variables: Record<string, unknown>,
  caller: Caller = 'labor',
): Promise<Record<string, unknown>> {
  const { errors } = await stack.query(query, variables, caller);
  expect(errors).toHaveLength(1);
  return errors?.[0].extensions ?? {};
}
