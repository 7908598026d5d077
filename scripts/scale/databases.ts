import { resolve } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { subgraphConfigOf } from '../../shared/subgraph';
import { subgraphNamed } from '../../subgraphs/registry';
import type { Department } from './seed';

/**
 * Where each department's database is, from `--db`:
 * - absent: what the servers use (`<NAME>_DATABASE_URL`, else `DATA_DIR/<name>.sqlite`);
 * - a folder: SQLite files `<folder>/<name>.sqlite`;
 * - `mariadb://user:pass@host:port[/prefix]` (or mysql://): databases `<prefix>_<name>`
 *   (prefix `reemp_scale` by default) on that server, created when missing.
 */
export async function databaseUrls(departments: readonly Department[], db?: string): Promise<Record<Department, string>> {
  const urls = {} as Record<Department, string>;
  for (const name of departments) {
    if (!db) urls[name] = subgraphConfigOf(subgraphNamed(name)).databaseUrl;
    else if (/^(mariadb|mysql):\/\//.test(db)) urls[name] = await mariadbDatabase(db, name);
    else urls[name] = `sqlite:${resolve(db.replace(/^sqlite:/, ''), `${name}.sqlite`)}`;
  }
  return urls;
}

async function mariadbDatabase(server: string, department: string): Promise<string> {
  const url = new URL(server.replace(/^mysql:/, 'mariadb:'));
  const prefix = url.pathname.replace(/^\//, '') || 'reemp_scale';
  const name = `${prefix}_${department}`.replace(/[^A-Za-z0-9_]/g, '_');
  const connection = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  url.pathname = `/${name}`;
  return url.href;
}
