import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadAuthSettings } from '../shared/auth/config';
import { type SigningKey, signToken, signTokenWithKey, type TokenClaims } from '../shared/auth/tokens';
import { DEPARTMENTS, type Department } from '../shared/auth/viewer';
import { ConfigError } from '../shared/config';

const USAGE =
  'usage: npm run --silent token -- --dept DEPT --scope "SCOPES" [--county CODE] [--sub ID] [--expires 8h] [--key deploy/keys/signing-key.jwk.json]';

/**
 * Mints a token. With `--key` (or AUTH_SIGNING_KEY_FILE) it signs with the issuer's
 * private key from `npm run keys`, for services that verify against its JWKS (compose,
 * production); otherwise HS256 with AUTH_JWT_SECRET or the development secret, for
 * local use and tests. The lifetime must stay within AUTH_MAX_TOKEN_AGE_SECONDS
 * (AUTH_MAX_SERVICE_TOKEN_AGE_SECONDS for feed:read/metrics:read-only tokens).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dept: { type: 'string' },
      scope: { type: 'string', default: '' },
      county: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      key: { type: 'string', default: process.env.AUTH_SIGNING_KEY_FILE },
    },
  });
  const dept = values.dept as Department | undefined;
  if (!dept || !(DEPARTMENTS as readonly string[]).includes(dept))
    throw new Error(`--dept must be one of ${DEPARTMENTS.join(', ')}\n${USAGE}`);
  if (values.county !== undefined && !/^\d{6}$/.test(values.county)) throw new Error(`--county must be a GB/T 2260 code\n${USAGE}`);
  const claims: TokenClaims = {
    sub: values.sub ?? `${dept}-dev`,
    dept,
    scope: values.scope,
    ...(values.county ? { county: values.county } : {}),
  };
  const issuer = process.env.AUTH_ISSUER;
  const audience = process.env.AUTH_AUDIENCE;
  let token: string;
  if (values.key) {
    const key: SigningKey = { jwk: JSON.parse(readFileSync(values.key, 'utf8')) as SigningKey['jwk'] };
    const auth = loadAuthSettings({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience }, false);
    token = await signTokenWithKey(claims, key, auth, values.expires);
  } else {
    const auth = loadAuthSettings(process.env, false);
    if (!auth.secret)
      throw new Error(`pass --key (the issuer's signing key from npm run keys) to mint tokens for public-key verification\n${USAGE}`);
    token = await signToken(claims, { secret: auth.secret, issuer: auth.issuer, audience: auth.audience }, values.expires);
  }
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
