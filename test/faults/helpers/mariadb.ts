import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { eventually, freePort } from './processes';

const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => existsSync(p)) ?? 'mariadbd';
const INSTALL_DB = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find((p) => existsSync(p)) ?? 'mariadb-install-db';

/**
 * A MariaDB server the fault suite owns: its own data directory (under the suite's temp
 * directory) and a free port, so stopping, killing and restarting it touches nothing else
 * in CI. Root logs in over TCP without a password (the instance listens on 127.0.0.1 only
 * and lives as long as the suite).
 */
export class OwnMariaDb {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  port = 0;

  constructor(private readonly dir: string) {}

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  /** Runs as root only when the suite does (CI), which mariadbd otherwise refuses. */
  private get userFlag(): string[] {
    return process.getuid?.() === 0 ? ['--user=root'] : [];
  }

  /**
   * A temp directory of its own: at start, mariadbd deletes every `#sql…` file in its
   * tmpdir, which in the shared /tmp would include the temporary tables of any other
   * MariaDB server on the machine (CI's, on 3306).
   */
  private get tmpDir(): string {
    return join(this.dir, 'tmp');
  }

  async install(): Promise<void> {
    mkdirSync(this.tmpDir, { recursive: true });
    // --no-defaults: the system's my.cnf (its user, log and socket paths) must not apply.
    execFileSync(
      INSTALL_DB,
      [
        '--no-defaults',
        `--datadir=${this.dataDir}`,
        `--tmpdir=${this.tmpDir}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...this.userFlag,
      ],
      { stdio: 'pipe' },
    );
    this.port = await freePort();
  }

  async start(): Promise<void> {
    const log = openSync(join(this.dir, 'mariadbd.out'), 'a');
    const child = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${this.dataDir}`,
        `--tmpdir=${this.tmpDir}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(this.dir, 'sock')}`,
        `--pid-file=${join(this.dir, 'pid')}`,
        `--log-error=${join(this.dir, 'error.log')}`,
        '--skip-log-bin',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=64M',
        // Fully durable commits, as a production server should be (the default, stated).
        '--innodb-flush-log-at-trx-commit=1',
        ...this.userFlag,
      ],
      { stdio: ['ignore', log, log] },
    );
    closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    await eventually(
      'own MariaDB accepting connections',
      async () => {
        if (child.exitCode !== null) throw new Error(`mariadbd exited: ${this.errorLog()}`);
        const connection = await this.admin();
        await connection.end();
        return true;
      },
      60_000,
      200,
    );
  }

  /** SIGTERM: a clean shutdown, as an operator's restart does. */
  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await this.exited;
  }

  /** SIGKILL: the server dies with whatever was in flight; InnoDB recovers at the next start. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  admin() {
    return createConnection({ host: '127.0.0.1', port: this.port, user: 'root', password: '', connectTimeout: 2000 });
  }

  async createDatabase(name: string): Promise<string> {
    const connection = await this.admin();
    try {
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    } finally {
      await connection.end();
    }
    return `mariadb://root@127.0.0.1:${this.port}/${name}`;
  }

  /** Connections some service holds open to `database`. */
  async connectionsTo(database: string): Promise<number> {
    const connection = await this.admin();
    try {
      const [rows] = await connection.query('SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ?', [database]);
      return Number((rows as { n: number }[])[0].n);
    } finally {
      await connection.end();
    }
  }

  errorLog(): string {
    const file = join(this.dir, 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '';
  }
}
