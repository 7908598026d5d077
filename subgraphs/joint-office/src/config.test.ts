import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../shared/config';
import { loadJointOfficeConfig } from './config';
import { validateReportMonth } from './period';

describe("the joint office's configuration", () => {
  it('reads JOINT_OFFICE_* variables (no hyphen in a variable name) and checks hourly by default', () => {
    const config = loadJointOfficeConfig({
      JOINT_OFFICE_PORT: '5205',
      JOINT_OFFICE_DATABASE_URL: 'sqlite::memory:',
      GATEWAY_URL: 'http://127.0.0.1:5200/graphql',
    });
    expect(config.subgraph).toMatchObject({ name: 'joint-office', port: 5205, databaseUrl: 'sqlite::memory:' });
    expect(config.office.gatewayUrl()).toBe('http://127.0.0.1:5200/graphql');
    expect(config.office.checkIntervalMinutes).toBe(60);
    expect(loadJointOfficeConfig({ JOINT_OFFICE_CHECK_INTERVAL_MINUTES: '0' }).office.checkIntervalMinutes).toBe(0);
    expect(() => loadJointOfficeConfig({ JOINT_OFFICE_CHECK_INTERVAL_MINUTES: '-5' })).toThrow(/JOINT_OFFICE_CHECK_INTERVAL_MINUTES/);
  });

  it('signs its own service token with the development secret, and requires an issued one with public keys', async () => {
    const token = await loadJointOfficeConfig({}).office.serviceToken();
    expect(token.split('.')).toHaveLength(3);
    const dir = mkdtempSync(join(tmpdir(), 'office-config-'));
    try {
      writeFileSync(
        join(dir, 'jwks.json'),
        JSON.stringify({
          keys: [
            {
              kty: 'EC',
              crv: 'P-256',
              x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
              y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
              kid: 'k',
              alg: 'ES256',
            },
          ],
        }),
      );
      const env = { AUTH_JWKS_FILE: join(dir, 'jwks.json') };
      expect(() => loadJointOfficeConfig(env)).toThrow(ConfigError);
      expect(await loadJointOfficeConfig({ ...env, JOINT_OFFICE_SERVICE_TOKEN: 'issued' }).office.serviceToken()).toBe('issued');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the months the office reports on', () => {
  it.each([
    [2003, 1, '2003-08-15'],
    [2003, 8, '2003-08-15'],
    [2003, 12, '2004-01-02'],
  ])('accepts %i-%i on %s', (year, month, today) => {
    expect(() => validateReportMonth(year, month, today)).not.toThrow();
  });

  it.each([
    [2003, 9, 'month'],
    [2004, 1, 'year'],
    [2002, 12, 'year'],
    [2003, 0, 'month'],
  ])('refuses %i-%i naming %s', (year, month, field) => {
    expect(() => validateReportMonth(year, month, '2003-08-15')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }),
    );
  });
});
