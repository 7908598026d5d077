import { GraphQLError } from 'graphql';

/** Codes clients can switch on; the contract names these. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Bad input: `field` is the input path the client must fix (e.g. `input.idNumber`). */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(entity: string, key: string | number): GraphQLError {
  return new GraphQLError(`${entity} ${key} not found`, {
    extensions: { code: 'NOT_FOUND', entity, key: String(key) },
  });
}

export function conflict(message: string, details: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
