import type { GraphQLFormattedError } from 'graphql';
import { formatFault } from './faults';

/** Codes whose messages are written for clients; everything else may carry internals. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * In production an unexpected error (a driver error with its SQL, a failed subgraph fetch
 * with its URL, a bug) reaches the client as a generic message; the details stay in the
 * logs. Client errors keep their message and `code`/`field`.
 */
export function formatErrorFor(production: boolean, service = 'the service') {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    // Outages (a department, a database) read the same in development: no stacks or addresses.
    const fault = formatFault(formatted, error, service);
    if (fault) return fault;
    if (!production) return formatted;
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (CLIENT_CODES.has(code)) {
      const { field } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...(field ? { field } : {}) },
      };
    }
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
