import { z } from 'zod';
import { ConfigError } from '../config';
import {
  type AuthSettings,
  DEFAULT_MAX_SERVICE_TOKEN_AGE_SECONDS,
  DEFAULT_MAX_TOKEN_AGE_SECONDS,
  DEV_JWT_SECRET,
  readKeyFile,
} from './tokens';

export const DEFAULT_ISSUER = 'huaian-reemployment';
export const DEFAULT_AUDIENCE = 'huaian-reemployment-graph';

const seconds = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(60)
    .max(366 * 86_400)
    .default(fallback);

const schema = z.object({
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  AUTH_PUBLIC_KEY_ALG: z.enum(['RS256', 'ES256']).default('RS256'),
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  AUTH_ISSUER: z.string().min(1).default(DEFAULT_ISSUER),
  AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
  AUTH_MAX_TOKEN_AGE_SECONDS: seconds(DEFAULT_MAX_TOKEN_AGE_SECONDS),
  AUTH_MAX_SERVICE_TOKEN_AGE_SECONDS: seconds(DEFAULT_MAX_SERVICE_TOKEN_AGE_SECONDS),
});

/**
 * Where tokens are verified from: a JWKS file, a public key (RS256/ES256), or an HS256
 * secret. Production verifies with public keys only, so that no service holds what it
 * takes to sign a token (with a shared secret any one of them could mint a joint-office
 * token); outside production the development secret is the default.
 */
export type AuthConfig = AuthSettings & { secret: string | null };

export function loadAuthSettings(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const c = result.data;
  const base = {
    issuer: c.AUTH_ISSUER,
    audience: c.AUTH_AUDIENCE,
    maxTokenAgeSeconds: c.AUTH_MAX_TOKEN_AGE_SECONDS,
    maxServiceTokenAgeSeconds: c.AUTH_MAX_SERVICE_TOKEN_AGE_SECONDS,
  };
  if (c.AUTH_JWKS_FILE)
    return { ...base, keys: { kind: 'jwks', jwks: JSON.parse(readKeyFile(c.AUTH_JWKS_FILE)) as { keys: object[] } }, secret: null };
  if (c.AUTH_PUBLIC_KEY_FILE) {
    return {
      ...base,
      keys: { kind: 'publicKey', pem: readKeyFile(c.AUTH_PUBLIC_KEY_FILE), algorithm: c.AUTH_PUBLIC_KEY_ALG },
      secret: null,
    };
  }
  if (production) {
    throw new ConfigError([
      'AUTH_JWKS_FILE: production verifies tokens with public keys only: set AUTH_JWKS_FILE or AUTH_PUBLIC_KEY_FILE (AUTH_JWT_SECRET is for development)',
    ]);
  }
  const secret = c.AUTH_JWT_SECRET ?? DEV_JWT_SECRET;
  return { ...base, keys: { kind: 'secret', secret }, secret };
}
