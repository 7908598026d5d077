import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions, type Logger as OrmLogger, type MixedList, type ValueTransformer } from 'typeorm';
import type { Logger } from './logger';
import { toFen } from './money';

/** Counts SQL statements, so tests can prove that a request costs one statement per batch. */
export class QueryCounter {
  private count = 0;
  private all = 0;
  increment(): void {
    this.count += 1;
    this.all += 1;
  }
  get total(): number {
    return this.count;
  }
  /** Every statement since the process started, whatever the resets (`/metrics`). */
  get sinceStart(): number {
    return this.all;
  }
  reset(): void {
    this.count = 0;
  }
}

class CountingLogger implements OrmLogger {
  constructor(
    private readonly counter: QueryCounter,
    private readonly out?: Logger,
  ) {}
  logQuery(query: string): void {
    this.counter.increment();
    this.out?.trace({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.out?.warn({ sql: query, err: error }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.out?.warn({ sql: query, ms: time }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.out?.debug(message);
  }
  logMigration(message: string): void {
    this.out?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out?.warn(String(message));
    else this.out?.debug(String(message));
  }
}

export interface DatabaseOptions {
  /** `sqlite:<file>`, `sqlite::memory:`, `mariadb://…` or `mysql://…` */
  url: string;
  // `Function` is what TypeORM's own option type uses for entity and migration classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  logger?: Logger;
  counter?: QueryCounter;
  /** SQLite's busy_timeout: how long it retries a lock held by another process (default 2000 ms). */
  sqliteBusyTimeoutMs?: number;
}

interface SqliteConnection {
  prepare(source: string): unknown;
}

/**
 * Every SQLite transaction takes the write lock at BEGIN (IMMEDIATE). With TypeORM's
 * deferred BEGIN, a transaction that has read and then writes while another process holds
 * the lock fails at once (SQLite cannot wait on that upgrade without risking deadlock);
 * taken at BEGIN, the lock is waited for by the busy handler, within `timeout`.
 */
function beginImmediate(connection: SqliteConnection): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (source: string) => prepare(source === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : source);
}

/** The driver-specific options for a database URL; both drivers run the same migrations. */
export function driverOptions(url: string, sqliteBusyTimeoutMs = 2000): DataSourceOptions {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    // WAL lets readers run while the single writer commits. A lock held by another process
    // (a backup, an operator's shell) is retried by SQLite's busy handler for at most
    // `timeout` ms, blocking this process meanwhile (better-sqlite3 is synchronous), hence
    // a short bound; then the write fails cleanly with DATABASE_BUSY (shared/faults.ts).
    // WAL with synchronous=NORMAL (better-sqlite3's build default): a commit survives the
    // process being killed; only a power cut may lose the last commits.
    return {
      type: 'better-sqlite3',
      database: file,
      enableWAL: file !== ':memory:',
      timeout: sqliteBusyTimeoutMs,
      prepareDatabase: beginImmediate,
      // Prepared statements are kept per SQL text (FIFO). DataLoader batches of every
      // size are distinct texts, so TypeORM's default of 100 churned under a mixed load.
      statementCacheSize: 1_000,
    };
  }
  return {
    // `mariadb` (not `mysql`) so JSON columns are not rewritten on every schema check.
    type: 'mariadb',
    url: url.replace(/^mysql:/, 'mariadb:'),
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
    // DATE columns stay 'YYYY-MM-DD' strings: no time zone can move a calendar day.
    dateStrings: ['DATE'],
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    ...driverOptions(options.url, options.sqliteBusyTimeoutMs),
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: true,
    logger: new CountingLogger(options.counter ?? new QueryCounter(), options.logger),
  });
}

/** BIGINT fen columns: drivers hand back number or string, the code works in bigint. */
export const fenTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: unknown) => (value === null || value === undefined ? value : toFen(value)),
};

/** Integer columns that MariaDB returns as strings under `bigNumberStrings`. */
export const intTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: unknown) => (value === null || value === undefined ? value : Number(value)),
};

/** True for a unique-key violation on either driver (a concurrent duplicate write). */
export function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // TypeORM wraps the driver error in QueryFailedError.driverError.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
    current = (current as { driverError?: unknown }).driverError;
  }
  return false;
}
