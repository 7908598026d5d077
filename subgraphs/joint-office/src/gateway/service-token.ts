import type { AuthConfig } from '../../../../shared/auth/config';
import { signToken, type TokenClaims } from '../../../../shared/auth/tokens';

/**
 * What the office reads through the gateway: the departments' records and aggregates, never
 * ID numbers in full (`pii:read` is not needed to check records against each other).
 */
export const OFFICE_SERVICE_CLAIMS: TokenClaims = {
  sub: 'joint-office-service',
  dept: 'joint-office',
  scope: 'labor:read finance:read tax:read commerce:read report:read',
};

/**
 * The configured JOINT_OFFICE_SERVICE_TOKEN, or (where the HS256 secret is configured, as in
 * development) a token the office signs itself, renewed before it expires.
 */
export function serviceTokenSource(auth: AuthConfig, configured: string | null): () => Promise<string> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (configured) return configured;
    const secret = auth.secret;
    if (!secret) throw new Error('JOINT_OFFICE_SERVICE_TOKEN is required when tokens are verified by public key');
    if (!cached || cached.until < Date.now()) {
      cached = {
        token: await signToken(OFFICE_SERVICE_CLAIMS, { secret, issuer: auth.issuer, audience: auth.audience }, '1h'),
        until: Date.now() + 50 * 60_000,
      };
    }
    return cached.token;
  };
}
