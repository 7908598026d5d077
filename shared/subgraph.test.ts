import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_JWT_SECRET } from './auth/tokens';
import { ConfigError } from './config';
import { loadSubgraphConfig } from './subgraph';

const keyDir = mkdtempSync(join(tmpdir(), 'reemp-jwks-'));
afterAll(() => rmSync(keyDir, { recursive: true, force: true }));

/** A JWKS file (the key itself does not matter to configuration). */
function jwksFile(): string {
  const file = join(keyDir, 'jwks.json');
  writeFileSync(file, JSON.stringify({ keys: [] }));
  return file;
}

describe('subgraph configuration', () => {
  it('defaults to an embedded SQLite file per subgraph under DATA_DIR', () => {
    const config = loadSubgraphConfig('tax', 4003, { DATA_DIR: '/var/lib/reemp' });
    expect(config).toMatchObject({ port: 4003, databaseUrl: 'sqlite:/var/lib/reemp/tax.sqlite', demoData: true, production: false });
  });

  it('reads the prefixed port and database URL', () => {
    const config = loadSubgraphConfig('labor', 4001, { LABOR_PORT: '5001', LABOR_DATABASE_URL: 'mariadb://u:p@db:3306/labor' });
    expect(config).toMatchObject({ port: 5001, databaseUrl: 'mariadb://u:p@db:3306/labor' });
  });

  it('listens on loopback unless HOST says otherwise (compose sets 0.0.0.0 on its private network)', () => {
    expect(loadSubgraphConfig('labor', 4001, {}).host).toBe('127.0.0.1');
    expect(loadSubgraphConfig('labor', 4001, { HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('reads the query limits and the Idempotency-Key lifetime', () => {
    expect(loadSubgraphConfig('tax', 4003, {})).toMatchObject({
      limits: { maxDepth: 11, maxAliases: 15, maxTokens: 3000, maxCost: 30000 },
      idempotencyTtlSeconds: 86_400,
    });
    const config = loadSubgraphConfig('tax', 4003, { SUBGRAPH_MAX_DEPTH: '6', IDEMPOTENCY_KEY_TTL_SECONDS: '3600' });
    expect(config).toMatchObject({ limits: { maxDepth: 6 }, idempotencyTtlSeconds: 3600 });
    expect(() => loadSubgraphConfig('tax', 4003, { IDEMPOTENCY_KEY_TTL_SECONDS: '0' })).toThrow(/IDEMPOTENCY_KEY_TTL_SECONDS/);
  });

  it('never loads demo data in production', () => {
    const env = { NODE_ENV: 'production', DEMO_DATA: 'true', AUTH_JWKS_FILE: jwksFile() };
    expect(loadSubgraphConfig('labor', 4001, env).demoData).toBe(false);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadSubgraphConfig('finance', 4002, { FINANCE_PORT: 'abc', FINANCE_DATABASE_URL: 'postgres://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^FINANCE_PORT: /m);
    expect(problems).toMatch(/^FINANCE_DATABASE_URL: /m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
  });
});

describe('auth configuration', () => {
  it('refuses to start in production without public keys: no shared secret, not even a strong one', () => {
    expect(() => loadSubgraphConfig('labor', 4001, { NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_FILE/);
    expect(() => loadSubgraphConfig('labor', 4001, { NODE_ENV: 'production', AUTH_JWT_SECRET: DEV_JWT_SECRET })).toThrow(/AUTH_JWKS_FILE/);
    expect(() =>
      loadSubgraphConfig('labor', 4001, { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-chars' }),
    ).toThrow(/public keys only/);
    expect(loadSubgraphConfig('labor', 4001, { NODE_ENV: 'production', AUTH_JWKS_FILE: jwksFile() }).auth).toMatchObject({
      keys: { kind: 'jwks' },
      secret: null,
    });
  });

  it('reads the maximum token lifetimes', () => {
    expect(loadSubgraphConfig('labor', 4001, {}).auth).toMatchObject({
      maxTokenAgeSeconds: 8 * 3600,
      maxServiceTokenAgeSeconds: 30 * 86_400,
    });
    expect(loadSubgraphConfig('labor', 4001, { AUTH_MAX_TOKEN_AGE_SECONDS: '900' }).auth.maxTokenAgeSeconds).toBe(900);
    expect(() => loadSubgraphConfig('labor', 4001, { AUTH_MAX_TOKEN_AGE_SECONDS: 'forever' })).toThrow(/AUTH_MAX_TOKEN_AGE_SECONDS/);
  });

  it('uses the development secret outside production', () => {
    expect(loadSubgraphConfig('labor', 4001, {}).auth).toMatchObject({ keys: { kind: 'secret', secret: DEV_JWT_SECRET } });
  });
});
