import { DEV_JWT_SECRET } from './auth/tokens';
import { ConfigError } from './config';
import { loadSubgraphConfig } from './subgraph';

describe('subgraph configuration', () => {
  it('defaults to an embedded SQLite file per subgraph under DATA_DIR', () => {
    const config = loadSubgraphConfig('tax', 4003, { DATA_DIR: '/var/lib/reemp' });
    expect(config).toMatchObject({ port: 4003, databaseUrl: 'sqlite:/var/lib/reemp/tax.sqlite', demoData: true, production: false });
  });

  it('reads the prefixed port and database URL', () => {
    const config = loadSubgraphConfig('labor', 4001, { LABOR_PORT: '5001', LABOR_DATABASE_URL: 'mariadb://u:p@db:3306/labor' });
    expect(config).toMatchObject({ port: 5001, databaseUrl: 'mariadb://u:p@db:3306/labor' });
  });

  it('never loads demo data in production', () => {
    const env = { NODE_ENV: 'production', DEMO_DATA: 'true', AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-chars' };
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
  it('refuses to start in production with the development secret or none', () => {
    expect(() => loadSubgraphConfig('labor', 4001, { NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET/);
    expect(() => loadSubgraphConfig('labor', 4001, { NODE_ENV: 'production', AUTH_JWT_SECRET: DEV_JWT_SECRET })).toThrow(/AUTH_JWT_SECRET/);
  });

  it('uses the development secret outside production', () => {
    expect(loadSubgraphConfig('labor', 4001, {}).auth).toMatchObject({ keys: { kind: 'secret', secret: DEV_JWT_SECRET } });
  });
});
