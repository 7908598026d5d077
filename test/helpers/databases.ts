import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/**
 * Where a test suite's subgraph databases live. By default each subgraph gets an
 * in-memory SQLite database; with `TEST_MARIADB_URL=mariadb://user:pass@host:port` each
 * gets a fresh MariaDB database (created here, dropped at the end).
 */
export interface TestDatabases {
  urlFor(subgraph: string): Promise<string>;
  dropAll(): Promise<void>;
}

export function testDatabases(): TestDatabases {
  const server = process.env.TEST_MARIADB_URL;
  if (!server) return { urlFor: async () => 'sqlite::memory:', dropAll: async () => {} };

  const base = new URL(server.replace(/^mysql:/, 'mariadb:'));
  const suite = randomBytes(3).toString('hex');
  const created: string[] = [];
  const admin = () =>
    createConnection({
      host: base.hostname,
      port: Number(base.port || 3306),
      user: decodeURIComponent(base.username),
      password: decodeURIComponent(base.password),
    });
  return {
    async urlFor(subgraph) {
      const name = `reemp_t${suite}_${subgraph}`;
      const connection = await admin();
      try {
        await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      } finally {
        await connection.end();
      }
      created.push(name);
      const url = new URL(base.href);
      url.pathname = `/${name}`;
      return url.href;
    },
    async dropAll() {
      if (!created.length) return;
      const connection = await admin();
      try {
        for (const name of created.splice(0)) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}
