import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../shared/paths';

/** The compiled entry points (`npm run build`), as `npm start` and the Dockerfile run them. */
const main = (path: string) => join(projectRoot(), 'dist', path);

describe('service processes', () => {
  beforeAll(() => {
    if (!existsSync(main('subgraphs/labor/src/main.js'))) throw new Error('run `npm run build` first (npm test does)');
  });

  it.each([
    ['subgraphs/labor/src/main.js', { LABOR_PORT: 'seventy' }, /LABOR_PORT/],
    ['subgraphs/finance/src/main.js', { FINANCE_DATABASE_URL: 'postgres://nope' }, /FINANCE_DATABASE_URL/],
    ['gateway/src/main.js', { LABOR_URL: 'not a url', NODE_ENV: 'staging' }, /LABOR_URL[\s\S]*NODE_ENV|NODE_ENV[\s\S]*LABOR_URL/],
  ])('%s stops on bad configuration, naming the variables', (entry, env, pattern) => {
    const result = spawnSync(process.execPath, [main(entry)], {
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(pattern);
  });
});
