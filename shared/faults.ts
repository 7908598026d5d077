import type { GraphQLFormattedError } from 'graphql';

/**
 * Operational faults: a department, its database or its certificate copy is not there
 * right now. Their messages are written for clients, in development and production
 * alike, and never carry stacks, addresses or SQL; the details stay in the logs.
 */
export const FAULT_CODES = new Set([
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'CERTIFICATE_REPLICA_STALE',
]);

/** Extensions a fault may carry to clients. */
const FAULT_EXTENSIONS = ['code', 'serviceName', 'field', 'lagSeconds', 'maxLagSeconds'];

/** mysql2/Node error codes for a database server that is down, restarting or unreachable. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_CONNECTION_KILLED',
  'POOL_CLOSED',
]);

/** SQLite's lock errors, once its busy handler's bounded retries (busy_timeout) are spent. */
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED']);

/** TypeORM's errors for a data source that is not (or no longer) connected. */
const NOT_CONNECTED = new Set(['CannotExecuteNotConnectedError', 'ConnectionIsNotSetError']);

/** Walks GraphQLError.originalError, TypeORM's driverError and `cause` to the driver's error. */
function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    queue.push(record.originalError, record.driverError, record.cause);
  }
}

export type DatabaseFault = 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY';

export function databaseFault(error: unknown): DatabaseFault | null {
  for (const e of causes(error)) {
    if (typeof e.code === 'string' && BUSY_CODES.has(e.code)) return 'DATABASE_BUSY';
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return 'DATABASE_UNAVAILABLE';
    // mysql2 marks errors that killed the connection as fatal.
    if (e.fatal === true) return 'DATABASE_UNAVAILABLE';
    if (typeof e.name === 'string' && NOT_CONNECTED.has(e.name)) return 'DATABASE_UNAVAILABLE';
  }
  return null;
}

const DATABASE_MESSAGES: Record<DatabaseFault, (service: string) => string> = {
  DATABASE_UNAVAILABLE: (service) => `${service}'s database is unavailable; nothing was changed, try again shortly`,
  DATABASE_BUSY: (service) => `${service}'s database is locked by another writer; nothing was changed, try again shortly`,
};

/**
 * The client's view of an operational fault, or null for any other error: a fault code
 * already set (by the gateway or a subgraph) keeps its message and only its listed
 * extensions; a database driver error becomes DATABASE_UNAVAILABLE or DATABASE_BUSY.
 */
export function formatFault(formatted: GraphQLFormattedError, error: unknown, service: string): GraphQLFormattedError | null {
  const { locations, path } = formatted;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && FAULT_CODES.has(code)) {
    const extensions = Object.fromEntries(
      FAULT_EXTENSIONS.flatMap((k) => (formatted.extensions?.[k] === undefined ? [] : [[k, formatted.extensions[k]]])),
    );
    return { message: formatted.message, locations, path, extensions };
  }
  const fault = databaseFault(error);
  if (!fault) return null;
  return { message: DATABASE_MESSAGES[fault](service), locations, path, extensions: { code: fault } };
}
