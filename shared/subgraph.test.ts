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
    expect(loadSubgraphConfig('labor', 4001, { NODE_ENV: 'production', DEMO_DATA: 'true' }).demoData).toBe(false);
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
