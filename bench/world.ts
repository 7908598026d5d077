import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../shared/database';
import { DEPARTMENTS, seedScale } from '../scripts/scale/seed';
import { SUBGRAPHS } from '../subgraphs/registry';
import type { BenchOptions } from './options';

export const BUSINESS_DATE = '2003-08-15';
const DEFAULT_MARIADB = 'mariadb://reemp:reemp@127.0.0.1:3306';

/** The databases of one run: every subgraph's, and one for the replica that catches up from zero. */
export interface BenchWorld {
  urls: Record<string, string>;
  replicaUrl: string;
  /** The demo world is loaded by the services themselves at start (DEMO_DATA). */
  demoData: boolean;
  seedMs: number | null;
  cleanup(): Promise<void>;
}

async function freshMariadb(server: string, names: string[]): Promise<Record<string, string>> {
  const url = new URL(server.replace(/^mysql:/, 'mariadb:'));
  const connection = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  const urls: Record<string, string> = {};
  try {
    for (const name of names) {
      const database = `reemp_bench_${name}`.replace(/[^A-Za-z0-9_]/g, '_');
      // Every run starts from empty databases: a benchmark on last run's rows measures nothing.
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      const each = new URL(url.href);
      each.pathname = `/${database}`;
      urls[name] = each.href;
    }
  } finally {
    await connection.end();
  }
  return urls;
}

/** Creates empty databases for the run and, at scale N ≥ 1, fills the departments' with the scale loader. */
export async function prepareWorld(options: Pick<BenchOptions, 'db' | 'scale'>, log: (line: string) => void): Promise<BenchWorld> {
  const names = [...SUBGRAPHS.map((s) => s.name), 'replica'];
  let dataDir: string | undefined;
  let urls: Record<string, string>;
  if (options.db === 'mariadb') {
    urls = await freshMariadb(process.env.BENCH_MARIADB_URL ?? DEFAULT_MARIADB, names);
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'reemp-bench-'));
    urls = Object.fromEntries(names.map((name) => [name, `sqlite:${join(dataDir ?? '', `${name}.sqlite`)}`]));
  }
  let seedMs: number | null = null;
  if (options.scale > 0) {
    const started = Date.now();
    log(`seeding scale ${options.scale} (${options.db}) …`);
    await seedScale({ scale: options.scale, businessDate: BUSINESS_DATE, urls: Object.fromEntries(DEPARTMENTS.map((d) => [d, urls[d]])) });
    seedMs = Date.now() - started;
    log(`seeded in ${(seedMs / 1000).toFixed(1)} s`);
  }
  const { replica: replicaUrl, ...subgraphUrls } = urls;
  return {
    urls: subgraphUrls,
    replicaUrl,
    demoData: options.scale === 0,
    seedMs,
    cleanup: async () => {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs raw SQL against one of the run's databases (counts, id ranges) beside the running services. */
export async function withDatabase<T>(
  url: string,
  read: (query: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>,
): Promise<T> {
  const db = createDataSource({ url, entities: [], migrations: [] });
  await db.initialize();
  try {
    return await read((sql) => db.query(sql));
  } finally {
    await db.destroy();
  }
}

/** A table's row count, as a number on both drivers. */
export async function countRows(url: string, table: string): Promise<number> {
  return withDatabase(url, async (query) => Number((await query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n));
}
