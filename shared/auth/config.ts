import { z } from 'zod';
import { ConfigError } from '../config';
import { type AuthSettings, DEV_JWT_SECRET, readKeyFile } from './tokens';

export const DEFAULT_ISSUER = 'huaian-reemployment';
export const DEFAULT_AUDIENCE = 'huaian-reemployment-graph';

const schema = z.object({
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  AUTH_PUBLIC_KEY_ALG: z.enum(['RS256', 'ES256']).default('RS256'),
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  AUTH_ISSUER: z.string().min(1).default(DEFAULT_ISSUER),
  AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
});

/**
 * Where tokens are verified from: a JWKS file, a public key (RS256/ES256), or an HS256
 * secret. Outside production the development secret is the default; production must
 * configure keys and refuses the development secret.
 */
export type AuthConfig = AuthSettings & { secret: string | null };

export function loadAuthSettings(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const c = result.data;
  const base = { issuer: c.AUTH_ISSUER, audience: c.AUTH_AUDIENCE };
  if (c.AUTH_JWKS_FILE) return { ...base, keys: { kind: 'jwks', jwks: JSON.parse(readKeyFile(c.AUTH_JWKS_FILE)) }, secret: null };
  if (c.AUTH_PUBLIC_KEY_FILE) {
    return { ...base, keys: { kind: 'publicKey', pem: readKeyFile(c.AUTH_PUBLIC_KEY_FILE), algorithm: c.AUTH_PUBLIC_KEY_ALG }, secret: null };
  }
  if (production && (!c.AUTH_JWT_SECRET || c.AUTH_JWT_SECRET === DEV_JWT_SECRET)) {
    throw new ConfigError(['AUTH_JWT_SECRET: production needs AUTH_JWKS_FILE, AUTH_PUBLIC_KEY_FILE or a secret other than the development one']);
  }
  const secret = c.AUTH_JWT_SECRET ?? DEV_JWT_SECRET;
  return { ...base, keys: { kind: 'secret', secret }, secret };
}
