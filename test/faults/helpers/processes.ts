import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../../shared/paths';

/** A port nobody listens on right now (the kernel's pick, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retries `probe` until it returns a value (not undefined) or `ms` pass. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000, every = 200): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`${what}: not within ${ms} ms${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(every);
  }
}

export const compiled = (entry: string) => join(projectRoot(), 'dist', entry);

export function requireBuild(): void {
  if (!existsSync(compiled('gateway/src/main.js'))) throw new Error('run `npm run build` first (npm test does)');
}

/**
 * One compiled service run as its own process (as `npm start` and the Dockerfile run
 * them), with its output in a log file. It can be stopped, killed, paused (SIGSTOP),
 * resumed and started again with the same environment and port.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const out = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [compiled(this.entry)], {
      env: { PATH: process.env.PATH, ...this.env },
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    await eventually(
      `${this.name} healthy`,
      async () => {
        if (!this.running) throw new Error(`${this.name} exited: ${this.logTail()}`);
        const response = await fetch(`${this.base}/health`, { signal: AbortSignal.timeout(1000) });
        return response.ok ? true : undefined;
      },
      60_000,
      100,
    );
  }

  /** Sends `signal` and waits for the exit code (null when killed by a signal). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (!this.running) return this.exited;
    this.child?.kill(signal);
    return this.exited;
  }

  kill(): Promise<number | null> {
    return this.stop('SIGKILL');
  }

  /** SIGSTOP: the process keeps its sockets open (connections are accepted) but never answers. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  waitExit(): Promise<number | null> {
    return this.exited;
  }

  log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
  }

  logTail(lines = 20): string {
    return this.log().trim().split('\n').slice(-lines).join('\n');
  }
}
