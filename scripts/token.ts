import { parseArgs } from 'node:util';
import { loadAuthSettings } from '../shared/auth/config';
import { signToken } from '../shared/auth/tokens';
import { DEPARTMENTS, type Department } from '../shared/auth/viewer';
import { ConfigError } from '../shared/config';

const USAGE = 'usage: npm run --silent token -- --dept DEPT --scope "SCOPES" [--county CODE] [--sub ID] [--expires 8h]';

/**
 * Mints an HS256 token for the running configuration (AUTH_JWT_SECRET, or the
 * development secret): for local use and tests only. Production verifies tokens issued by
 * the city's identity provider (AUTH_PUBLIC_KEY_FILE / AUTH_JWKS_FILE) and has no secret here.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dept: { type: 'string' },
      scope: { type: 'string', default: '' },
      county: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const dept = values.dept as Department | undefined;
  if (!dept || !(DEPARTMENTS as readonly string[]).includes(dept)) throw new Error(`--dept must be one of ${DEPARTMENTS.join(', ')}\n${USAGE}`);
  if (values.county !== undefined && !/^\d{6}$/.test(values.county)) throw new Error(`--county must be a GB/T 2260 code\n${USAGE}`);
  const auth = loadAuthSettings(process.env, process.env.NODE_ENV === 'production');
  if (!auth.secret) throw new Error('tokens can only be minted where AUTH_JWT_SECRET (HS256) is configured');
  const token = await signToken(
    { sub: values.sub ?? `${dept}-dev`, dept, scope: values.scope, ...(values.county ? { county: values.county } : {}) },
    { secret: auth.secret, issuer: auth.issuer, audience: auth.audience },
    values.expires,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
