import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../shared/auth/config';
import { DEV_JWT_SECRET, signToken } from '../shared/auth/tokens';
import { projectRoot } from '../shared/paths';
import { postGraphQL } from './helpers/stack';

const dist = (path: string) => join(projectRoot(), 'dist', path);

/** Starts a compiled service and resolves to the URL it logs once it is ready. */
function start(main: string, env: Record<string, string>, children: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [dist(main)], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /"url":"(http:[^"]+)"[^\n]*subgraph ready/.exec(output);
      if (ready) resolve(ready[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${main} exited with ${code}: ${output}`)));
  });
}

/**
 * The deployment's token issuer (`npm run keys`, `npm run token -- --key`) and services
 * that hold only its public keys: real processes in production mode, as compose runs them.
 */
describe('issued tokens and public-key verification', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reemp-issuer-'));
  const keys = join(dir, 'keys');
  const children: ChildProcess[] = [];
  let labor: string;
  let finance: string;
  beforeAll(async () => {
    if (!existsSync(dist('scripts/keys.js'))) throw new Error('run `npm run build` first (npm test does)');
    const made = spawnSync(process.execPath, [dist('scripts/keys.js'), '--dir', keys], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const common = { NODE_ENV: 'production', AUTH_JWKS_FILE: join(keys, 'jwks.json'), LOG_LEVEL: 'info', BUSINESS_DATE: '2003-08-15' };
    labor = await start(
      'subgraphs/labor/src/main.js',
      { ...common, LABOR_PORT: '0', LABOR_DATABASE_URL: `sqlite:${join(dir, 'labor.sqlite')}` },
      children,
    );
    const feedToken = readFileSync(join(keys, 'finance.env'), 'utf8')
      .trim()
      .replace(/^CERTIFICATE_FEED_TOKEN=/, '');
    finance = await start(
      'subgraphs/finance/src/main.js',
      {
        ...common,
        FINANCE_PORT: '0',
        FINANCE_DATABASE_URL: `sqlite:${join(dir, 'finance.sqlite')}`,
        LABOR_URL: labor,
        CERTIFICATE_FEED_TOKEN: feedToken,
        CERTIFICATE_FEED_INTERVAL_MS: '200',
      },
      children,
    );
  }, 60_000);
  afterAll(() => {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  const mint = (dept: string, scope: string) => {
    const res = spawnSync(
      process.execPath,
      [dist('scripts/token.js'), '--key', join(keys, 'signing-key.jwk.json'), '--dept', dept, '--scope', scope],
      { encoding: 'utf8' },
    );
    expect(res.status).toBe(0);
    return res.stdout.trim();
  };

  it('keeps the private key to the issuer and publishes only public keys', () => {
    expect(statSync(join(keys, 'signing-key.jwk.json')).mode & 0o077).toBe(0);
    const jwks = JSON.parse(readFileSync(join(keys, 'jwks.json'), 'utf8')) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.length).toBe(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('lets subgraphs listen on loopback by default', () => {
    expect(new URL(labor).hostname).toBe('127.0.0.1');
    expect(new URL(finance).hostname).toBe('127.0.0.1');
  });

  it('accepts tokens the issuer signed, and none signed with a shared secret', async () => {
    const issued = await postGraphQL(labor, '{ cityTargets(year: 2003) { year } }', undefined, {
      authorization: `Bearer ${mint('joint-office', 'report:read')}`,
    });
    expect(issued.status).toBe(200);
    const secret = await signToken(
      { sub: 'x', dept: 'joint-office', scope: 'labor:read' },
      { secret: DEV_JWT_SECRET, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE },
    );
    expect(
      (await postGraphQL(labor, '{ cityTargets(year: 2003) { year } }', undefined, { authorization: `Bearer ${secret}` })).status,
    ).toBe(401);
  });

  it("lets finance pull labor's feed with the issued feed token, not one it signed itself", async () => {
    const reader = mint('finance', 'finance:read');
    let status: { lastSyncedAt: string | null; lastError: string | null } | undefined;
    for (let i = 0; i < 50 && !status?.lastSyncedAt; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const res = await postGraphQL<{ financeCertificateReplica: typeof status }>(
        finance,
        '{ financeCertificateReplica { lastSyncedAt lastError } }',
        undefined,
        {
          authorization: `Bearer ${reader}`,
        },
      );
      status = res.data?.financeCertificateReplica;
    }
    expect(status).toMatchObject({ lastSyncedAt: expect.any(String), lastError: null });
  });
});
